import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { renderTurnsOf } from '../../src/public/http/renderTurns.js'
import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'
import { seedBulkStory } from './helpers/bulkStory.js'
import { PREFIX } from './helpers/publicClient.js'

describe.each(TEST_DATABASES)('connections while uncached reads render on %s', (database) => {
  let n: TestNewsroom
  let server: http.Server
  let port = 0
  /** The public reads the server had answered, in order. */
  const answered: string[] = []
  /** How many public reads had been answered when the server answered /healthz. */
  let answeredBeforeHealth: number | null = null
  beforeAll(async () => {
    n = await startNewsroom(database, {
      newsroom: { publicApi: { cache: false }, live: { webhooks: { runSeconds: false } } },
    })
    await seedBulkStory(n.payload, { slug: 'crowded', claims: 200, updates: 20 })
    await seedBulkStory(n.payload, { slug: 'small', claims: 3, updates: 2 })
    server = http.createServer(n.app)
    server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
      res.on('finish', () => {
        if (req.url === '/healthz') answeredBeforeHealth = answered.length
        else answered.push(req.url ?? '')
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })
  afterAll(async () => {
    if (server) {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
    await n?.stop()
  })

  /** A GET on a connection of its own, its status when answered. */
  const get = (path: string) =>
    new Promise<number>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
          res.resume()
          res.on('end', () => resolve(res.statusCode ?? 0))
        })
        .on('error', reject)
    })
  const nextTurn = () => new Promise((resolve) => setImmediate(resolve))

  // SQLite only: there a render's queries answer at once and held a turn of the loop. On PostgreSQL
  // renders wait on the network, four run at once, and a short one may end before the connection is
  // accepted (seen once in CI: 2 answered first), which proves nothing about turns.
  const onSqlite = database === 'sqlite' ? it : it.skip
  onSqlite(
    'accepts and answers a connection opened while a render runs, before that render ends',
    async () => {
      // Node accepts one connection per turn of the event loop (libuv/libuv#3696). On SQLite, whose
      // queries answer at once, a render of a story (its queries, its document, its JSON) ran inside
      // one turn, and queued renders back to back: a connection opened meanwhile waited for all of them
      // (at 100 connections on a 1,000-claim story, past the clients' 10 s timeouts). Counted in
      // renders, not milliseconds.
      const turns = renderTurnsOf(n.payload)
      const held = await Promise.all(
        Array.from({ length: turns.semaphore.size }, () => turns.semaphore.acquire(1000)),
      )
      const paths = [
        '/stories/crowded',
        '/stories/crowded/figures',
        '/stories',
        ...['04', '05', '06', '07', '08'].map(
          (m) => `/stories/crowded?asOf=2025-${m}-01T00:00:00Z`,
        ),
      ]
      const reads = paths.map((p) => get(`${PREFIX}${p}`))
      // Every read has reached the server and waits for a turn (a different document each).
      while (turns.waiting.size < paths.length) await new Promise((r) => setTimeout(r, 5))
      for (const release of held) release()
      // Once the first render has begun, a new connection: answered between that render's steps.
      while (turns.waiting.size === paths.length) await nextTurn()
      const answeredBeforeAsking = answered.length
      const health = await get('/healthz')
      const statuses = await Promise.all(reads)
      expect(health).toBe(200)
      // Before the first render had ended (without yields, after every render had).
      expect(answeredBeforeHealth).toBe(0)
      expect(answeredBeforeAsking).toBe(0)
      expect(statuses).toEqual(paths.map(() => 200))
      expect(answered).toHaveLength(paths.length)
    },
  )

  it('answers a read of a small story within a few turns of a loop busy with other work', async () => {
    // A turn is as long as the work in it: writes running (a write's synchronous queries, one turn
    // each) made turns of 150-300 ms, and a small story's read that waited four turns before each of
    // its six steps took 4-5 s (tests/integration/redisGone.test.ts, "no answer in 5000 ms"). A read
    // whose own work fits in a slice does not wait. Counted in turns of a neighbour that blocks the
    // loop for 50 ms each turn, not in milliseconds.
    let busyTurns = 0
    let stop = false
    const neighbour = () => {
      const end = performance.now() + 50
      while (performance.now() < end) {
        // what a write's synchronous chain does to the loop
      }
      busyTurns++
      if (!stop) setImmediate(neighbour)
    }
    await get(`${PREFIX}/stories/small`)
    setImmediate(neighbour)
    try {
      const before = busyTurns
      expect(await get(`${PREFIX}/stories/small`)).toBe(200)
      // Accepting, reading and answering the request take a few turns; waiting before each step
      // (SQLite) took 24 and more.
      expect(busyTurns - before).toBeLessThan(12)
    } finally {
      stop = true
    }
  })
})
