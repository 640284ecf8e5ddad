import http from 'node:http'
import path from 'node:path'

import type { WrittenNewsroom, WrittenStory } from '../generator/writeNewsroom.js'
import { benchEmail, BENCH_PASSWORD } from '../generator/writeNewsroom.js'
import {
  startAppServer,
  startBaselineServer,
  type BenchHost,
  type RunningServer,
} from './benchServers.js'
import { combineRuns, runLoad, runLoadRaw, type LoadResult, type LoadSpec } from './load.js'
import { measureMixedLoad } from './mixedLoad.js'
import type { BenchSettings } from './settings.js'
import type { ScenarioResult } from './types.js'

/** What one logical read requests, for a story. */
const publicStory = (s: WrittenStory) => [`/api/public/stories/${s.slug}`]
const publicFigures = (s: WrittenStory) => [`/api/public/stories/${s.slug}/figures`]
const publicAsOf = (s: WrittenStory) => [
  `/api/public/stories/${s.slug}?asOf=${encodeURIComponent(s.asOf)}`,
]
/**
 * Payload's own REST API for the same content: the story with depth, then its approved claims. As staff
 * (a reviewer's JWT on both requests), as a site built on Payload's REST would read it server-side: the
 * public may not select one story's claims (a filter on `story` is refused with 400 since #10, the
 * substance fields being the revision under way; and the JSON `approvedVersion` cannot be matched by
 * the story's id), while staff may, and `reviewState` = approved keeps to what the public reads.
 */
const payloadRest = (s: WrittenStory) => [
  `/api/stories?where[slug][equals]=${s.slug}&depth=2`,
  `/api/claims?where[story][equals]=${s.id}&where[reviewState][equals]=approved&limit=${s.claims}&depth=1`,
]

/** A reviewer's Authorization header (a real login). */
async function staffAuthorization(server: RunningServer): Promise<Record<string, string>> {
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: benchEmail('reviewer'), password: BENCH_PASSWORD }),
  })
  const { token } = (await login.json()) as { token: string }
  return { authorization: `JWT ${token}` }
}

/** Headers of a response the baseline repeats (not those of the connection). */
const REPLAYED_HEADERS = [
  'content-type',
  'content-encoding',
  'cache-control',
  'etag',
  'vary',
  'last-modified',
]

/** Readers under load ask for gzip, as browsers and CDNs do (cost curves do not: they time the read). */
const LOAD_HEADERS = { 'accept-encoding': 'gzip' }

/** A response's bytes as sent (fetch would decompress them) and its replayed headers. */
function fetchAsSent(url: string): Promise<{ body: Buffer; headers: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: LOAD_HEADERS }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const headers = Object.fromEntries(
            REPLAYED_HEADERS.flatMap((h) =>
              typeof res.headers[h] === 'string' ? [[h, res.headers[h] as string]] : [],
            ),
          )
          resolve({ body: Buffer.concat(chunks), headers })
        })
        res.on('error', reject)
      })
      .on('error', reject)
  })
}

const round2 = (n: number) => Math.round(n * 100) / 100

/**
 * How a scenario compares with its reference: requests/s (the measure) and, since a busy
 * machine skews throughput, server CPU time per read (how many times less the reference spends).
 */
function ratios(
  s: ScenarioResult,
  reference: ScenarioResult,
  name: string,
): Record<string, number> {
  return {
    [`vs${name}`]: round2(s.requestsPerSecond / reference.requestsPerSecond),
    [`cpuPerReadVs${name}`]: round2(
      (s.serverCpuMsPerOperation ?? NaN) / (reference.serverCpuMsPerOperation ?? NaN),
    ),
  }
}

export interface DatabaseMeasurement {
  scenarios: ScenarioResult[]
  missing: string[]
}

