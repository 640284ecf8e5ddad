import fs from 'node:fs'

import { getPayload } from 'payload'

import { buildAppConfig } from '../../src/appConfig.js'
import { closePayload } from '../../src/database/closePayload.js'
import { TEST_DATABASES, throwawayDatabase } from '../helpers/databases.js'

/**
 * Production never pushes the schema: a fresh database gets exactly the committed migrations. If the
 * collections change without a new migration, writing a full claim here fails.
 */
describe.each(TEST_DATABASES)('committed migrations on %s', (database) => {
  it('build the whole schema on a fresh database in production mode', async () => {
    const db = await throwawayDatabase(database)
    const file = `/tmp/newsroom-migrations-${process.pid}.db`
    fs.rmSync(file, { force: true })
    const url = database === 'sqlite' ? `file:${file}` : db.url
    const previous = process.env.NODE_ENV
    Object.assign(process.env, { NODE_ENV: 'production' })
    const config = buildAppConfig({ databaseUrl: url, secret: 'migrations-test' })
    const payload = await getPayload({ config, key: `migrations-${database}` })
    Object.assign(process.env, { NODE_ENV: previous })
    try {
      const ran = await payload.find({ collection: 'payload-migrations', overrideAccess: true })
      expect(ran.totalDocs).toBeGreaterThanOrEqual(1)
      const editor = await payload.create({
        collection: 'users',
        data: { email: 'e@m.test', password: 'pw-123456', roles: ['editor'] },
        overrideAccess: true,
      })
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
    } finally {
      await closePayload(payload)
      await db.drop()
      fs.rmSync(file, { force: true })
    }
  })
})
