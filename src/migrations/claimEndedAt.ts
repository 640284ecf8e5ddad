import { collectionTables } from './tableNames.js'

/**
 * 0.1 → 0.2 data change: claims retracted or superseded before `endedAt` existed get it from their review
 * history (the time of their last `retract` or `supersede` entry), on the claims and on their versions.
 * The column itself comes from your own `payload migrate:create`; run this after it, in the same migration.
 */
export type SqlDialect = 'sqlite' | 'postgres'

const quote = (dialect: SqlDialect, name: string) => (dialect === 'sqlite' ? `\`${name}\`` : `"${name}"`)

/**
 * The SQL statements that fill `endedAt`, for the claims collection's slug (default `claims`). Run each
 * with the migration's `db` and the adapter's `sql`: `db.run(sql.raw(s))` (SQLite) or
 * `db.execute(sql.raw(s))` (PostgreSQL).
 */
export function claimEndedAtStatements(
  dialect: SqlDialect,
  slugs: { claims?: string } = {},
): string[] {
  const q = (name: string) => quote(dialect, name)
  const tables = collectionTables(slugs.claims ?? 'claims')
  const history = tables.array('reviewHistory')
  // PostgreSQL keeps select options as enums: compare them as text.
  const asText = dialect === 'postgres' ? '::text' : ''
  const fill = (table: string, historyTable: string, column: string, stateColumn: string) => `
UPDATE ${q(table)} SET ${q(column)} = (
  SELECT max(h.${q('at')}) FROM ${q(historyTable)} h
  WHERE h.${q('_parent_id')} = ${q(table)}.${q('id')}
    AND h.${q('action')}${asText} = CASE ${q(table)}.${q(stateColumn)}${asText} WHEN 'retracted' THEN 'retract' ELSE 'supersede' END)
WHERE ${q(stateColumn)}${asText} IN ('retracted', 'superseded') AND ${q(column)} IS NULL`
  return [
    fill(tables.main, history.main, 'ended_at', 'public_state'),
    fill(tables.versions, history.versions, 'version_ended_at', 'version_public_state'),
  ]
}

interface MongoModel {
  updateMany: (filter: object, update: object[], options?: object) => Promise<unknown>
}

/** The MongoDB equivalent, for a `@payloadcms/db-mongodb` migration's `up({ payload, session })`. */
export async function fillClaimEndedAtMongo(
  { payload, session }: { payload: { db: unknown }; session?: unknown },
  slugs: { claims?: string } = {},
): Promise<void> {
  const slug = slugs.claims ?? 'claims'
  const db = payload.db as {
    name?: string
    collections?: Record<string, MongoModel>
    versions?: Record<string, MongoModel>
  }
  const claims = db.collections?.[slug]
  const versions = db.versions?.[slug]
  if (!claims || !versions)
    throw new Error(`fillClaimEndedAtMongo: no MongoDB collection "${slug}" (is this the mongoose adapter?)`)
  const endedAt = (prefix: string) => ({
    $max: {
      $map: {
        input: {
          $filter: {
            input: `$${prefix}reviewHistory`,
            cond: {
              $eq: [
                '$$this.action',
                { $cond: [{ $eq: [`$${prefix}publicState`, 'retracted'] }, 'retract', 'supersede'] },
              ],
            },
          },
        },
        in: '$$this.at',
      },
    },
  })
  const options = session ? { session } : {}
  await claims.updateMany(
    { publicState: { $in: ['retracted', 'superseded'] }, endedAt: null },
    [{ $set: { endedAt: endedAt('') } }],
    options,
  )
  await versions.updateMany(
    { 'version.publicState': { $in: ['retracted', 'superseded'] }, 'version.endedAt': null },
    [{ $set: { 'version.endedAt': endedAt('version.') } }],
    options,
  )
}
