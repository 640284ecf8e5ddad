import type { ScenarioResult, TargetResult } from './types.js'

/** The targets, checked against one database's scenarios (reported, never asserted). */
export function evaluateTargets(database: string, scenarios: ScenarioResult[]): TargetResult[] {
  const of = (name: string) => scenarios.find((s) => s.database === database && s.name === name)
  const curve = (prefix: string) =>
    scenarios.filter((s) => s.database === database && s.name.startsWith(prefix))
  const target = (
    text: string,
    measured: string | undefined,
    met: boolean | undefined,
  ): TargetResult => ({
    target: text,
    database,
    measured: measured ?? 'not measured',
    met: measured === undefined ? null : (met ?? null),
  })

  const cached = of('public-story-cached')
  const uncached = of('public-story-uncached')
  const vsStatic = cached?.ratios.vsStaticBaseline
  const vsRest = uncached?.ratios.vsPayloadRest
  const vsNextStatic = of('next-public-story-cached')?.ratios.vsNextStaticBaseline
  const asOfCurve = curve('curve-public-story-asof@')
  const asOfAt10k = asOfCurve.reduce<ScenarioResult | undefined>(
    (best, s) =>
      !best ||
      Math.abs((s.story?.claimRevisions ?? 0) - 10_000) <
        Math.abs((best.story?.claimRevisions ?? 0) - 10_000)
        ? s
        : best,
    undefined,
  )
  const constant = (points: ScenarioResult[]) => {
    const counts = points.map((s) => s.queriesPerRead?.statements ?? s.queriesPerRead?.calls)
    return points.length
      ? { text: counts.join(' / '), same: counts.every((c) => c === counts[0]) }
      : undefined
  }
  const storyQueries = constant(curve('curve-public-story-uncached@'))
  const asOfQueries = constant(asOfCurve)

  return [
    target(
      'cached story ≥ 0.7× static baseline requests/s',
      vsStatic !== undefined ? `${vsStatic}×` : undefined,
      (vsStatic ?? 0) >= 0.7,
    ),
    target(
      'Next host: cached story ≥ 0.7× Next static baseline requests/s',
      vsNextStatic !== undefined ? `${vsNextStatic}×` : undefined,
      (vsNextStatic ?? 0) >= 0.7,
    ),
    target(
      'uncached story ≥ 3× Payload REST requests/s',
      vsRest !== undefined ? `${vsRest}×` : undefined,
      (vsRest ?? 0) >= 3,
    ),
    target(
      `cached story p99 < 50 ms at ${cached?.connections ?? 100} connections`,
      cached ? `${cached.p99Ms} ms` : undefined,
      (cached?.p99Ms ?? Infinity) < 50,
    ),
    target(
      'asOf p50 < 100 ms at 10,000 claim revisions',
      asOfAt10k
        ? `${asOfAt10k.p50Ms} ms at ${asOfAt10k.story?.claimRevisions} revisions`
        : undefined,
      (asOfAt10k?.p50Ms ?? Infinity) < 100,
    ),
    target(
      'queries per uncached story read constant across sizes',
      storyQueries?.text,
      storyQueries?.same,
    ),
    target('queries per asOf read constant across sizes', asOfQueries?.text, asOfQueries?.same),
  ]
}
