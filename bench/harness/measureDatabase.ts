import path from 'node:path'

import type { WrittenNewsroom, WrittenStory } from '../generator/writeNewsroom.js'
import { benchEmail, BENCH_PASSWORD } from '../generator/writeNewsroom.js'
import { startNewsroomServer, startStaticServer, type RunningServer } from './benchServers.js'
import { runLoad, type LoadResult } from './load.js'
import type { BenchSettings } from './settings.js'
import type { ScenarioResult } from './types.js'

/** What one logical read requests, for a story. */
const publicStory = (s: WrittenStory) => [`/api/public/stories/${s.slug}`]
const publicFigures = (s: WrittenStory) => [`/api/public/stories/${s.slug}/figures`]
const publicAsOf = (s: WrittenStory) => [
  `/api/public/stories/${s.slug}?asOf=${encodeURIComponent(s.asOf)}`,
]
/** Payload's own REST API, anonymous, for the same content: the story with depth, then its claims. */
const payloadRest = (s: WrittenStory) => [
  `/api/stories?where[slug][equals]=${s.slug}&depth=2`,
  `/api/claims?where[story][equals]=${s.id}&limit=${s.claims}&depth=1`,
]

/** Headers of a response the baseline repeats (not those of the connection). */
const REPLAYED_HEADERS = ['content-type', 'cache-control', 'etag', 'vary', 'last-modified']

export interface DatabaseMeasurement {
  scenarios: ScenarioResult[]
  missing: string[]
}

/**
 * Every scenario on one database: the cached server first (cached reads, then the static baseline
 * with the bytes it served), then the uncached one (uncached reads, Payload REST, cost curves, and
 * the write path last, since approving changes the data).
 */
