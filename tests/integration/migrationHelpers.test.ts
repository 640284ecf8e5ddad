import { sql as postgresSql } from '@payloadcms/db-postgres'
import { sql as sqliteSql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { claimEndedAtStatements, collectionTables } from '../../src/migrations/index.js'
import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'

const CLAIMS = 'newsroom-claims'

/** Runs raw SQL on the adapter Payload holds, as a migration's `db` would. */
function runSql(payload: Payload, dialect: 'sqlite' | 'postgres', statement: string) {
  const db = (
    payload.db as unknown as { drizzle: Record<string, (q: unknown) => Promise<unknown>> }
  ).drizzle
  return dialect === 'sqlite'
    ? db.run(sqliteSql.raw(statement))
    : db.execute(postgresSql.raw(statement))
}

describe('table names for a slug', () => {
  it('follow Payload’s snake_case naming', () => {
    const tables = collectionTables('newsroom-claims')
    expect(tables.main).toBe('newsroom_claims')
    expect(tables.versions).toBe('_newsroom_claims_v')
    expect(tables.array('reviewHistory')).toEqual({
      main: 'newsroom_claims_review_history',
      versions: '_newsroom_claims_v_version_review_history',
    })
    expect(collectionTables('newsClaims').main).toBe('news_claims')
  })
})

describe.each(TEST_DATABASES)('the endedAt helper with a custom claims slug on %s', (database) => {
  let n: TestNewsroom
  beforeAll(async () => {
    n = await startNewsroom(database, { newsroom: { slugs: { claims: CLAIMS } } })
  })
  afterAll(() => n?.stop())

  it('fills endedAt of a retracted claim from its review history', async () => {
    const { payload, users } = n
    const story = await payload.create({
      collection: 'stories',
      data: { title: 'Ended', slug: 'ended', state: 'developing', _status: 'published' },
      overrideAccess: true,
    })
    const claim = await payload.create({
      collection: CLAIMS as 'claims',
      data: {
        story: story.id,
        kind: 'statement',
        statement: 'It was a drill.',
        reviewState: 'pending',
      },
      user: users.editor,
      overrideAccess: true,
    })
    const reviewer = await payload.findByID({ collection: 'users', id: users.reviewer.id })
    for (const data of [
      { reviewState: 'approved' as const },
      { reviewState: 'retracted' as const, reviewNote: 'It was not.' },
    ])
      await payload.update({ collection: CLAIMS as 'claims', id: claim.id, data, user: reviewer })
    const read = () =>
      payload.findByID({ collection: CLAIMS as 'claims', id: claim.id, overrideAccess: true })
    const before = (await read()).endedAt
    expect(typeof before).toBe('string')

    const tables = collectionTables(CLAIMS)
    await runSql(payload, database, `UPDATE ${tables.main} SET ended_at = NULL`)
    await runSql(payload, database, `UPDATE ${tables.versions} SET version_ended_at = NULL`)
    expect((await read()).endedAt ?? null).toBeNull()

    for (const statement of claimEndedAtStatements(database, { claims: CLAIMS }))
      await runSql(payload, database, statement)
    expect((await read()).endedAt).toBe(before)
  })
})
