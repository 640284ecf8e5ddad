import type { BenchResults, ScenarioResult } from './types.js'

const num = (n: number | undefined, digits = 1) =>
  n === undefined || Number.isNaN(n)
    ? '–'
    : n.toLocaleString('en-US', { maximumFractionDigits: digits })

/** `cpuPerReadVsPayloadRest: 0.5` → "0.5× cpu per read vs payload rest" (requests/s when unnamed). */
const ratios = (s: ScenarioResult) =>
  Object.entries(s.ratios)
    .map(
      ([k, v]) =>
        `${v}× ${k
          .replace(/([A-Z])/g, ' $1')
          .toLowerCase()
          .replace(/^vs/, 'requests/s vs')}`,
    )
    .join(', ')

const queries = (s: ScenarioResult) =>
  s.queriesPerRead ? `${s.queriesPerRead.statements ?? '–'} (${s.queriesPerRead.calls} calls)` : ''

const suspect = (s: ScenarioResult) =>
  (s.non2xx ?? 0) + (s.errors ?? 0) > 0 ? ` ⚠ ${s.non2xx} non-2xx, ${s.errors} errors` : ''

/** bench/results/latest.md: the same results as latest.json, as tables. */
export function renderReport(r: BenchResults): string {
  const lines: string[] = []
  lines.push(`# Public read API benchmark (${r.mode})`, '')
  lines.push(
    `Run ${r.startedAt} on ${r.machine.cpus} CPUs (${r.machine.cpuModel}), ${r.machine.memoryGiB} GiB, Node ${r.machine.node}, ${r.machine.platform}; ${num(r.totalSeconds / 60)} minutes in all; load average ${num(r.machine.loadAverage.start, 2)} at the start, ${num(r.machine.loadAverage.end, 2)} at the end.`,
    '',
  )
  for (const [k, v] of Object.entries(r.setup)) lines.push(`- ${k}: ${v}`)
  lines.push('', '## Side by side', '')
  lines.push(
    '| database | scenario | connections | requests/s | p50 ms | p99 ms | server CPU ms/op | queries per read (SQL statements) | ratios |',
  )
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |')
  const side = r.scenarios.filter((s) => !s.name.startsWith('curve-'))
  for (const s of side) {
    lines.push(
      `| ${s.database} | ${s.name}${suspect(s)} | ${s.connections ?? ''} | ${num(s.requestsPerSecond)} | ${num(s.p50Ms, 2)} | ${num(s.p99Ms, 2)} | ${num(s.serverCpuMsPerOperation, 2)} | ${queries(s)} | ${ratios(s)} |`,
    )
  }
  lines.push('', '## Cost curves (one connection, cache off, reads one after another)', '')
  lines.push(
    '| database | read | claims | claim revisions | reads | p50 ms | p99 ms | server CPU ms/read | queries per read (SQL statements) |',
  )
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |')
  for (const s of r.scenarios.filter((x) => x.name.startsWith('curve-'))) {
    const read = s.name.replace(/^curve-/, '').replace(/@.*/, '')
    lines.push(
      `| ${s.database} | ${read}${suspect(s)} | ${num(s.story?.claims, 0)} | ${num(s.story?.claimRevisions, 0)} | ${num(s.operations, 0)} | ${num(s.p50Ms, 2)} | ${num(s.p99Ms, 2)} | ${num(s.serverCpuMsPerOperation, 2)} | ${queries(s)} |`,
    )
  }
  lines.push('', '## Targets', '')
  lines.push('| database | target | measured | met |', '| --- | --- | --- | --- |')
  for (const t of r.targets)
    lines.push(
      `| ${t.database} | ${t.target} | ${t.measured} | ${t.met === null ? '–' : t.met ? 'yes' : 'no'} |`,
    )
  lines.push('', '## Data generation', '')
  lines.push(
    '| database | writes | seconds | writes/s | stories (claims / claim revisions) |',
    '| --- | ---: | ---: | ---: | --- |',
  )
  for (const g of r.generation) {
    const stories = g.stories
      .map((s) => `${num(s.claims, 0)} / ${num(s.claimRevisions, 0)}`)
      .join('; ')
    lines.push(
      `| ${g.database} | ${num(g.writes, 0)} | ${num(g.seconds)} | ${num(g.writesPerSecond)} | ${stories} |`,
    )
  }
  if (r.missing.length) {
    lines.push('', '## Not measured', '')
    for (const m of r.missing) lines.push(`- ${m}`)
  }
  return `${lines.join('\n')}\n`
}
