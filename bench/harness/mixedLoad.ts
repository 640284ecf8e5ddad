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
): Promise<LoadResult> {
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
      setupRequest: (req: autocannon.Request, context: Context) => ({
        ...req,
        path: `/api/claims/${context.claim}/submit`,
      }),
    },
    {
      method: 'POST',
      headers: { authorization: reviewer },
      setupRequest: (req: autocannon.Request, context: Context) => ({
        ...req,
        path: `/api/claims/${context.claim}/approve`,
      }),
    },
  ] as autocannon.Request[]
  const durationSeconds = settings.mode === 'full' ? 30 : settings.durationSeconds
  const connections = 100
  const result = await autocannon({
    url: server.url,
    connections,
    duration: durationSeconds,
    timeout: 10,
    requests,
  })
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
  }
}
