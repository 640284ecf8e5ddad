/**
 * npm run bench [-- --quick] [--databases sqlite,postgres] [--keep-data | --data data/bench/<run>]
 *
 * Builds a synthetic newsroom per database (SQLite always, PostgreSQL when reachable), then measures
 * the public read API against Payload's REST API and a static Express baseline, the cost curves and
 * the write path. Full runs write bench/results/latest.{json,md}; quick runs bench/results/quick.*.
 * The databases are dropped at the end, unless --keep-data; --data measures a kept run's data again
 * (generating the full size takes most of a run), and keeps it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { WrittenNewsroom } from '../generator/writeNewsroom.js'
import { parseArgs } from '../cliArgs.js'
import {
  benchDatabase,
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
const reuse = typeof args.data === 'string' ? path.resolve(args.data) : null
// Databases, manifests and logs of the run go under data/, the app's runtime folder (ignored by git,
// ESLint and Prettier).
const workDir =
  reuse ??
  path.resolve('data/bench', new Date(started).toISOString().replace(/\D/g, '').slice(0, 14))
fs.mkdirSync(workDir, { recursive: true })
const manifestOf = (kind: BenchDatabaseKind) => path.join(workDir, `${kind}-manifest.json`)
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
  else if (reuse && !fs.existsSync(manifestOf(kind))) missing.push(`${kind}: no data in ${reuse}`)
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
      'bench/server/benchServer.ts: createExpressApp of demo/server/start.ts without the admin panel, NODE_ENV=production, schema from the committed migrations, one process',
    cache:
      'cached = default public API cache; uncached = a second server with NEWSROOM_PUBLIC_CACHE=off',
    load:
      'autocannon 9 in the runner process, server in its own process, all on 127.0.0.1; ' +
      'load scenarios send Accept-Encoding: gzip (as browsers and CDNs do), cost curves do not',
    'Payload REST equivalent':
      'GET /api/stories?where[slug][equals]=…&depth=2 then GET /api/claims?where[story][equals]=…&limit=<all>&depth=1, anonymous; one logical read = both, latency summed',
    'static baseline':
      'bench/server/staticServer.ts: Express serving the cached story response (bytes as sent, gzipped, and headers) from memory',
    'queries per read':
      'SQL statements (and adapter calls) of one read, counted by bench/server/queryCounter in the server',
    data:
      `seed "${settings.seed}", written through the Local API as editors and reviewers (hooks and access on), ` +
      'timestamps spread over three days per story; PostgreSQL analysed after the load' +
      (reuse ? `; reused from ${path.relative(process.cwd(), reuse)} (--data)` : ''),
  },
  generation: [],
  scenarios: [],
  targets: [],
  missing,
  totalSeconds: 0,
}

/** Writes the newsroom into `db` in its own process, and returns what it wrote. */
async function generate(db: BenchDatabase): Promise<void> {
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
      manifestOf(db.kind),
    ],
    { ...BENCH_ENV, DATABASE_URL: db.url },
    logFile,
  )
  if ((await child.exited) !== 0)
    throw new Error(`Generating data on ${db.kind} failed; see ${logFile}.`)
}

function readManifest(kind: BenchDatabaseKind): WrittenNewsroom {
  const w = JSON.parse(fs.readFileSync(manifestOf(kind), 'utf8')) as WrittenNewsroom & {
    seed: string
  }
  results.generation.push({
    database: kind,
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
  log(`${kind}: ${w.writes} writes in ${w.seconds.toFixed(0)} s`)
  return w
}

try {
  for (const kind of kinds) {
    databases.push(reuse ? benchDatabase(kind, workDir) : await createBenchDatabase(kind, workDir))
  }
  if (!reuse) {
    log(
      `Generating ${storySizes(settings).join(', ')}-claim stories and ${settings.reviewQueue} queued claims on ${kinds.join(' and ')}`,
    )
    // The generators run side by side (one per database); the measurements one after another.
    await Promise.all(databases.map(generate))
  }
  const written = kinds.map(readManifest)
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
  if (reuse || args['keep-data']) log(`Data kept: --data ${path.relative(process.cwd(), workDir)}`)
  else {
    for (const db of databases)
      await db.drop().catch((err) => log(`Could not drop the ${db.kind} database: ${err}`))
  }
}

results.totalSeconds = Math.round((Date.now() - started) / 1000)
results.machine.loadAverage.end = os.loadavg()[0]
const base = path.resolve('bench/results', settings.mode === 'full' ? 'latest' : 'quick')
fs.mkdirSync(path.dirname(base), { recursive: true })
fs.writeFileSync(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`)
fs.writeFileSync(`${base}.md`, renderReport(results))
log(`Done: ${path.relative(process.cwd(), base)}.json and .md`)
process.exit(0)
