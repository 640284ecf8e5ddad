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
  /** When the server answered /healthz: how many renders had not yet begun. */
  let notBegunAtHealth: number | null = null
  beforeAll(async () => {
    n = await startNewsroom(database, {
      newsroom: { publicApi: { cache: false }, live: { webhooks: { runSeconds: false } } },
    })
    await seedBulkStory(n.payload, { slug: 'crowded', claims: 200, updates: 20 })
    server = http.createServer(n.app)
    server.on('request', (req, res) => {
      if (req.url === '/healthz')
        res.on('finish', () => (notBegunAtHealth = renderTurnsOf(n.payload).waiting.size))
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

  it('accepts and answers a connection opened while renders run, before they have all begun', async () => {
    // Node accepts one connection per turn of the event loop (libuv/libuv#3696). On SQLite, whose
    // queries answer at once, renders ran back to back without letting the loop turn: a connection
    // opened meanwhile waited until every queued render had run (at 100 connections, past the
    // clients' 10 s timeouts). Counted in renders, not milliseconds.
    const turns = renderTurnsOf(n.payload)
    const held = await Promise.all(
      Array.from({ length: turns.semaphore.size }, () => turns.semaphore.acquire(1000)),
    )
    const paths = [
      '/stories/crowded',
      '/stories/crowded/figures',
      '/stories',
      ...['04', '05', '06', '07', '08'].map((m) => `/stories/crowded?asOf=2025-${m}-01T00:00:00Z`),
    ]
    const reads = paths.map((p) => get(`${PREFIX}${p}`))
    // Every read has reached the server and waits for a turn (a different document each).
    while (turns.waiting.size < paths.length) await new Promise((r) => setTimeout(r, 5))
    for (const release of held) release()
    // Once the first render has begun, a new connection: answered between the renders' steps.
    while (turns.waiting.size === paths.length) await nextTurn()
    notBegunAtHealth = null
    expect(await get('/healthz')).toBe(200)
    expect(await Promise.all(reads)).toEqual(paths.map(() => 200))
    expect(notBegunAtHealth).toBeGreaterThan(0)
  })
})
