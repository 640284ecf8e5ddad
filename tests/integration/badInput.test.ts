import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type Actor, type TestNewsroom } from '../helpers/newsroom.js'

/**
 * Each class of bad input that once answered 500 (issue #12's fuzzing), on Payload's own REST routes
 * and the plugin's: the answer is a 4xx, never a 5xx.
 */
const deepJson = '['.repeat(20_000) + ']'.repeat(20_000)

type Probe = [string, Actor, (n: TestNewsroom, as: Actor) => Promise<{ status: number }>]
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
  ['where=x', 'anonymous', (n, as) => n.as(as).get('/api/claims?where=x')],
  [
    'a boolean for a date',
    'anonymous',
    (n, as) => n.as(as).get('/api/stories?where[createdAt][greater_than_equal]=true'),
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
