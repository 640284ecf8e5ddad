/**
 * npm run bench [-- --quick] [-- --databases sqlite,postgres]
 *
 * Builds a synthetic newsroom per database (SQLite always, PostgreSQL when reachable), then measures
 * the public read API against Payload's REST API and a static Express baseline, the cost curves and
 * the write path. Full runs write bench/results/latest.{json,md}; quick runs bench/results/quick.*.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { WrittenNewsroom } from '../generator/writeNewsroom.js'
import { parseArgs } from '../cliArgs.js'
import {
  createBenchDatabase,
  postgresReachable,
  type BenchDatabase,
  type BenchDatabaseKind,
} from './benchDatabase.js'
import { BENCH_ENV } from './benchServers.js'
import { measureDatabase } from './measureDatabase.js'
import { runTs, stopAllChildren } from './processes.js'
import { renderReport } from './report.js'
import { FULL, QUICK, storySizes } from './settings.js'
import { evaluateTargets } from './targets.js'
import type { BenchResults } from './types.js'

const args = parseArgs(process.argv.slice(2))
const settings = args.quick ? QUICK : FULL
const started = Date.now()
const runId = new Date(started).toISOString().replace(/\D/g, '').slice(0, 14)
const workDir = path.resolve('bench/.work', runId)
fs.mkdirSync(workDir, { recursive: true })
const log = (line: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void stopAllChildren().then(() => process.exit(130)))
}

const missing: string[] = []
const wanted = (typeof args.databases === 'string' ? args.databases : 'sqlite,postgres').split(
  ',',
) as BenchDatabaseKind[]
const kinds: BenchDatabaseKind[] = []
for (const kind of wanted) {
  if (kind === 'postgres' && !(await postgresReachable()))
    missing.push('postgres: not reachable, skipped')
  else kinds.push(kind)
}

const databases: BenchDatabase[] = []
const results: BenchResults = {
  startedAt: new Date(started).toISOString(),
  mode: settings.mode,
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverage: { start: os.loadavg()[0], end: 0 },
  },
  setup: {
    server:
      'bench/server/benchServer.ts: createApp of src/server/start.ts without the admin panel, NODE_ENV=production, schema from the committed migrations, one process',
    cache:
      'cached = default public API cache; uncached = a second server with NEWSROOM_PUBLIC_CACHE=off',
    load: 'autocannon 9 in the runner process, server in its own process, all on 127.0.0.1',
    'Payload REST equivalent':
      'GET /api/stories?where[slug][equals]=…&depth=2 then GET /api/claims?where[story][equals]=…&limit=<all>&depth=1, anonymous; one logical read = both, latency summed',
    'static baseline':
      'bench/server/staticServer.ts: Express serving the cached story response (bytes and headers) from memory',
    'queries per read':
      'SQL statements (and adapter calls) of one read, counted by src/public/queryCounter in the server',
    data: `seed "${settings.seed}", written through the Local API as editors and reviewers (hooks and access on), timestamps spread over three days per story`,
  },
  generation: [],
  scenarios: [],
  targets: [],
  missing,
  totalSeconds: 0,
}

try {
  for (const kind of kinds) databases.push(await createBenchDatabase(kind, workDir, runId))
  log(
    `Generating ${storySizes(settings).join(', ')}-claim stories and ${settings.reviewQueue} queued claims on ${kinds.join(' and ')}`,
  )
  // The generators run side by side (one per database); the measurements one after another.
  const written = await Promise.all(
    databases.map(async (db): Promise<WrittenNewsroom> => {
      const manifest = path.join(workDir, `${db.kind}-manifest.json`)
      const logFile = path.join(workDir, `${db.kind}-generate.log`)
      const child = runTs(
        'bench/generator/generateNewsroom.ts',
        [
          '--claims',
          storySizes(settings).join(','),
          '--review-queue',
          String(settings.reviewQueue),
          '--seed',
          settings.seed,
          '--manifest',
          manifest,
        ],
        { ...BENCH_ENV, DATABASE_URL: db.url },
        logFile,
      )
      if ((await child.exited) !== 0)
        throw new Error(`Generating data on ${db.kind} failed; see ${logFile}.`)
      const w = JSON.parse(fs.readFileSync(manifest, 'utf8')) as WrittenNewsroom & { seed: string }
      results.generation.push({
        database: db.kind,
        seed: w.seed,
        writes: w.writes,
        seconds: Math.round(w.seconds),
        writesPerSecond: Math.round(w.writes / w.seconds),
        stories: w.stories.map(({ slug, claims, claimRevisions, approvedClaims }) => ({
          slug,
          claims,
          claimRevisions,
          approvedClaims,
        })),
      })
      log(`${db.kind}: ${w.writes} writes in ${w.seconds.toFixed(0)} s`)
      return w
    }),
  )
  for (const [i, db] of databases.entries()) {
    log(`Measuring ${db.kind}`)
    const m = await measureDatabase({
      database: db.kind,
      databaseUrl: db.url,
      written: written[i],
      settings,
      workDir,
      log,
    })
    results.scenarios.push(...m.scenarios)
    missing.push(...m.missing)
    results.targets.push(...evaluateTargets(db.kind, m.scenarios))
  }
} finally {
  await stopAllChildren()
  for (const db of databases)
    await db.drop().catch((err) => log(`Could not drop the ${db.kind} database: ${err}`))
}

results.totalSeconds = Math.round((Date.now() - started) / 1000)
results.machine.loadAverage.end = os.loadavg()[0]
const base = path.resolve('bench/results', settings.mode === 'full' ? 'latest' : 'quick')
fs.mkdirSync(path.dirname(base), { recursive: true })
fs.writeFileSync(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`)
fs.writeFileSync(`${base}.md`, renderReport(results))
log(`Done: ${path.relative(process.cwd(), base)}.json and .md`)
process.exit(0)
