import os from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'

import { getPayload, type Payload } from 'payload'

import { buildAppConfig } from '../../demo/appConfig.js'
import { closePayload } from '../../demo/database/closePayload.js'
import { createExpressApp } from '../../src/express/index.js'
import { TEST_DATABASES, throwawayDatabase, type ThrowawayDatabase } from '../helpers/databases.js'
import { listen } from '../public/helpers/listen.js'
import { openSse } from './helpers/sseClient.js'

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

/** A server instance; the log is read only every minute, so a prompt event came through Redis. */
async function startInstance(url: string, channel: string) {
  const key = `live-redis-${randomUUID()}`
  const config = buildAppConfig({
    databaseUrl: url,
    secret: 'live-redis-secret',
    logLevel: 'warn',
    newsroom: {
      publicApi: { redisUrl: REDIS_URL, redisChannel: channel },
      live: { pollSeconds: 60 },
    },
  })
  const payload = await getPayload({ config, key })
  const server = await listen(createExpressApp(payload, { payloadInstanceCacheKey: key }))
  return {
    payload,
    url: server.url,
    close: async () => (await server.close(), await closePayload(payload)),
  }
}

describe.each(TEST_DATABASES)('live events across instances through Redis on %s', (database) => {
  let db: ThrowawayDatabase
  let a: Awaited<ReturnType<typeof startInstance>>
  let b: Awaited<ReturnType<typeof startInstance>>

  beforeAll(async () => {
    db =
      database === 'sqlite'
        ? {
            url: `file:${path.join(os.tmpdir(), `newsroom-live-redis-${randomUUID()}.db`)}`,
            drop: async () => {},
          }
        : await throwawayDatabase(database)
    // A channel of its own: other test runs on this machine share the Redis server.
    const channel = `newsroom-test:${randomUUID()}`
    a = await startInstance(db.url, channel)
    b = await startInstance(db.url, channel)
  })
  afterAll(async () => {
    await a.close()
    await b.close()
    await db.drop()
  })

  const user = (payload: Payload, email: string, roles: string[]) =>
    payload.create({
      collection: 'users',
      data: { email, password: 'pw-123456', roles } as never,
      overrideAccess: true,
    })

  it('an approval on one instance reaches a subscriber of the other', async () => {
    const editor = await user(a.payload, 'editor@live.test', ['editor'])
    const reviewer = await user(a.payload, 'reviewer@live.test', ['reviewer'])
    const story = await a.payload.create({
      collection: 'stories',
      data: { title: 'Across', slug: 'across', state: 'developing', _status: 'published' },
      overrideAccess: true,
    })
    const claim = await a.payload.create({
      collection: 'claims',
      data: {
        story: story.id,
        kind: 'statement',
        statement: 'The bridge held.',
        reviewState: 'pending',
      },
      user: editor,
      overrideAccess: true,
    })
    // Give B's subscription a moment to be in place on Redis.
    await new Promise((r) => setTimeout(r, 300))
    const onB = await openSse(`${b.url}/api/public/stories/across/events`)
    expect(onB.status).toBe(200)
    await a.payload.update({
      collection: 'claims',
      id: claim.id,
      data: { reviewState: 'approved' },
      user: reviewer,
      overrideAccess: true,
    })
    const [event] = await onB.waitFor(1, 5000)
    expect(JSON.parse(event.data)).toMatchObject({
      type: 'claim.approved',
      claim: { id: claim.id, statement: 'The bridge held.' },
    })
    onB.close()
  })
})
