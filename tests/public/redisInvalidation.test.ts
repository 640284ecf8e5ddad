import os from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'

import { getPayload, type Payload } from 'payload'
import supertest from 'supertest'

import { buildAppConfig } from '../../demo/appConfig.js'
import { publicApiRuntime } from '../../src/public/http/publicApiRuntime.js'
import { closePayload } from '../../demo/database/closePayload.js'
import { createExpressApp } from '../../src/express/index.js'
import { TEST_DATABASES, throwawayDatabase, type ThrowawayDatabase } from '../helpers/databases.js'
import { describeWithRedis, TEST_REDIS_URL as REDIS_URL } from '../helpers/redis.js'
import { listen } from './helpers/listen.js'
import { PREFIX } from './helpers/publicClient.js'

interface Instance {
  payload: Payload
  http: ReturnType<typeof supertest>
  close: () => Promise<void>
}

/** Two server instances on one database with the cache on; `redis` or not. */
async function startInstance(
  url: string,
  name: string,
  redisChannel: string | null,
): Promise<Instance> {
  const key = `redis-test-${name}-${randomUUID()}`
  const config = buildAppConfig({
    databaseUrl: url,
    secret: 'redis-test-secret',
    newsroom: {
      publicApi: {
        cache: true,
        redisUrl: redisChannel ? REDIS_URL : null,
        redisChannel: redisChannel ?? undefined,
      },
    },
  })
  const payload = await getPayload({ config, key })
  const server = await listen(createExpressApp(payload, { payloadInstanceCacheKey: key }))
  return { payload, close: server.close, http: supertest(server.url) }
}

describeWithRedis.each(TEST_DATABASES)(
  'cache invalidation across instances through Redis on %s',
  (database) => {
    let db: ThrowawayDatabase
    let a: Instance
    let b: Instance
    let lonely: Instance
    let storyId: number | string
    let editor: { id: number | string; collection: string }
    let reviewer: { id: number | string; collection: string }

    beforeAll(async () => {
      db =
        database === 'sqlite'
          ? {
              url: `file:${path.join(os.tmpdir(), `newsroom-redis-${randomUUID()}.db`)}`,
              drop: async () => {},
            }
          : await throwawayDatabase(database)
      // A channel of its own: other test runs on this machine share the Redis server.
      const channel = `newsroom-test:${randomUUID()}`
      a = await startInstance(db.url, 'a', channel)
      b = await startInstance(db.url, 'b', channel)
      lonely = await startInstance(db.url, 'without-redis', null)
      const user = async (email: string, roles: string[]) =>
        ({
          ...(await a.payload.create({
            collection: 'users',
            data: { email, password: 'pw-123456', roles } as never,
            overrideAccess: true,
          })),
          collection: 'users',
        }) as { id: number | string; collection: string }
      editor = await user('editor@redis.test', ['editor'])
      reviewer = await user('reviewer@redis.test', ['reviewer'])
      const story = await a.payload.create({
        collection: 'stories',
        data: { title: 'Two instances', _status: 'published' } as never,
        user: editor,
        overrideAccess: true,
      })
      storyId = story.id
    })
    afterAll(async () => {
      for (const i of [a, b, lonely]) {
        if (!i) continue
        await i.close()
        await closePayload(i.payload)
      }
      await db?.drop()
    })

    const approveClaim = async (phrase: string) => {
      const claim = await a.payload.create({
        collection: 'claims',
        data: {
          story: storyId,
          kind: 'figure',
          statement: phrase,
          phrase,
          metric: 'count',
          reviewState: 'pending',
        } as never,
        user: editor,
        overrideAccess: true,
      })
      await a.payload.update({
        collection: 'claims',
        id: claim.id,
        data: { reviewState: 'approved' } as never,
        user: reviewer,
        overrideAccess: true,
      })
    }
    const phrases = async (i: Instance) => {
      const res = await i.http.get(`${PREFIX}/stories/two-instances`)
      // Anything but a story names what came instead, so a failure says what the instance answered.
      if (res.status !== 200 || !Array.isArray(res.body.claims))
        throw new Error(`GET story: ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`)
      return (res.body.claims as { figure: { phrase: string } }[]).map((c) => c.figure.phrase)
    }
    const eventually = async (check: () => Promise<boolean>, ms = 3000) => {
      const until = Date.now() + ms
      while (Date.now() < until) {
        if (await check()) return true
        await new Promise((r) => setTimeout(r, 25))
      }
      return false
    }

    it('shows a claim approved on one instance on the other, whose cache held the old answer', async () => {
      await approveClaim('12 people')
      // The cache is bypassed until the subscription stands.
      for (const i of [a, b])
        expect(await eventually(async () => publicApiRuntime(i.payload)?.cache != null)).toBe(true)
      // Both instances cache the story with one claim.
      for (const i of [a, b, lonely]) expect(await phrases(i)).toEqual(['12 people'])
      for (const i of [a, b, lonely]) expect(await phrases(i)).toEqual(['12 people'])

      expect(publicApiRuntime(b.payload)?.cache?.size).toBe(1)
      await approveClaim('about 15 people')
      expect(await phrases(a)).toEqual(['12 people', 'about 15 people'])
      expect(await eventually(async () => (await phrases(b)).length === 2)).toBe(true)
      // Without Redis an instance keeps serving what it cached: the bus is what keeps b correct.
      expect(await phrases(lonely)).toEqual(['12 people'])
    })

    it('serves uncached, and starts, while Redis cannot be reached', async () => {
      const key = `redis-test-down-${randomUUID()}`
      const config = buildAppConfig({
        databaseUrl: db.url,
        secret: 'redis-test-secret',
        logLevel: 'silent',
        newsroom: { publicApi: { cache: true, redisUrl: 'redis://127.0.0.1:1' } },
      })
      const payload = await getPayload({ config, key })
      const server = await listen(createExpressApp(payload, { payloadInstanceCacheKey: key }))
      try {
        const res = await supertest(server.url).get(`${PREFIX}/stories/two-instances`)
        expect(res.status).toBe(200)
        expect(publicApiRuntime(payload)?.cache).toBeNull()
      } finally {
        await server.close()
        await closePayload(payload)
      }
    })
  },
)
