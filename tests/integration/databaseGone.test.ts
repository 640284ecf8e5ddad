import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type Actor, type TestNewsroom } from '../helpers/newsroom.js'
import type { ApiResponse } from '../helpers/restClient.js'
import { startTcpProxy, type TcpProxy } from '../helpers/tcpProxy.js'

/**
 * PostgreSQL going away under load, and coming back: the app reaches its database through a TCP proxy
 * the test cuts (every connection reset, new ones refused) — the shared server itself is never touched.
 * While it is gone every answer is a 503 with Retry-After, in bounded time: never a 500, never a hang,
 * never a signed-in editor treated as anonymous (401/403). Once it is back, the app is too, by itself.
 */
const postgres = TEST_DATABASES.includes('postgres')
const ADMIN_URL = new URL(
  process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
)
/** The pool's connect timeout is 5 s: an answer takes at most that plus the request's own work. */
const BOUND_MS = 10_000

interface Outcome {
  what: string
  status: number | string
  retryAfter?: string
  ms: number
}

;(postgres ? describe : describe.skip)('PostgreSQL gone and back', () => {
  let proxy: TcpProxy
  let n: TestNewsroom
  let claimId: number | string
  let storyId: number | string
  let storySlug: string
  let sourceId: number | string

  beforeAll(async () => {
    proxy = await startTcpProxy({ host: ADMIN_URL.hostname, port: Number(ADMIN_URL.port || 5432) })
    n = await startNewsroom('postgres', {
      host: 'express',
      // Every failed query is logged as an error, and here they are the point.
      logLevel: (process.env.GONE_LOG_LEVEL as 'error' | undefined) ?? 'silent',
      // Uncached public reads: each must reach the database.
      newsroom: { publicApi: { cache: false } },
      databaseUrl: (url) => {
        const through = new URL(url)
        through.hostname = '127.0.0.1'
        through.port = String(proxy.port)
        return through.toString()
      },
    })
    const story = (
      await n.as('editor').post('/api/stories', { title: 'Outage', _status: 'published' })
    ).body.doc
    storyId = story.id
    storySlug = story.slug
    sourceId = (await n.as('editor').post('/api/sources', { name: 'Utility', kind: 'government' }))
      .body.doc.id
    claimId = (
      await n.as('editor').post('/api/claims', {
        story: storyId,
        kind: 'statement',
        statement: 'Power is out.',
        source: sourceId,
        verb: 'said',
      })
    ).body.doc.id
  })
  afterAll(async () => {
    await proxy?.restore().catch(() => undefined)
    await n?.stop()
    await proxy?.close()
  })

  /** A mix of what the newsroom's callers do: staff reads and writes, public reads, health checks. */
  const requests: [
    string,
    Actor,
    (i: number) => Promise<Pick<ApiResponse, 'status' | 'headers'>>,
  ][] = [
    ['editor reads a claim', 'editor', () => n.as('editor').get(`/api/claims/${claimId}`)],
    [
      'editor creates a source',
      'editor',
      (i) => n.as('editor').post('/api/sources', { name: `Source ${i}`, kind: 'official' }),
    ],
    [
      'editor edits a claim',
      'editor',
      (i) => n.as('editor').patch(`/api/claims/${claimId}`, { statement: `Power is out (${i}).` }),
    ],
    [
      'reader reads the story',
      'anonymous',
      () => n.as('anonymous').get(`/api/public/stories/${storySlug}`),
    ],
    ['reader lists stories', 'anonymous', () => n.as('anonymous').get('/api/stories')],
  ]

  async function timed(what: string, run: () => Promise<Pick<ApiResponse, 'status' | 'headers'>>) {
    const started = Date.now()
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('no answer')), BOUND_MS)
    })
    try {
      const res = await Promise.race([run(), timeout])
      return {
        what,
        status: res.status,
        retryAfter: res.headers['retry-after'],
        ms: Date.now() - started,
      }
    } catch (err) {
      return { what, status: (err as Error).message, ms: Date.now() - started }
    } finally {
      clearTimeout(timer)
    }
  }

  /** Rounds of every request at once, until `stop` says so. */
  async function load(stop: () => boolean): Promise<Outcome[]> {
    const outcomes: Outcome[] = []
    for (let round = 0; !stop(); round++) {
      outcomes.push(
        ...(await Promise.all(requests.map(([what, , run]) => timed(what, () => run(round))))),
      )
    }
    return outcomes
  }

  it('answers 503 with Retry-After while the database is gone, in bounded time, and recovers by itself', async () => {
    // Load runs before, across and after the cut.
    let phase: 'up' | 'down' | 'done' = 'up'
    const during = load(() => phase === 'done')
    await new Promise((r) => setTimeout(r, 1500))
    await proxy.cut()
    const cutAt = Date.now()
    phase = 'down'
    await new Promise((r) => setTimeout(r, 6000))
    phase = 'done'
    const mixed = await during

    if (process.env.RELIABILITY_REPORT)
      console.log(
        `database gone: ${mixed.length} requests across the cut, ${mixed.filter((o) => o.status === 503).length} answered 503, slowest ${Math.max(...mixed.map((o) => o.ms))} ms`,
      )
    const unexpected = mixed.filter(
      (o) => ![200, 201, 503].includes(o.status as number) || o.ms > BOUND_MS,
    )
    expect(unexpected).toEqual([])
    const unavailable = mixed.filter((o) => o.status === 503)
    expect(unavailable.length).toBeGreaterThan(0)
    for (const o of unavailable) expect(o.retryAfter).toMatch(/^\d+$/)

    // Gone for good (not a blip): every kind of request is a 503, each within the bound.
    const gone = await Promise.all(requests.map(([what, , run]) => timed(what, () => run(-1))))
    expect(gone.map((o) => [o.what, o.status])).toEqual(requests.map(([what]) => [what, 503]))
    expect(Math.max(...gone.map((o) => o.ms))).toBeLessThan(BOUND_MS)
    expect((await n.as('anonymous').get('/healthz')).status).toBe(503)
    expect(Date.now() - cutAt).toBeGreaterThan(5000)

    // Back: the app serves again without a restart, reads and writes alike.
    await proxy.restore()
    const deadline = Date.now() + 20_000
    let health = 0
    while (Date.now() < deadline && health !== 200) {
      health = (await n.as('anonymous').get('/healthz')).status
      if (health !== 200) await new Promise((r) => setTimeout(r, 250))
    }
    expect(health).toBe(200)
    const after = await Promise.all(requests.map(([what, , run]) => timed(what, () => run(1e6))))
    expect(after.map((o) => [o.what, o.status])).toEqual(
      requests.map(([what]) => [what, what.includes('creates') ? 201 : 200]),
    )
    // The helper counts every 5xx: the 503s are the ones this test expects, nothing else.
    expect(n.serverErrors.filter((e) => !e.endsWith('→ 503'))).toEqual([])
  })
})
