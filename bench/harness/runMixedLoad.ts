/**
 * npm run bench:mixed [-- --databases sqlite,postgres] [--claims 1000] [--seconds 30] [--connections 100]
 *   [--keep-data | --data data/bench/<run>] [--base-port 3750] [--out mixed-load]
 *
 * Only issue #12's mixed load (bench/harness/mixedLoad.ts), on a newsroom of its own: one story of
 * --claims claims (the full bench's headline size by default) and a review queue, generated per
 * database, then 100 connections for 30 s on the uncached server. Writes bench/results/<--out>.{json,md}:
 * errors, timeouts, p50/p99 of reads and of writes, writes/s and the load average at start and end
 * (the machine may be shared: a busy machine slows every request).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { WrittenNewsroom } from '../generator/writeNewsroom.js'
import { numberList, parseArgs } from '../cliArgs.js'
import {
  benchDatabase,
  createBenchDatabase,
  postgresReachable,
  type BenchDatabase,
  type BenchDatabaseKind,
} from './benchDatabase.js'
import { BENCH_ENV, startAppServer } from './benchServers.js'
import { measureMixedLoad, type MixedLoadResult } from './mixedLoad.js'
import { runTs, stopAllChildren } from './processes.js'
import { FULL } from './settings.js'

const args = parseArgs(process.argv.slice(2))
const claims = numberList(args.claims, [FULL.headlineClaims])[0]
const seconds = numberList(args.seconds, [30])[0]
const connections = numberList(args.connections, [100])[0]
const basePort = numberList(args['base-port'], [3750])[0]
const started = Date.now()
const reuse = typeof args.data === 'string' ? path.resolve(args.data) : null
const workDir =
  reuse ??
  path.resolve(
    'data/bench',
    `mixed-${new Date(started).toISOString().replace(/\D/g, '').slice(0, 14)}`,
  )
fs.mkdirSync(workDir, { recursive: true })
const manifestOf = (kind: BenchDatabaseKind) => path.join(workDir, `${kind}-manifest.json`)
const log = (line: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void stopAllChildren().then(() => process.exit(130)))
}

const wanted = (typeof args.databases === 'string' ? args.databases : 'sqlite,postgres').split(
  ',',
) as BenchDatabaseKind[]
const missing: string[] = []
const kinds: BenchDatabaseKind[] = []
for (const kind of wanted) {
  if (kind === 'postgres' && !(await postgresReachable()))
    missing.push('postgres: not reachable, skipped')
  else kinds.push(kind)
}

interface MixedRun {
  database: BenchDatabaseKind
  story: { slug: string; claims: number; claimRevisions: number }
  loadAverage: { start: number[]; end: number[] }
  result: MixedLoadResult
}
const runs: MixedRun[] = []
const databases: BenchDatabase[] = []
try {
  for (const kind of kinds) {
    databases.push(reuse ? benchDatabase(kind, workDir) : await createBenchDatabase(kind, workDir))
  }
  if (!reuse) {
    log(`Generating a ${claims}-claim story and a review queue on ${kinds.join(' and ')}`)
    await Promise.all(
      databases.map(async (db) => {
        const logFile = path.join(workDir, `${db.kind}-generate.log`)
        const child = runTs(
          'bench/generator/generateNewsroom.ts',
          [
            '--claims',
            String(claims),
            '--review-queue',
            '1',
            '--seed',
            FULL.seed,
            '--manifest',
            manifestOf(db.kind),
          ],
          { ...BENCH_ENV, DATABASE_URL: db.url },
          logFile,
        )
        if ((await child.exited) !== 0)
          throw new Error(`Generating data on ${db.kind} failed; see ${logFile}.`)
      }),
    )
  }
  for (const [i, db] of databases.entries()) {
    const written = JSON.parse(fs.readFileSync(manifestOf(db.kind), 'utf8')) as WrittenNewsroom
    const story = written.stories[0]
    const server = await startAppServer('express', {
      databaseUrl: db.url,
      cache: false,
      port: basePort + i,
      logFile: path.join(workDir, `${db.kind}-server-uncached.log`),
    })
    try {
      const start = os.loadavg()
      log(`${db.kind}: ${connections} connections for ${seconds} s (load average ${start[0]})`)
      const result = await measureMixedLoad(server, written, story, FULL, {
        durationSeconds: seconds,
        connections,
      })
      const end = os.loadavg()
      const m = result.mixed
      log(
        `${db.kind}: ${result.operations} requests, ${result.non2xx} non-2xx, ${m.timeouts} timeouts (in seconds ${m.timeoutSeconds.join(',') || '–'}); ` +
          `reads p50 ${m.reads.p50Ms} p99 ${m.reads.p99Ms} ms; writes p50 ${m.writes.p50Ms} p99 ${m.writes.p99Ms} ms, ` +
          `${m.writes.perSecond}/s; load average ${end[0]}`,
      )
      runs.push({
        database: db.kind,
        story: { slug: story.slug, claims: story.claims, claimRevisions: story.claimRevisions },
        loadAverage: { start, end },
        result,
      })
    } finally {
      await server.stop()
    }
  }
} finally {
  await stopAllChildren()
  if (reuse || args['keep-data']) log(`Data kept: --data ${path.relative(process.cwd(), workDir)}`)
  else {
    for (const db of databases)
      await db.drop().catch((err) => log(`Could not drop the ${db.kind} database: ${err}`))
  }
}

const results = {
  startedAt: new Date(started).toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    node: process.version,
  },
  setup:
    'bench/server/benchServer.ts (Express host, NODE_ENV=production, NEWSROOM_PUBLIC_CACHE=off, one process); ' +
    'autocannon 9 in the runner process on 127.0.0.1; each connection repeats 27 public reads ' +
    '(story, figures, story asOf a past moment, the list, in turn, gzip) then an editor creates a claim, ' +
    'submits it and a reviewer approves it (90% reads, 10% writes)',
  runs,
  missing,
  totalSeconds: Math.round((Date.now() - started) / 1000),
}
const base = path.resolve('bench/results', typeof args.out === 'string' ? args.out : 'mixed-load')
fs.writeFileSync(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`)
fs.writeFileSync(`${base}.md`, renderMixed(results))
log(`Done: ${path.relative(process.cwd(), base)}.json and .md`)
process.exit(0)

function renderMixed(r: typeof results): string {
  const la = (l: number[]) => l.map((n) => n.toFixed(2)).join(' / ')
  const lines = [
    '# Mixed load (issue #12)',
    '',
    `Run ${r.startedAt} on ${r.machine.cpus} CPUs (${r.machine.cpuModel}), Node ${r.machine.node}; ${r.totalSeconds} s in all.`,
    '',
    `- ${r.setup}`,
    '- load average: 1 / 5 / 15 minutes, from os.loadavg(), at the start and end of each run',
    '',
    '| database | story | connections | seconds | requests | non-2xx | timeouts | reads p50 / p99 ms | writes p50 / p99 ms | writes/s | load average start | load average end |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: | --- | --- |',
  ]
  for (const run of r.runs) {
    const m = run.result.mixed
    lines.push(
      `| ${run.database} | ${run.story.claims} claims, ${run.story.claimRevisions} revisions | ${run.result.connections} | ${run.result.durationSeconds} | ${run.result.operations} | ${run.result.non2xx} | ${m.timeouts} | ${m.reads.p50Ms} / ${m.reads.p99Ms} | ${m.writes.p50Ms} / ${m.writes.p99Ms} | ${m.writes.perSecond} | ${la(run.loadAverage.start)} | ${la(run.loadAverage.end)} |`,
    )
  }
  lines.push('', '## By request', '')
  lines.push('| database | request | answered | p50 ms | p99 ms | max ms | timeouts | statuses |')
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |')
  for (const run of r.runs) {
    for (const [kind, s] of Object.entries(run.result.mixed.byKind)) {
      lines.push(
        `| ${run.database} | ${kind} | ${s.requests} | ${s.p50Ms} | ${s.p99Ms} | ${s.maxMs} | ${s.timeouts} | ${Object.entries(
          s.statuses,
        )
          .map(([code, n]) => `${code}: ${n}`)
          .join(', ')} |`,
      )
    }
  }
  lines.push(
    '',
    'Seconds of each run in which timeouts fell (all at one moment = one stall of the server):',
    '',
  )
  for (const run of r.runs)
    lines.push(`- ${run.database}: ${run.result.mixed.timeoutSeconds.join(', ') || 'none'}`)
  if (r.missing.length) lines.push('', '## Not measured', '', ...r.missing.map((m) => `- ${m}`))
  return `${lines.join('\n')}\n`
}
