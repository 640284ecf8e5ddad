import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'

import { closePayload } from '../../demo/database/closePayload.js'
import { buildAppConfig, type AppConfigOptions } from '../../demo/appConfig.js'
import { createExpressApp } from '../../src/express/index.js'
import { listen } from '../public/helpers/listen.js'
import { throwawayDatabase, type TestDatabase } from './databases.js'
import {
  expressRestClient,
  nextRestClient,
  type ApiResponse,
  type RestClient,
} from './restClient.js'

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

/**
 * Which host serves `as(...)`: `next` calls the REST route handlers of `@payloadcms/next/routes` as a
 * Next.js Payload app does; `express` goes through the Express host (its bridge and cache shortcut).
 */
export type TestHost = 'next' | 'express'

export interface TestNewsroom {
  payload: Payload
  host: TestHost
  /** The Express host of the same instance, for what only it does (HEAD, its cache shortcut). */
  app: ReturnType<typeof createExpressApp>
  /** Every request the suite made that got a 5xx: a suite asserts this stays empty. */
  serverErrors: string[]
  users: Record<TestUser, { id: number | string }>
  /** Requests as that user (a real login, a real JWT), on the newsroom's host or the one named. */
  as: (
    actor: Actor,
    via?: TestHost,
  ) => {
    get: (url: string, headers?: Record<string, string>) => Promise<ApiResponse>
    /** A string body is sent as it is (with the Content-Type given in `headers`). */
    post: (
      url: string,
      body?: object | string,
      headers?: Record<string, string>,
    ) => Promise<ApiResponse>
    /** A POST with no body at all (no Content-Type either). */
    postEmpty: (url: string, headers?: Record<string, string>) => Promise<ApiResponse>
    patch: (url: string, body: object, headers?: Record<string, string>) => Promise<ApiResponse>
    delete: (url: string) => Promise<ApiResponse>
  }
  stop: () => Promise<void>
}

/** The one instance a file may serve through Next's handlers at a time (they use the default key). */
let nextHosted: Payload | null = null

/**
 * A whole newsroom app (Payload, plugin, a host) on a fresh database, with one user per role. Next's
 * route handlers serve whatever `getPayload` keeps under its default key, as in a real Next app: one
 * Next-hosted newsroom at a time in a test file (Jest gives each file its own).
 */
export async function startNewsroom(
  database: TestDatabase,
  options: Omit<AppConfigOptions, 'databaseUrl'> & {
    host?: TestHost
    /** How the app reaches its throwaway database (e.g. through a TCP proxy the test can cut). */
    databaseUrl?: (url: string) => string
    /** Real transactions on SQLite too: a file database (in-memory SQLite has none), removed at stop. */
    transactional?: boolean
  } = {},
): Promise<TestNewsroom> {
  const { host = 'next', transactional = false, ...appOptions } = options
  const sqliteDir =
    transactional && database === 'sqlite'
      ? fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-transactional-'))
      : null
  const databaseUrl =
    options.databaseUrl ??
    (sqliteDir ? () => `file:${path.join(sqliteDir, 'newsroom.db')}` : (url: string) => url)
  if (host === 'next' && nextHosted)
    throw new Error('Another Next-hosted newsroom is running in this file: stop it first.')
  const db = await throwawayDatabase(database)
  const key = host === 'next' ? undefined : `test-${database}-${process.pid}-${instances++}`
  const config = buildAppConfig({
    logLevel: 'warn',
    ...appOptions,
    databaseUrl: databaseUrl(db.url),
    secret: `secret-${database}-${process.pid}-${instances++}`,
  })
  const payload = await getPayload({ config, key })
  if (host === 'next') nextHosted = payload
  const app = createExpressApp(payload, { payloadInstanceCacheKey: key })
  const serverErrors: string[] = []
  // On one address: the public API caches per host, and supertest given an app takes a new port each time.
  const server = host === 'express' ? await listen(app) : null
  const clients: Record<TestHost, RestClient> = {
    next: nextRestClient(payload.config),
    express: expressRestClient(server?.url ?? app),
  }
  const on =
    (via: TestHost): RestClient =>
    async (method, url, init) => {
      const res = await clients[via](method, url, init)
      if (res.status >= 500) serverErrors.push(`${method} ${url} → ${res.status}`)
      return res
    }

  const users = {} as TestNewsroom['users']
  const tokens = {} as Record<TestUser, string>
  for (const [name, roles] of Object.entries(TEST_USERS) as [TestUser, readonly string[]][]) {
    const email = `${name}@test.newsroom`
    users[name] = await payload.create({
      collection: 'users',
      data: { email, password: PASSWORD, roles: [...roles] } as never,
      overrideAccess: true,
    })
    const res = await on(host)('POST', '/api/users/login', { body: { email, password: PASSWORD } })
    if (res.status !== 200)
      throw new Error(`login failed for ${name}: ${res.status} ${JSON.stringify(res.body)}`)
    tokens[name] = res.body.token
  }

  const as: TestNewsroom['as'] = (actor, via = host) => {
    const http = on(via)
    const auth = (headers: Record<string, string> = {}) =>
      actor === 'anonymous' ? headers : { ...headers, Authorization: `JWT ${tokens[actor]}` }
    return {
      get: (url, headers) => http('GET', url, { headers: auth(headers) }),
      post: (url, body, headers) => http('POST', url, { headers: auth(headers), body: body ?? {} }),
      postEmpty: (url, headers) => http('POST', url, { headers: auth(headers) }),
      patch: (url, body, headers) => http('PATCH', url, { headers: auth(headers), body }),
      delete: (url) => http('DELETE', url, { headers: auth() }),
    }
  }

  return {
    payload,
    host,
    app,
    serverErrors,
    users,
    as,
    stop: async () => {
      await server?.close()
      await closePayload(payload)
      if (host === 'next') {
        // getPayload would hand the next suite this closed instance: forget it, as a restarted app does.
        ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete('default')
        nextHosted = null
      }
      await db.drop()
      if (sqliteDir) fs.rmSync(sqliteDir, { recursive: true, force: true })
    },
  }
}
