/**
 * npm run bench:data -- --stories N --claims M[,M2,...] [--seed S] [--review-queue K] [--manifest file]
 *
 * Builds a synthetic newsroom in the database of DATABASE_URL through Payload's Local API: N stories
 * (story i gets the i-th size of --claims, cycling), each with updates and claims that go through the
 * review workflow over three days, plus K submitted claims awaiting review. The same seed gives the
 * same newsroom. Prints what it wrote (and saves it to --manifest as JSON).
 */
import fs from 'node:fs'
import path from 'node:path'

import { getPayload } from 'payload'

import { buildAppConfig } from '../../demo/appConfig.js'
import { closePayload } from '../../demo/database/closePayload.js'
import { numberList, parseArgs } from '../cliArgs.js'
import { relaxSqliteSync, withoutCommitFlush } from './fastWrites.js'
import { planNewsroom } from './planNewsroom.js'
import { installVirtualClock } from './virtualClock.js'
import { writeNewsroom } from './writeNewsroom.js'

const args = parseArgs(process.argv.slice(2))
const sizes = numberList(args.claims, [100])
const storyCount = numberList(args.stories, [sizes.length])[0]
const plan = planNewsroom({
  seed: typeof args.seed === 'string' ? args.seed : 'newsroom-bench',
  claims: Array.from({ length: storyCount }, (_, i) => sizes[i % sizes.length]),
  reviewQueue: numberList(args['review-queue'], [0])[0],
})

installVirtualClock()
const databaseUrl = process.env.DATABASE_URL
const payload = await getPayload({
  config: buildAppConfig({ databaseUrl: databaseUrl && withoutCommitFlush(databaseUrl) }),
})
await relaxSqliteSync(payload)
const { totalDocs } = await payload.count({ collection: 'stories', overrideAccess: true })
if (totalDocs > 0) {
  throw new Error('The database already holds stories: generate into an empty database.')
}

const written = await writeNewsroom(payload, plan, (line) => console.log(line))
// Planner statistics, as autovacuum would soon gather after a bulk load (where it runs at all): without
// them PostgreSQL scans the version tables instead of using their indexes.
if (payload.db.name === 'postgres') {
  await (
    payload.db as unknown as { pool: { query: (sql: string) => Promise<unknown> } }
  ).pool.query('ANALYZE')
}
const manifest = { seed: plan.seed, database: payload.db.name, ...written }
console.log(
  `Wrote ${written.writes} documents and revisions in ${written.seconds.toFixed(1)} s ` +
    `(${(written.writes / written.seconds).toFixed(0)} writes/s).`,
)
if (typeof args.manifest === 'string') {
  fs.mkdirSync(path.dirname(args.manifest), { recursive: true })
  fs.writeFileSync(args.manifest, JSON.stringify(manifest, null, 2))
}
await closePayload(payload)
process.exit(0)
