import { publicApiRuntime } from '../../src/public/http/publicApiRuntime.js'
import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'
import { describeWithRedis, TEST_REDIS_URL } from '../helpers/redis.js'
import { startTcpProxy, type TcpProxy } from '../helpers/tcpProxy.js'

/**
 * REDIS_URL set and Redis gone — cut before a request, and cut while requests are in flight (a TCP
 * proxy the test resets): the API goes on answering reads and writes, none with a 5xx and none slower
 * than the bound; a reader sees each approval at once (the instance serves uncached while it cannot
 * hear invalidations, and drops its cache when Redis is back); once Redis is back, cached reads resume.
 */
const BOUND_MS = 5_000

describeWithRedis.each(TEST_DATABASES)('Redis gone on %s', (database) => {
  let n: TestNewsroom
  let proxy: TcpProxy
  let story: { id: number | string; slug: string }
  let source: { id: number | string }
  const statuses = new Map<number, number>()
  let slowest = 0

  beforeAll(async () => {
    const redis = new URL(TEST_REDIS_URL)
    proxy = await startTcpProxy({ host: redis.hostname, port: Number(redis.port || 6379) })
    redis.host = `127.0.0.1:${proxy.port}`
    n = await startNewsroom(database, {
      logLevel: 'silent',
      newsroom: { publicApi: { cache: true, redisUrl: redis.toString() } },
    })
    story = (await n.as('editor').post('/api/stories', { title: 'Storm', _status: 'published' }))
      .body.doc
    source = (await n.as('editor').post('/api/sources', { name: 'Coastguard', kind: 'official' }))
      .body.doc
  })
  afterAll(async () => {
    if (process.env.RELIABILITY_REPORT)
      console.log(
        `redis gone on ${database}: statuses ${JSON.stringify(Object.fromEntries(statuses))}, slowest ${slowest} ms`,
      )
    expect(n.serverErrors).toEqual([])
    await n.stop()
    await proxy.close()
  })

  /** One request, timed and counted: it must answer, under the bound, without a 5xx. */
  async function timed<T extends { status: number }>(request: Promise<T>): Promise<T> {
    const started = Date.now()
    let timer: NodeJS.Timeout | undefined
    const res = await Promise.race([
      request,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer in ${BOUND_MS} ms`)), BOUND_MS)
      }),
    ]).finally(() => clearTimeout(timer))
    slowest = Math.max(slowest, Date.now() - started)
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
    expect(res.status).toBeLessThan(500)
    return res
  }

  /** Whether the instance serves from its cache (it does not while it cannot hear invalidations). */
  const caching = () => Boolean(publicApiRuntime(n.payload)?.cache)

  const publicClaims = async () =>
    (
      (await timed(n.as('anonymous').get(`/api/public/stories/${story.slug}`))).body.claims as {
        id: unknown
      }[]
    ).map((c) => String(c.id))

  /** A claim written, submitted and approved; its id. */
  async function approvedClaim(i: number): Promise<string> {
    const created = await timed(
      n.as('editor').post('/api/claims', {
        story: story.id,
        kind: 'statement',
        statement: `The harbour is closed (${i}).`,
        source: source.id,
        verb: 'said',
      }),
    )
    expect(created.status).toBe(201)
    const id = String(created.body.doc.id)
    expect((await timed(n.as('editor').postEmpty(`/api/claims/${id}/submit`))).status).toBe(200)
    expect((await timed(n.as('reviewer').postEmpty(`/api/claims/${id}/approve`))).status).toBe(200)
    return id
  }

  it('answers reads and writes with Redis cut, sees each approval at once, and caches again once it is back', async () => {
    const first = await approvedClaim(0)
    expect(await publicClaims()).toEqual([first])
    const cached = await timed(n.as('anonymous').get(`/api/public/stories/${story.slug}`))
    expect(cached.status).toBe(200)

    expect(caching()).toBe(true)
    await proxy.cut()
    // Deaf to other instances' invalidations: it serves uncached rather than stale.
    const deaf = Date.now() + 10_000
    while (caching() && Date.now() < deaf) await new Promise((r) => setTimeout(r, 50))
    expect(caching()).toBe(false)
    const whileCut = [first]
    for (let i = 1; i <= 3; i++) {
      whileCut.push(await approvedClaim(i))
      expect((await publicClaims()).sort()).toEqual([...whileCut].sort())
    }

    await proxy.restore()
    const afterwards = await approvedClaim(9)
    expect((await publicClaims()).sort()).toEqual([...whileCut, afterwards].sort())
    // Cached again once the subscription is back (ioredis reconnects by itself, with back-off).
    const deadline = Date.now() + 30_000
    while (!caching() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250))
    expect(caching()).toBe(true)
  }, 120_000)

  it('answers every request while Redis dies mid-run, in flight', async () => {
    let stop = false
    let i = 100
    const lane = async (writer: boolean) => {
      while (!stop) {
        if (writer) await approvedClaim(i++)
        else await publicClaims()
        // A cached read through Next's handler is promises only: let timers (and the cut) run.
        await new Promise((r) => setImmediate(r))
      }
    }
    const lanes = Promise.all([lane(true), lane(false), lane(false)]).finally(() => (stop = true))
    try {
      await new Promise((r) => setTimeout(r, 1500))
      await proxy.cut()
      await new Promise((r) => setTimeout(r, 3000))
      await proxy.restore()
      await new Promise((r) => setTimeout(r, 1500))
    } finally {
      stop = true
    }
    await lanes
    // Nothing stale: every approved claim of the story is in the public view.
    const approved = await n.payload.count({
      collection: 'claims',
      where: { story: { equals: story.id }, reviewState: { equals: 'approved' } },
      overrideAccess: true,
    })
    expect(await publicClaims()).toHaveLength(approved.totalDocs)
  }, 120_000)
})