export async function measureDatabase(opts: {
  database: string
  databaseUrl: string
  written: WrittenNewsroom
  settings: BenchSettings
  workDir: string
  log: (line: string) => void
}): Promise<DatabaseMeasurement> {
  const { database, written, settings, workDir, log } = opts
  const scenarios: ScenarioResult[] = []
  const missing: string[] = []
  const storyOf = (claims: number) =>
    written.stories.find((s) => s.claims === claims) as WrittenStory
  const headline = storyOf(settings.headlineClaims)
  const logFile = (name: string) => path.join(workDir, `${database}-${name}.log`)

  /** Whether every request of a read answers 200 (a public endpoint may not exist yet). */
  const available = async (server: RunningServer, name: string, paths: string[]) => {
    for (const p of paths) {
      const res = await fetch(server.url + p)
      await res.arrayBuffer()
      if (res.status !== 200) {
        missing.push(`${database}: ${name}: GET ${p} answered ${res.status}`)
        return false
      }
    }
    return true
  }
  const queriesPerRead = async (server: RunningServer, paths: string[]) => {
    await fetch(`${server.url}/__bench/queries/reset`, { method: 'POST' })
    for (const p of paths) await (await fetch(server.url + p)).arrayBuffer()
    const count = (await (await fetch(`${server.url}/__bench/queries`)).json()) as {
      calls: number
      statements: number | null
    }
    return { calls: count.calls, statements: count.statements }
  }
  const record = (name: string, result: LoadResult, extra: Partial<ScenarioResult> = {}) => {
    const scenario: ScenarioResult = { name, database, ...result, ratios: {}, ...extra }
    scenarios.push(scenario)
    log(
      `  ${database} ${name}: ${result.requestsPerSecond} /s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms` +
        (result.non2xx + result.errors
          ? ` (${result.non2xx} non-2xx, ${result.errors} errors)`
          : '') +
        (extra.queriesPerRead
          ? `, ${extra.queriesPerRead.statements ?? extra.queriesPerRead.calls} queries/read`
          : ''),
    )
    return scenario
  }
  const read = async (
    server: RunningServer,
    name: string,
    paths: string[],
    connections: number,
    durationSeconds: number,
    extra: Partial<ScenarioResult> = {},
  ) => {
    if (!(await available(server, name, paths))) return undefined
    const queries = await queriesPerRead(server, paths)
    const result = await runLoad({
      url: server.url,
      requests: paths.map((p) => ({ path: p })),
      connections,
      durationSeconds,
      warmupSeconds: settings.warmupSeconds,
    })
    return record(name, result, { queriesPerRead: queries, ...extra })
  }

  let port = settings.basePort
  const cached = await startNewsroomServer({
    databaseUrl: opts.databaseUrl,
    cache: true,
    port: port++,
    logFile: logFile('server-cached'),
  })
  try {
    const storyCached = await read(
      cached,
      'public-story-cached',
      publicStory(headline),
      settings.hotConnections,
      settings.durationSeconds,
    )
    await read(
      cached,
      'public-figures-cached',
      publicFigures(headline),
      settings.hotConnections,
      settings.durationSeconds,
    )
    await read(
      cached,
      'public-story-asof-cached',
      publicAsOf(headline),
      settings.hotConnections,
      settings.durationSeconds,
    )
    if (storyCached) {
      const res = await fetch(cached.url + publicStory(headline)[0])
      const headers = Object.fromEntries(
        REPLAYED_HEADERS.flatMap((h) =>
          res.headers.has(h) ? [[h, res.headers.get(h) as string]] : [],
        ),
      )
      const baseline = await startStaticServer({
        body: Buffer.from(await res.arrayBuffer()),
        headers,
        port: port++,
        workDir,
        logFile: logFile('server-static'),
      })
      try {
        const result = await runLoad({
          url: baseline.url,
          requests: publicStory(headline).map((p) => ({ path: p })),
          connections: settings.hotConnections,
          durationSeconds: settings.durationSeconds,
          warmupSeconds: settings.warmupSeconds,
        })
        const staticScenario = record('static-baseline', result)
        storyCached.ratios.vsStaticBaseline =
          Math.round((storyCached.requestsPerSecond / staticScenario.requestsPerSecond) * 100) / 100
      } finally {
        await baseline.stop()
      }
    }
  } finally {
    await cached.stop()
  }

  const uncached = await startNewsroomServer({
    databaseUrl: opts.databaseUrl,
    cache: false,
    port: port++,
    logFile: logFile('server-uncached'),
  })
  try {
    const storyUncached = await read(
      uncached,
      'public-story-uncached',
      publicStory(headline),
      settings.dbConnections,
      settings.durationSeconds,
    )
    await read(
      uncached,
      'public-figures-uncached',
      publicFigures(headline),
      settings.dbConnections,
      settings.durationSeconds,
    )
    await read(
      uncached,
      'public-story-asof-uncached',
      publicAsOf(headline),
      settings.dbConnections,
      settings.durationSeconds,
    )
    const rest = await read(
      uncached,
      'payload-rest-story',
      payloadRest(headline),
      settings.dbConnections,
      settings.durationSeconds,
    )
    if (storyUncached && rest) {
      storyUncached.ratios.vsPayloadRest =
        Math.round((storyUncached.requestsPerSecond / rest.requestsPerSecond) * 100) / 100
    }

    for (const claims of settings.storyCurve) {
      const s = storyOf(claims)
      const story = { slug: s.slug, claims: s.claims, claimRevisions: s.claimRevisions }
      await read(
        uncached,
        `curve-public-story-uncached@${claims}-claims`,
        publicStory(s),
        1,
        settings.curveSeconds,
        { story },
      )
    }
    for (const claims of settings.asOfCurve) {
      const s = storyOf(claims)
      const story = { slug: s.slug, claims: s.claims, claimRevisions: s.claimRevisions }
      await read(
        uncached,
        `curve-public-story-asof@${s.claimRevisions}-revisions`,
        publicAsOf(s),
        1,
        settings.curveSeconds,
        { story },
      )
    }

    scenarios.push(...(await measureApprovals(uncached, written, database, settings, log)))
  } finally {
    await uncached.stop()
  }
  return { scenarios, missing }
}

/** The write path: a reviewer approves the queued claims through POST /api/claims/:id/approve. */
async function measureApprovals(
  server: RunningServer,
  written: WrittenNewsroom,
  database: string,
  settings: BenchSettings,
  log: (line: string) => void,
): Promise<ScenarioResult[]> {
  const ids = written.reviewQueue.claimIds
  if (ids.length === 0) return []
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: benchEmail('reviewer'), password: BENCH_PASSWORD }),
  })
  const { token } = (await login.json()) as { token: string }
  let next = 0
  const result = await runLoad({
    url: server.url,
    connections: settings.writeConnections,
    amount: ids.length,
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    requests: [
      {
        method: 'POST',
        body: JSON.stringify({ note: 'Checked against the agency copy.' }),
        setupRequest: (req) => ({
          ...req,
          path: `/api/claims/${ids[next++ % ids.length]}/approve`,
        }),
      },
    ],
  })
  log(
    `  ${database} approve-claim: ${result.requestsPerSecond} /s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms` +
      (result.non2xx + result.errors ? ` (${result.non2xx} non-2xx, ${result.errors} errors)` : ''),
  )
  return [{ name: 'approve-claim', database, ...result, ratios: {} }]
}
