import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type Actor, type TestNewsroom } from '../helpers/newsroom.js'
import type { ApiResponse } from '../helpers/restClient.js'

/**
 * Each class of bad input that once answered 500 (issue #12's fuzzing), on Payload's own REST routes
 * and the plugin's: the answer is a 4xx, never a 5xx.
 */
const deepJson = '['.repeat(20_000) + ']'.repeat(20_000)

type Probe = [string, Actor, (n: TestNewsroom, as: Actor) => Promise<ApiResponse>]
const PROBES: Probe[] = [
  ['a non-numeric id', 'anonymous', (n, as) => n.as(as).get('/api/sources/abc')],
  ['a non-numeric id (staff)', 'editor', (n, as) => n.as(as).get('/api/claims/abc')],
  ['a NUL in an id', 'anonymous', (n, as) => n.as(as).get('/api/stories/%00')],
  [
    'body null',
    'editor',
    (n, as) => n.as(as).post('/api/sources', 'null', { 'Content-Type': 'application/json' }),
  ],
  [
    'a multipart body that does not parse',
    'editor',
    (n, as) =>
      n.as(as).post('/api/sources', '--x\r\nbroken', {
        'Content-Type': 'multipart/form-data; boundary=x',
      }),
  ],
  // Payload's multipart reader calls a Content-Type without a boundary "not eligible", a 500.
  ...(
    [
      ['POST', '/api/claims', 'editor'],
      ['PATCH', '/api/sources/', 'editor'],
      ['POST', '/api/users/login', 'anonymous'],
      ['POST', '/api/users/first-register', 'anonymous'],
    ] as const
  ).map(([method, url, actor]): Probe => [
    `multipart with no boundary (${method} ${url})`,
    actor,
    (n, as) =>
      method === 'POST'
        ? n.as(as).post(url, 'email=x', { 'Content-Type': 'multipart/form-data' })
        : n.as(as).patch(url, 'email=x' as never, { 'Content-Type': 'multipart/form-data' }),
  ]),
  // Collections Payload adds after every plugin (preferences) once took a body they could not read
  // as JSON (seed 885366657) to a 500.
  [
    'a merge-patch body to the preferences',
    'editor',
    (n, as) =>
      n.as(as).post('/api/payload-preferences', '{"key":"x","value":1}', {
        'Content-Type': 'application/merge-patch+json',
      }),
  ],
  [
    'a text body to the locked documents',
    'editor',
    (n, as) =>
      n.as(as).post('/api/payload-locked-documents', 'x', { 'Content-Type': 'text/plain' }),
  ],
  [
    'an urlencoded body',
    'editor',
    (n, as) =>
      n.as(as).post('/api/sources', 'name=x&kind=government', {
        'Content-Type': 'application/x-www-form-urlencoded',
      }),
  ],
  [
    'an operator invalid for the field',
    'anonymous',
    (n, as) => n.as(as).get('/api/claims?where[story][all]=1'),
  ],
  [
    'a non-number in an id list (versions)',
    'editor',
    (n, as) => n.as(as).get('/api/claims/versions?where[id][not_in]=null'),
  ],
  [
    'a non-number in an id list',
    'anonymous',
    (n, as) => n.as(as).get('/api/sources?where[id][in]=null'),
  ],
  ['limit given twice', 'anonymous', (n, as) => n.as(as).get('/api/sources?limit=1&limit=2')],
  ['where=x', 'anonymous', (n, as) => n.as(as).get('/api/claims?where=x')],
  [
    'a boolean for a date',
    'anonymous',
    (n, as) => n.as(as).get('/api/stories?where[createdAt][greater_than_equal]=true'),
  ],
  [
    'contains on a date',
    'editor',
    (n, as) => n.as(as).get('/api/newsroom-events?where[updatedAt][contains]=true'),
  ],
  [
    'like on a version date',
    'editor',
    (n, as) => n.as(as).get('/api/claims/versions?where[version.createdAt][like]=x'),
  ],
  ['where on _id', 'anonymous', (n, as) => n.as(as).get('/api/sources?where[_id][equals]=1')],
  ['verify with a bad token', 'anonymous', (n, as) => n.as(as).postEmpty('/api/users/verify/x')],
  ['POST to a version', 'editor', (n, as) => n.as(as).post('/api/sources/versions/1', {})],
  ['an action on id abc', 'reviewer', (n, as) => n.as(as).postEmpty('/api/claims/abc/approve')],
  ['a public story slug with NUL', 'anonymous', (n, as) => n.as(as).get('/api/public/stories/%00')],
  [
    '20,000-deep JSON',
    'editor',
    (n, as) => n.as(as).post('/api/sources', deepJson, { 'Content-Type': 'application/json' }),
  ],
  // Payload's own 501 for a route no collection takes; mapped by the Express host only (see README).
  [
    'the migrations collection (Express host)',
    'anonymous',
    (n, as) => n.as(as, 'express').get('/api/payload-migrations'),
  ],
]

describe.each(TEST_DATABASES)('bad input on %s', (database) => {
  let n: TestNewsroom
  beforeAll(async () => {
    n = await startNewsroom(database)
  })
  afterAll(async () => {
    await n.stop()
  })

  it.each(PROBES)('answers %s with a 4xx (as %s)', async (_name, as, probe) => {
    const res = await probe(n, as)
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    // A 400 says what was wrong, in more than its status.
    if (res.status === 400)
      expect(String(res.body?.errors?.[0]?.message ?? res.body?.detail ?? '')).toMatch(/\w{4,} \w+/)
  })

  // Payload's own answer, which no plugin can change: its migrations collection has `endpoints: false`
  // (added by sanitizeConfig after every plugin has run), and handleEndpoints, which REST_GET etc. call,
  // answers any request to a collection without endpoints with 501 "Cannot <METHOD> <url>" before any
  // hook or access rule. Only a host that owns the response (the Express host) can turn it into a 404.
  it.each(['GET', 'POST', 'DELETE'] as const)(
    "answers %s /api/payload-migrations under the Next host with Payload's own 501, holding no rows",
    async (method) => {
      const admin = n.as('admin', 'next')
      const res =
        method === 'GET'
          ? await admin.get('/api/payload-migrations')
          : method === 'POST'
            ? await admin.post('/api/payload-migrations', { name: 'x', batch: 1 })
            : await admin.delete('/api/payload-migrations')
      expect(res.status).toBe(501)
      expect(res.body).toEqual({
        message: expect.stringMatching(
          new RegExp(`^Cannot ${method} http\\S+/api/payload-migrations$`),
        ),
      })
    },
  )
})