/** The server's own CPU time (user + system) in ms: per operation, it is robust to a busy machine. */
async function serverCpuMs(server: RunningServer): Promise<number> {
  const { user, system } = (await (await fetch(`${server.url}/__bench/cpu`)).json()) as {
    user: number
    system: number
  }
  return (user + system) / 1000
}

/** Runs `spec` on `server` and adds the server's CPU time per operation. */
async function loadWithCpu(server: RunningServer, spec: LoadSpec) {
  const before = await serverCpuMs(server)
  const result = await runLoad(spec)
  const cpu = (await serverCpuMs(server)) - before
  return withCpuPerOperation(result, cpu)
}

const withCpuPerOperation = (result: LoadResult, cpuMs: number) => ({
  ...result,
  serverCpuMsPerOperation: result.operations ? round2(cpuMs / result.operations) : NaN,
})

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
  const available = async (
    server: RunningServer,
    name: string,
    paths: string[],
    headers: Record<string, string> = {},
  ) => {
    for (const p of paths) {
      const res = await fetch(server.url + p, { headers })
      await res.arrayBuffer()
      if (res.status !== 200) {
        missing.push(`${database}: ${name}: GET ${p} answered ${res.status}`)
        return false
      }
    }
    return true
  }
  /** Database work of one read, alone; its duration doubles as the warm-up of a cost curve. */
  const queriesPerRead = async (
    server: RunningServer,
    paths: string[],
    headers: Record<string, string> = {},
  ) => {
    await fetch(`${server.url}/__bench/queries/reset`, { method: 'POST' })
    const t0 = performance.now()
    for (const p of paths) await (await fetch(server.url + p, { headers })).arrayBuffer()
    const ms = performance.now() - t0
    const count = (await (await fetch(`${server.url}/__bench/queries`)).json()) as {
      calls: number
      statements: number | null
    }
    return { queries: { calls: count.calls, statements: count.statements }, ms }
  }
  const record = (name: string, result: LoadResult, extra: Partial<ScenarioResult> = {}) => {
    const scenario: ScenarioResult = { name, database, ...result, ratios: {}, ...extra }
    scenarios.push(scenario)
    log(
      `  ${database} ${name}: ${result.requestsPerSecond} /s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms` +
        (scenario.serverCpuMsPerOperation !== undefined
          ? `, ${scenario.serverCpuMsPerOperation} server CPU ms/op`
          : '') +
        (result.non2xx + result.errors
          ? ` (${result.non2xx} non-2xx, ${result.errors} errors)`
          : '') +
        (extra.queriesPerRead
          ? `, ${extra.queriesPerRead.statements ?? extra.queriesPerRead.calls} queries/read`
          : ''),
    )
    return scenario
  }
  /**
   * A read under load for a while, after an unrecorded warm-up (JIT, pools, caches) and a pause for
   * the warm-up's abandoned requests to finish.
   */
  const read = async (
    server: RunningServer,
    name: string,
    paths: string[],
    connections: number,
    /** The static baseline has no database to count. */
    countQueries = true,
    /** Sent with every request of the read (e.g. a staff token). */
    headers: Record<string, string> = {},
  ): Promise<ScenarioResult | undefined> => {
    if (!(await available(server, name, paths, headers))) return undefined
    const queries = countQueries
      ? (await queriesPerRead(server, paths, headers)).queries
      : undefined
    const spec = {
      url: server.url,
      requests: paths.map((p) => ({ path: p })),
      connections,
      headers: { ...LOAD_HEADERS, ...headers },
    }
    await warmUp(spec)
    const result = await loadWithCpu(server, { ...spec, durationSeconds: settings.durationSeconds })
    return record(name, result, { queriesPerRead: queries })
  }
  /** Unrecorded load, then a pause for its abandoned requests to finish. */
  const warmUp = async (spec: LoadSpec) => {
    const warm = await runLoad({ ...spec, durationSeconds: settings.warmupSeconds })
    await new Promise((r) => setTimeout(r, Math.min(10_000, Math.max(500, warm.p99Ms || 0))))
  }
  const loadSpec = (server: RunningServer, paths: string[], connections: number): LoadSpec => ({
    url: server.url,
    requests: paths.map((p) => ({ path: p })),
    connections,
    headers: { ...LOAD_HEADERS, ...server.headers },
  })
  /**
   * A cached read of `story` on `server` against its host's baseline sending the same bytes (started
   * here, stopped after). On a big story both are bound by the bytes to send; on a small one, by the
   * work per request. The two are measured in turns, read, baseline, baseline, read (half the duration
   * each): on a shared machine requests/s measured seconds apart differ by more than the gap the ratio
   * is to show, and in turns a change of load weighs on both alike.
   */
  const cachedVsBaseline = async (
    host: BenchHost,
    server: RunningServer,
    story: WrittenStory,
    names: { read: string; baseline: string; ratio: string },
  ) => {
    const paths = publicStory(story)
    if (!(await available(server, names.read, paths))) return
    const { queries } = await queriesPerRead(server, paths)
    const sent = await fetchAsSent(server.url + paths[0])
    const baseline = await startBaselineServer(host, {
      app: server,
      ...sent,
      port: port++,
      workDir,
      logFile: logFile(`server-${names.baseline}`),
    })
    try {
      const connections = settings.hotConnections
      const sides = [server, baseline].map((s) => ({
        server: s,
        spec: loadSpec(s, paths, connections),
        runs: [] as Awaited<ReturnType<typeof runLoadRaw>>[],
        cpuMs: 0,
      }))
      for (const side of sides) await warmUp(side.spec)
      const turn = async (side: (typeof sides)[number]) => {
        const before = await serverCpuMs(side.server)
        side.runs.push(
          await runLoadRaw({ ...side.spec, durationSeconds: settings.durationSeconds / 2 }),
        )
        side.cpuMs += (await serverCpuMs(side.server)) - before
      }
      for (const side of [sides[0], sides[1], sides[1], sides[0]]) await turn(side)
      const [cachedSide, baselineSide] = sides
      const measured = record(
        names.read,
        withCpuPerOperation(combineRuns(cachedSide.runs), cachedSide.cpuMs),
        { queriesPerRead: queries },
      )
      const reference = record(
        names.baseline,
        withCpuPerOperation(combineRuns(baselineSide.runs), baselineSide.cpuMs),
      )
      Object.assign(measured.ratios, ratios(measured, reference, names.ratio))
    } finally {
      await baseline.stop()
    }
  }
  /**
   * A point of a cost curve: one connection, as many reads as fit in `curveSeconds` (at least 3),
   * counted rather than timed, so that a read slower than the window is still measured whole.
   */
  const curvePoint = async (
    server: RunningServer,
    name: string,
    story: WrittenStory,
    paths: string[],
  ) => {
    if (!(await available(server, name, paths))) return
    const { queries, ms } = await queriesPerRead(server, paths)
    const amount = Math.min(500, Math.max(3, Math.round((settings.curveSeconds * 1000) / ms)))
    const result = await loadWithCpu(server, {
      url: server.url,
      requests: paths.map((p) => ({ path: p })),
      connections: 1,
      amount,
    })
    const { slug, claims, claimRevisions } = story
    record(name, result, { queriesPerRead: queries, story: { slug, claims, claimRevisions } })
  }

  let port = settings.basePort
  const cached = await startAppServer('express', {
    databaseUrl: opts.databaseUrl,
    cache: true,
    port: port++,
    logFile: logFile('server-cached'),
  })
  try {
    await cachedVsBaseline('express', cached, headline, {
      read: 'public-story-cached',
      baseline: 'static-baseline',
      ratio: 'StaticBaseline',
    })
    await read(cached, 'public-figures-cached', publicFigures(headline), settings.hotConnections)
    await read(cached, 'public-story-asof-cached', publicAsOf(headline), settings.hotConnections)
    const small = storyOf(settings.smallClaims)
    const suffix = `@${small.claims}-claims`
    await cachedVsBaseline('express', cached, small, {
      read: `public-story-cached${suffix}`,
      baseline: `static-baseline${suffix}`,
      ratio: 'StaticBaseline',
    })
  } finally {
    await cached.stop()
  }

  // The same cached read through the Next.js host, against a Next route handler sending its bytes.
  const nextCached = await startAppServer('next', {
    databaseUrl: opts.databaseUrl,
    cache: true,
    port: port++,
    logFile: logFile('server-next-cached'),
  })
  try {
    await cachedVsBaseline('next', nextCached, headline, {
      read: 'next-public-story-cached',
      baseline: 'next-static-baseline',
      ratio: 'NextStaticBaseline',
    })
  } finally {
    await nextCached.stop()
  }
  const nextUncached = await startAppServer('next', {
    databaseUrl: opts.databaseUrl,
    cache: false,
    port: port++,
    logFile: logFile('server-next-uncached'),
  })
  try {
    const db = settings.dbConnections
    await read(nextUncached, 'next-public-story-uncached', publicStory(headline), db)
  } finally {
    await nextUncached.stop()
  }

  const uncached = await startAppServer('express', {
    databaseUrl: opts.databaseUrl,
    cache: false,
    port: port++,
    logFile: logFile('server-uncached'),
  })
  try {
    const db = settings.dbConnections
    const storyUncached = await read(uncached, 'public-story-uncached', publicStory(headline), db)
    await read(uncached, 'public-figures-uncached', publicFigures(headline), db)
    await read(uncached, 'public-story-asof-uncached', publicAsOf(headline), db)
    const rest = await read(
      uncached,
      'payload-rest-story',
      payloadRest(headline),
      db,
      true,
      await staffAuthorization(uncached),
    )
    if (storyUncached && rest) {
      Object.assign(storyUncached.ratios, ratios(storyUncached, rest, 'PayloadRest'))
    }

    for (const claims of settings.storyCurve) {
      const s = storyOf(claims)
      await curvePoint(uncached, `curve-public-story-uncached@${claims}-claims`, s, publicStory(s))
    }
    for (const claims of settings.asOfCurve) {
      const s = storyOf(claims)
      await curvePoint(
        uncached,
        `curve-public-story-asof@${s.claimRevisions}-revisions`,
        s,
        publicAsOf(s),
      )
    }

    const approvals = await measureApprovals(uncached, written, settings)
    if (approvals) record('approve-claim', approvals)
    else missing.push(`${database}: approve-claim: no submitted claims left to approve`)
    record('mixed-load', await measureMixedLoad(uncached, written, headline, settings))
  } finally {
    await uncached.stop()
  }
  return { scenarios, missing }
}

/** The write path: a reviewer approves the queued claims still pending, through POST /api/claims/:id/approve. */
async function measureApprovals(
  server: RunningServer,
  written: WrittenNewsroom,
  settings: BenchSettings,
) {
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: benchEmail('reviewer'), password: BENCH_PASSWORD }),
  })
  const { token } = (await login.json()) as { token: string }
  const authorization = `JWT ${token}`
  const queue = written.reviewQueue
  const pending = await fetch(
    `${server.url}/api/claims?where[story][equals]=${queue.storyId}&where[reviewState][equals]=pending` +
      `&limit=${queue.claimIds.length}&depth=0&select[id]=true`,
    { headers: { authorization } },
  )
  const ids = ((await pending.json()) as { docs: { id: number | string }[] }).docs.map((d) => d.id)
  if (ids.length === 0) return undefined
  let next = 0
  return loadWithCpu(server, {
    url: server.url,
    connections: settings.writeConnections,
    amount: ids.length,
    headers: { authorization, 'content-type': 'application/json' },
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
}
