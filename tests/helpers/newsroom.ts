import express from 'express'
import { getPayload, type Payload } from 'payload'
import supertest from 'supertest'

import { closePayload } from '../../src/database/closePayload.js'
import { buildAppConfig, type AppConfigOptions } from '../../src/appConfig.js'
import { createExpressApp } from '../../src/express/index.js'
import { throwawayDatabase, type TestDatabase } from './databases.js'

export const TEST_USERS = {
  admin: ['admin'],
  editor: ['editor'],
  editor2: ['editor'],
  reviewer: ['reviewer'],
  reviewer2: ['reviewer'],
  /** Small newsrooms give one person both roles: the four-eyes rule must still hold. */
  editorReviewer: ['editor', 'reviewer'],
} as const
export type TestUser = keyof typeof TEST_USERS
export type Actor = TestUser | 'anonymous'

const PASSWORD = 'test-password-1'
let instances = 0

export interface TestNewsroom {
  payload: Payload
  app: ReturnType<typeof createExpressApp>
  /** Every request the suite made that got a 5xx: a suite asserts this stays empty. */
  serverErrors: string[]
  users: Record<TestUser, { id: number | string }>
  /** A supertest request as that user (a real login, a real JWT). */
  as: (actor: Actor) => {
    get: (url: string) => supertest.Test
    post: (url: string, body?: object) => supertest.Test
    patch: (url: string, body: object) => supertest.Test
    delete: (url: string) => supertest.Test
  }
  stop: () => Promise<void>
}

/** A whole newsroom app (Payload, plugin, Express) on a fresh database, with one user per role. */
export async function startNewsroom(
  database: TestDatabase,
  options: Omit<AppConfigOptions, 'databaseUrl'> = {},
): Promise<TestNewsroom> {
  const db = await throwawayDatabase(database)
  const key = `test-${database}-${process.pid}-${instances++}`
  const config = buildAppConfig({
    logLevel: 'warn',
    ...options,
    databaseUrl: db.url,
    secret: `secret-${key}`,
  })
  const payload = await getPayload({ config, key })
  const app = createExpressApp(payload, { payloadInstanceCacheKey: key })
  const serverErrors: string[] = []
  const recorded = express()
  recorded.use((req, res, next) => {
    res.on('finish', () => {
      if (res.statusCode >= 500)
        serverErrors.push(`${req.method} ${req.originalUrl} → ${res.statusCode}`)
    })
    next()
  })
  recorded.use(app)
  const http = supertest(recorded)

  const users = {} as TestNewsroom['users']
  const tokens = {} as Record<TestUser, string>
  for (const [name, roles] of Object.entries(TEST_USERS) as [TestUser, readonly string[]][]) {
    const email = `${name}@test.newsroom`
    users[name] = await payload.create({
      collection: 'users',
      data: { email, password: PASSWORD, roles: [...roles] } as never,
      overrideAccess: true,
    })
    const res = await http.post('/api/users/login').send({ email, password: PASSWORD })
    if (res.status !== 200)
      throw new Error(`login failed for ${name}: ${res.status} ${JSON.stringify(res.body)}`)
    tokens[name] = res.body.token
  }

  const as: TestNewsroom['as'] = (actor) => {
    const auth = <T extends supertest.Test>(t: T): T =>
      actor === 'anonymous' ? t : (t.set('Authorization', `JWT ${tokens[actor]}`) as T)
    return {
      get: (url) => auth(http.get(url)),
      post: (url, body) => auth(http.post(url)).send(body ?? {}),
      patch: (url, body) => auth(http.patch(url)).send(body),
      delete: (url) => auth(http.delete(url)),
    }
  }

  return {
    payload,
    app,
    serverErrors,
    users,
    as,
    stop: async () => {
      await closePayload(payload)
      await db.drop()
    },
  }
}
