import fs from 'node:fs'

import { getPayload, type Payload } from 'payload'

import { migrations as postgresMigrations } from '../../migrations/postgres/index.js'
import { migrations as sqliteMigrations } from '../../migrations/sqlite/index.js'
import { buildAppConfig } from '../../demo/appConfig.js'
import { closePayload } from '../../demo/database/closePayload.js'
import { TEST_DATABASES, throwawayDatabase } from '../helpers/databases.js'

/**
 * Production never pushes the schema: a fresh database gets exactly the committed migrations. If the
 * collections change without a new migration, writing a full claim here fails.
 */
describe.each(TEST_DATABASES)('committed migrations on %s', (database) => {
  /** A production-mode Payload on a fresh database (the migrations run at start), closed afterwards. */
  async function withMigratedPayload(key: string, run: (payload: Payload) => Promise<void>) {
    const db = await throwawayDatabase(database)
    const file = `/tmp/newsroom-${key}-${process.pid}.db`
    fs.rmSync(file, { force: true })
    const url = database === 'sqlite' ? `file:${file}` : db.url
    const previous = process.env.NODE_ENV
    Object.assign(process.env, { NODE_ENV: 'production' })
    const config = buildAppConfig({ databaseUrl: url, secret: 'migrations-test' })
    const payload = await getPayload({ config, key: `${key}-${database}` })
    Object.assign(process.env, { NODE_ENV: previous })
    try {
      await run(payload)
    } finally {
      await closePayload(payload)
      await db.drop()
      fs.rmSync(file, { force: true })
    }
  }

  const createUser = (payload: Payload, email: string, role: 'editor' | 'reviewer') =>
    payload.create({
      collection: 'users',
      data: { email, password: 'pw-123456', roles: [role] },
      overrideAccess: true,
    })

  it('build the whole schema on a fresh database in production mode', () =>
    withMigratedPayload('migrations', async (payload) => {
      const ran = await payload.find({ collection: 'payload-migrations', overrideAccess: true })
      expect(ran.totalDocs).toBeGreaterThanOrEqual(1)
      const editor = await createUser(payload, 'e@m.test', 'editor')
      const story = await payload.create({
        collection: 'stories',
        data: { title: 'Migrated', slug: 'migrated', state: 'developing', _status: 'published' },
        overrideAccess: true,
      })
      const source = await payload.create({
        collection: 'sources',
        data: { name: 'Police', kind: 'police', aliases: ['the police'] },
        overrideAccess: true,
      })
      const claim = await payload.create({
        collection: 'claims',
        data: {
          story: story.id,
          kind: 'figure',
          statement: 'Police counted them.',
          phrase: 'at least 12 people',
          source: source.id,
          via: [source.id],
          evidence: [{ url: 'https://example.org/a' }],
          reviewState: 'pending',
        },
        user: editor,
        overrideAccess: true,
      })
      expect(claim).toMatchObject({ value: 12, reviewState: 'pending' })
      expect(claim.reviewHistory).toHaveLength(1)
    }))

  it('fill in when claims already retracted or superseded ended, from their review history', () =>
    withMigratedPayload('ended-at', async (payload) => {
      const editor = await createUser(payload, 'e@m.test', 'editor')
      const reviewer = await createUser(payload, 'r@m.test', 'reviewer')
      const story = await payload.create({
        collection: 'stories',
        data: { title: 'Ended', slug: 'ended', state: 'developing', _status: 'published' },
        overrideAccess: true,
      })
      const approved = async (statement: string, supersedes?: number) => {
        const { id } = await payload.create({
          collection: 'claims',
          data: {
            story: story.id,
            kind: 'statement',
            statement,
            supersedes,
            reviewState: 'pending',
          },
          user: editor,
          overrideAccess: true,
        })
        return payload.update({
          collection: 'claims',
          id,
          data: { reviewState: 'approved' },
          user: reviewer,
          overrideAccess: true,
        })
      }
      const retracted = await approved('It was a drill.')
      await payload.update({
        collection: 'claims',
        id: retracted.id,
        data: { reviewState: 'retracted', reviewNote: 'It was not.' },
        user: reviewer,
        overrideAccess: true,
      })
      const superseded = await approved('Two trains were stopped.')
      await approved('One train was stopped.', superseded.id)
      const endedAt = async () =>
        Promise.all(
          [retracted.id, superseded.id].map(async (id) => {
            const claim = await payload.findByID({ collection: 'claims', id, overrideAccess: true })
            const { docs } = await payload.findVersions({
              collection: 'claims',
              where: { parent: { equals: id } },
              sort: '-updatedAt',
              limit: 1,
              overrideAccess: true,
            })
            return [claim.publicState, claim.endedAt, docs[0]?.version.endedAt]
          }),
        )
      const before = await endedAt()
      expect(before.map(([state]) => state)).toEqual(['retracted', 'superseded'])
      for (const [, stored, versioned] of before) {
        expect(typeof stored).toBe('string')
        expect(versioned).toBe(stored)
      }

      // Drop the column and add it back: the migration rebuilds it from the review history alone.
      const migration = (database === 'sqlite' ? sqliteMigrations : postgresMigrations).find((m) =>
        m.name.endsWith('_claim_ended_at'),
      )
      if (!migration) throw new Error('no claim_ended_at migration')
      const args = { db: (payload.db as unknown as { drizzle: never }).drizzle, payload, req: {} }
      await migration.down(args as never)
      await migration.up(args as never)
      expect(await endedAt()).toEqual(before)
    }))

  it('fill in what the public calls each source that existed before the public name', () =>
    withMigratedPayload('public-name', async (payload) => {
      const named = await payload.create({
        collection: 'sources',
        data: { name: 'Reuters', kind: 'wireAgency' },
        overrideAccess: true,
      })
      const hidden = await payload.create({
        collection: 'sources',
        data: {
          name: 'Major Q',
          kind: 'military',
          anonymous: true,
          publicDescription: 'a security official',
          anonymityReason: 'Not authorised.',
          positionToKnow: 'On the scene.',
        },
        overrideAccess: true,
      })
      const publicNames = async () =>
        Promise.all(
          [named.id, hidden.id].map(
            async (id) =>
              (await payload.findByID({ collection: 'sources', id, overrideAccess: true }))
                .publicName,
          ),
        )
      expect(await publicNames()).toEqual(['Reuters', 'a security official'])
      const migration = (database === 'sqlite' ? sqliteMigrations : postgresMigrations).find((m) =>
        m.name.endsWith('_source_public_name_login_throttle'),
      )
      const lockColumns = (database === 'sqlite' ? sqliteMigrations : postgresMigrations).find(
        (m) => m.name.endsWith('_users_lock_columns'),
      )
      if (!migration || !lockColumns) throw new Error('no source_public_name migration')
      const args = { db: (payload.db as unknown as { drizzle: never }).drizzle, payload, req: {} }
      // Back to before the public name (the later lock-columns migration first), and forward again.
      await lockColumns.down(args as never)
      await migration.down(args as never)
      await migration.up(args as never)
      await lockColumns.up(args as never)
      expect(await publicNames()).toEqual(['Reuters', 'a security official'])
    }))
})
