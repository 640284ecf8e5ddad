import autocannon from 'autocannon'

import type { WrittenNewsroom, WrittenStory } from '../generator/writeNewsroom.js'
import { benchEmail, BENCH_PASSWORD } from '../generator/writeNewsroom.js'
import type { RunningServer } from './benchServers.js'
import type { LoadResult } from './load.js'
import type { BenchSettings } from './settings.js'

/**
 * Issue #12's load: 100 connections of mixed traffic on the uncached server — 90% public reads (a
 * story, its figures, it `asOf` a past moment, the list), 10% writes and approvals (an editor creates
 * a claim and submits it, a reviewer approves it) — for 30 s (the full run). What counts: errors
 * (non-2xx, timeouts) must be 0, and the p99 of single requests, reads and writes together.
 */
const READS_PER_WRITE_CYCLE = 27
/** autocannon's own limit on one request (its default is 10 s). */
const AUTOCANNON_TIMEOUT_SECONDS = 10

const round1 = (n: number) => Math.round(n * 10) / 10

type MixedKind = 'read' | 'create' | 'submit' | 'approve'

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

export interface MixedLoadResult extends LoadResult {
  mixed: {
    timeouts: number
    timeoutSeconds: number[]
    autocannonTimeoutSeconds: number
    reads: MixedSummary
    writes: MixedSummary & { perSecond: number }
    byKind: Record<string, MixedSummary & { statuses: Record<string, number> }>
  }
}

export interface MixedSummary {
  requests: number
  p50Ms: number
  p99Ms: number
  maxMs: number
  non2xx: number
  timeouts: number
}

async function token(server: RunningServer, who: 'editor' | 'reviewer'): Promise<string> {
  const res = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: benchEmail(who), password: BENCH_PASSWORD }),
  })
  return `JWT ${((await res.json()) as { token: string }).token}`
}

