/**
 * npm run bench:bundle -- [--claims 1000] [--database sqlite|postgres] [--save file | --bundle file]
 *
 * Times a story bundle's round trip: builds a generated story of N claims (through the workflow, as
 * the bench generator does), exports it, imports the bundle into a second, empty database, and exports
 * it again there; prints each step's time, the database calls the import made (count and time per
 * adapter method) and whether the second export holds what the first did. Not a test: no assertion on
 * time (docs/story-bundles.md records what it measured). `--save` keeps the bundle in a file; `--bundle`
 * imports one from a file instead of building and exporting it (to measure the import again).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createLocalReq, getPayload, type Payload } from 'payload'

import { buildAppConfig } from '../../demo/appConfig.js'
import { closePayload } from '../../demo/database/closePayload.js'
import { exportStoryBundle, type StoryBundle } from '../../src/bundle/exportStory.js'
import { importStoryBundle } from '../../src/bundle/importStory.js'
import { resolveOptions } from '../../src/options.js'
import { numberList, parseArgs } from '../cliArgs.js'
import { relaxSqliteSync, withoutCommitFlush } from '../generator/fastWrites.js'
import { planNewsroom } from '../generator/planNewsroom.js'
import { installVirtualClock } from '../generator/virtualClock.js'
import { writeNewsroom } from '../generator/writeNewsroom.js'
import { createBenchDatabase, type BenchDatabaseKind } from '../harness/benchDatabase.js'

const args = parseArgs(process.argv.slice(2))
const claims = numberList(args.claims, [1000])[0]
const kind = (typeof args.database === 'string' ? args.database : 'sqlite') as BenchDatabaseKind
const options = resolveOptions({})
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-bench-'))

const seconds = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
  const started = performance.now()
  const out = await run()
  console.log(`${what}: ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return out
}

const drops: (() => Promise<void>)[] = []
async function open(name: string, generator: boolean): Promise<Payload> {
  const db = await createBenchDatabase(kind, path.join(work, name))
  drops.push(db.drop)
  const payload = await getPayload({
    config: buildAppConfig({
      databaseUrl: generator ? withoutCommitFlush(db.url) : db.url,
      logLevel: 'warn',
    }),
    key: name,
  })
  if (generator) await relaxSqliteSync(payload)
  return payload
}

/** Every database adapter call, counted and timed by method: where an import spends its time. */
function countCalls(payload: Payload) {
  const calls = new Map<string, { count: number; ms: number }>()
  const db = payload.db as unknown as Record<string, unknown>
  for (const method of [
    'create',
    'createVersion',
    'updateOne',
    'find',
    'findOne',
    'findVersions',
  ]) {
    const original = db[method] as (...a: unknown[]) => Promise<unknown>
    db[method] = async (...a: unknown[]) => {
      const started = performance.now()
      try {
        return await original.apply(payload.db, a)
      } finally {
        const c = calls.get(method) ?? { count: 0, ms: 0 }
        c.count++
        c.ms += performance.now() - started
        calls.set(method, c)
      }
    }
  }
  return calls
}

fs.mkdirSync(path.join(work, 'a'), { recursive: true })
fs.mkdirSync(path.join(work, 'b'), { recursive: true })
const versions = (list: { versions: unknown[] }[]) =>
  list.reduce((n, r) => n + r.versions.length, 0)

async function buildAndExport(): Promise<StoryBundle> {
  const a = await open('a', true)
  installVirtualClock()
  const written = await seconds(`build a ${claims}-claim story (${kind})`, () =>
    writeNewsroom(a, planNewsroom({ seed: 'bundle-bench', claims: [claims], reviewQueue: 0 })),
  )
  const exported = (await seconds('export', () =>
    exportStoryBundle(a, options.slugs, options.usersCollection, written.stories[0].id),
  ))!
  await closePayload(a)
  return exported
}
const bundle: StoryBundle =
  typeof args.bundle === 'string'
    ? JSON.parse(fs.readFileSync(args.bundle, 'utf8'))
    : await buildAndExport()
const text = JSON.stringify(bundle)
if (typeof args.save === 'string') fs.writeFileSync(args.save, text)
console.log(
  `bundle: ${(text.length / 1024 / 1024).toFixed(1)} MiB, ${bundle.claims.length} claims ` +
    `(${versions(bundle.claims)} versions), ${bundle.updates.length} updates, ${bundle.events.length} events`,
)

process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
const b = await open('b', false)
const calls = countCalls(b)
const req = await createLocalReq({}, b)
const imported = await seconds('import', () => importStoryBundle(req, options, JSON.parse(text)))
for (const [method, c] of calls)
  console.log(`  ${method}: ${c.count} calls, ${(c.ms / 1000).toFixed(1)} s`)
calls.clear()
const again = (await seconds('export again', () =>
  exportStoryBundle(b, options.slugs, options.usersCollection, imported.story.id),
))!
const same =
  again.claims.length === bundle.claims.length &&
  versions(again.claims) === versions(bundle.claims) &&
  versions(again.updates) === versions(bundle.updates) &&
  again.events.length === bundle.events.length &&
  again.sources.length === bundle.sources.length
console.log(same ? 'the second export holds what the first did' : 'THE SECOND EXPORT DIFFERS')
await closePayload(b)
for (const drop of drops) await drop()
fs.rmSync(work, { recursive: true, force: true })
process.exit(same ? 0 : 1)