export async function measureMixedLoad(
  server: RunningServer,
  written: WrittenNewsroom,
  story: WrittenStory,
  settings: BenchSettings,
  options: { durationSeconds?: number; connections?: number } = {},
): Promise<MixedLoadResult> {
  const editor = await token(server, 'editor')
  const reviewer = await token(server, 'reviewer')
  const source = await fetch(`${server.url}/api/sources`, {
    method: 'POST',
    headers: { authorization: editor, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Mixed-load wire', kind: 'wireAgency' }),
  })
  const sourceId = ((await source.json()) as { doc?: { id: number | string } }).doc?.id
  const reads = [
    `/api/public/stories/${story.slug}`,
    `/api/public/stories/${story.slug}/figures`,
    `/api/public/stories/${story.slug}?asOf=${encodeURIComponent(story.asOf)}`,
    '/api/public/stories',
  ]
  type Context = { claim?: number | string }
  const requests: autocannon.Request[] = [
    ...Array.from({ length: READS_PER_WRITE_CYCLE }, (_, i) => ({
      path: reads[i % reads.length],
      headers: { 'accept-encoding': 'gzip' },
    })),
    {
      method: 'POST',
      path: '/api/claims',
      headers: { authorization: editor, 'content-type': 'application/json' },
      body: JSON.stringify({
        story: written.reviewQueue.storyId,
        kind: 'statement',
        statement: 'Roads into the valley are closed.',
        source: sourceId,
        verb: 'said',
      }),
      onResponse: (_status: number, body: string, context: Context) => {
        try {
          context.claim = (JSON.parse(body) as { doc?: { id: number | string } }).doc?.id
        } catch {
          context.claim = undefined
        }
      },
    },
    {
      method: 'POST',
      headers: { authorization: editor },
      // Without a claim (its create failed or timed out) the cycle starts again: autocannon skips
      // a request whose setup gives nothing.
      setupRequest: (req: autocannon.Request, context: Context) =>
        context.claim === undefined
          ? (undefined as unknown as autocannon.Request)
          : { ...req, path: `/api/claims/${context.claim}/submit` },
    },
    {
      method: 'POST',
      headers: { authorization: reviewer },
      setupRequest: (req: autocannon.Request, context: Context) =>
        context.claim === undefined
          ? (undefined as unknown as autocannon.Request)
          : { ...req, path: `/api/claims/${context.claim}/approve` },
    },
  ] as autocannon.Request[]
  const durationSeconds =
    options.durationSeconds ?? (settings.mode === 'full' ? 30 : settings.durationSeconds)
  const connections = options.connections ?? 100
  // Which request a response answers: autocannon's client still points at it when it reports the
  // response (it moves on to the next one afterwards), so reads and writes get their own latencies.
  const kindOf = (index: number): MixedKind =>
    index < READS_PER_WRITE_CYCLE
      ? 'read'
      : (['create', 'submit', 'approve'] as const)[index - READS_PER_WRITE_CYCLE]
  type Iterator = {
    currentRequestIndex: number
    currentRequest: unknown
    requests: unknown[]
    rebuildRequest: () => void
  }
  let clientsSetUp = 0
  // The seconds of the run in which timeouts fell: all in one or two seconds is one stall of the server.
  const timeoutSeconds = new Set<number>()
  const loadStarted = Date.now()
  const indexOf = (client: unknown) =>
    (client as { requestIterator: { currentRequestIndex: number } }).requestIterator
      .currentRequestIndex
  const latencies: Record<MixedKind, number[]> = { read: [], create: [], submit: [], approve: [] }
  const statuses: Record<MixedKind, Record<string, number>> = {
    read: {},
    create: {},
    submit: {},
    approve: {},
  }
  const timeouts: Record<MixedKind, number> = { read: 0, create: 0, submit: 0, approve: 0 }
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: server.url,
        connections,
        duration: durationSeconds,
        timeout: AUTOCANNON_TIMEOUT_SECONDS,
        requests,
        // On a timeout the client reconnects and sends its next request before it reports the
        // timeout: the request that timed out is the one before.
        setupClient: (client) => {
          // Each connection starts at its own place in the cycle (reads and the create): all starting
          // at the first read, no connection would reach a write in 30 s when uncached reads queue
          // behind 99 others (about 5 of the 30 requests per connection are answered), and the "mixed"
          // load would be reads only, as it was until this was measured.
          const iterator = (client as unknown as { requestIterator: Iterator }).requestIterator
          const offset = clientsSetUp++ % (READS_PER_WRITE_CYCLE + 1)
          iterator.currentRequestIndex = offset
          iterator.currentRequest = iterator.requests[offset]
          iterator.rebuildRequest()
          ;(client as unknown as NodeJS.EventEmitter).on('timeout', () => {
            const index = (indexOf(client) + requests.length - 1) % requests.length
            timeouts[kindOf(index)]++
            timeoutSeconds.add(Math.floor((Date.now() - loadStarted) / 1000))
          })
        },
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    )
    instance.on('response', (client, statusCode, _bytes, responseTime) => {
      const kind = kindOf(indexOf(client))
      statuses[kind][statusCode] = (statuses[kind][statusCode] ?? 0) + 1
      latencies[kind].push(responseTime)
    })
  })
  const summary = (kinds: MixedKind[]) => {
    const all = kinds.flatMap((k) => latencies[k]).sort((a, b) => a - b)
    return {
      requests: all.length,
      p50Ms: round1(percentile(all, 50)),
      p99Ms: round1(percentile(all, 99)),
      maxMs: all.length ? round1(all[all.length - 1]) : NaN,
      non2xx: kinds.reduce(
        (n, k) =>
          n +
          Object.entries(statuses[k])
            .filter(([code]) => !code.startsWith('2'))
            .reduce((m, [, c]) => m + c, 0),
        0,
      ),
      timeouts: kinds.reduce((n, k) => n + timeouts[k], 0),
    }
  }
  const writes = summary(['create', 'submit', 'approve'])
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    operations: result.requests.total,
    non2xx: result.non2xx,
    // autocannon's errors include its timeouts.
    errors: result.errors,
    bytesPerOperation: result.requests.total
      ? Math.round(result.throughput.total / result.requests.total)
      : 0,
    connections,
    durationSeconds,
    mixed: {
      timeouts: result.timeouts,
      timeoutSeconds: [...timeoutSeconds].sort((a, b) => a - b),
      autocannonTimeoutSeconds: AUTOCANNON_TIMEOUT_SECONDS,
      reads: summary(['read']),
      writes: { ...writes, perSecond: Math.round((writes.requests / result.duration) * 10) / 10 },
      byKind: Object.fromEntries(
        (['read', 'create', 'submit', 'approve'] as const).map((k) => [
          k,
          { ...summary([k]), statuses: statuses[k] },
        ]),
      ),
    },
  }
}
