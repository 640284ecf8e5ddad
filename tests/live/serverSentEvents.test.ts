import { lexicalParagraphs } from '../../demo/seed/lexical.js'
import { liveHub } from '../../src/live/liveHub.js'
import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'
import { listen } from '../public/helpers/listen.js'
import { expectConformsToOpenApi } from '../public/helpers/openApiConformance.js'
import { openSse, type SseStream } from './helpers/sseClient.js'

/** Checks a finished stream's answer against the OpenAPI document. */
async function conforms(path: string, s: SseStream): Promise<void> {
  await s.ended
  const headers = Object.fromEntries(Object.entries(s.headers).map(([k, v]) => [k, String(v)]))
  expectConformsToOpenApi(path, { status: s.status, headers, body: {}, text: s.text })
}

const MAX_CONNECTIONS = 6

describe.each(TEST_DATABASES)('Server-Sent Events on %s', (database) => {
  let n: TestNewsroom
  let server: Awaited<ReturnType<typeof listen>>
  let story: number | string
  let other: number | string
  const open: SseStream[] = []
  const sse = async (path: string, headers: Record<string, string> = {}) => {
    const s = await openSse(`${server.url}/api/public${path}`, headers)
    open.push(s)
    return s
  }

  beforeAll(async () => {
    n = await startNewsroom(database, {
      newsroom: {
        live: {
          heartbeatSeconds: 1,
          retryMs: 1500,
          pollSeconds: 60,
          maxConnections: MAX_CONNECTIONS,
        },
      },
    })
    server = await listen(n.app)
    story = (await n.as('editor').post('/api/stories', { title: 'Quake', _status: 'published' }))
      .body.doc.id
    other = (await n.as('editor').post('/api/stories', { title: 'Storm', _status: 'published' }))
      .body.doc.id
  })
  afterEach(() => {
    open.splice(0).forEach((s) => s.close())
  })
  afterAll(async () => {
    // Shutting Payload down ends every stream cleanly (the server would otherwise wait on them).
    const s = await sse('/events')
    await new Promise((r) => setTimeout(r, 50))
    const stopping = n.stop()
    await Promise.race([
      s.ended,
      new Promise((_, fail) => setTimeout(() => fail(new Error('the stream stayed open')), 5000)),
    ])
    await stopping
    await server.close()
    expect(n.serverErrors).toEqual([])
  })

  let count = 0
  const publish = (storyId: number | string = story) =>
    n.as('editor').post('/api/updates', {
      story: storyId,
      headline: `Update ${++count}`,
      body: lexicalParagraphs(`Paragraph ${count}.`),
      _status: 'published',
    })
  const logIds = async (storyId: number | string) =>
    (
      await n.payload.find({
        collection: 'newsroom-events',
        where: { story: { equals: String(storyId) } },
        sort: 'id',
        limit: 0,
        pagination: false,
      })
    ).docs.map((d) => String(d.id))

  it('streams a story: event-stream headers, retry, the event id, the public view, heartbeats', async () => {
    const s = await sse('/stories/quake/events')
    expect(s.status).toBe(200)
    expect(s.headers['content-type']).toMatch(/^text\/event-stream/)
    expect(s.headers['cache-control']).toContain('no-cache')
    await publish()
    const [event] = await s.waitFor(1)
    const data = JSON.parse(event.data)
    expect(data).toMatchObject({
      type: 'update.published',
      update: { headline: `Update ${count}` },
    })
    expect(event.id).toBe(String(data.id))
    expect((await logIds(story)).at(-1)).toBe(event.id)
    expect(s.retry).toBe(1500)
    await new Promise((r) => setTimeout(r, 1300))
    expect(s.comments).toContain('heartbeat')
  })

  it('keeps a story stream to its story; the all-stories stream has both', async () => {
    const mine = await sse('/stories/quake/events')
    const all = await sse('/events')
    await publish(other)
    await publish(story)
    const [only] = await mine.waitFor(1)
    expect(JSON.parse(only.data).storyId).toEqual(story)
    const both = await all.waitFor(2)
    expect(both.map((e) => JSON.parse(e.data).storyId)).toEqual([other, story])
    await new Promise((r) => setTimeout(r, 200))
    expect(mine.events).toHaveLength(1)
  })

  it('replays from Last-Event-ID after a reconnect: nothing lost, nothing repeated', async () => {
    const received: string[] = []
    let last: string | null = null
    // Events keep coming while the reader drops and reconnects five times.
    const writer = (async () => {
      for (let i = 0; i < 12; i++) {
        await publish()
        await new Promise((r) => setTimeout(r, 20))
      }
    })()
    for (let round = 0; round < 5; round++) {
      const s = await sse('/stories/quake/events', last ? { 'Last-Event-ID': last } : {})
      await new Promise((r) => setTimeout(r, 60 + round * 20))
      s.close()
      await s.ended
      for (const e of s.events) received.push(e.id as string)
      if (s.events.length) last = s.events.at(-1)!.id
    }
    await writer
    const s = await sse('/stories/quake/events', last ? { 'Last-Event-ID': last } : {})
    const all = await logIds(story)
    const first = received[0] ?? (await s.waitFor(1))[0].id
    const expected = all.slice(all.indexOf(first as string))
    await s.waitFor(expected.length - received.length)
    received.push(...s.events.map((e) => e.id as string))
    expect(received).toEqual(expected)
    expect(new Set(received).size).toBe(received.length)
  })

  it('sends an event the replay read once, when the hub reads it later', async () => {
    // Another instance's commit: in the log, and this instance's hub has not read it yet.
    const before = (await logIds(story)).at(-1) as string
    const written = await n.payload.create({
      collection: 'newsroom-events',
      data: {
        type: 'update.published',
        at: new Date().toISOString(),
        story: String(story),
        subject: 'update:from-elsewhere',
        data: {},
      } as never,
      overrideAccess: true,
    })
    const s = await sse('/stories/quake/events', { 'Last-Event-ID': before })
    expect((await s.waitFor(1)).map((e) => e.id)).toEqual([String(written.id)])
    liveHub(n.payload)!.wake()
    await new Promise((r) => setTimeout(r, 300))
    expect(s.events.map((e) => e.id)).toEqual([String(written.id)])
  })

  it('replays from ?lastEventId on a first connection, and refuses a malformed one', async () => {
    const ids = await logIds(story)
    const s = await sse(`/stories/quake/events?lastEventId=${ids[ids.length - 3]}`)
    expect((await s.waitFor(2)).map((e) => e.id)).toEqual(ids.slice(-2))
    const bad = await sse('/events', { 'Last-Event-ID': 'yesterday' })
    expect(bad.status).toBe(400)
    const missing = await sse('/stories/no-such-story/events')
    expect(missing.status).toBe(404)
    // The refusals are the documented problem+json (tests/public/openApiAndHttp.test.ts leaves streams out).
    await conforms('/events', bad)
    await conforms('/stories/no-such-story/events', missing)
  })

  it('answers 503 with Retry-After past the connection limit', async () => {
    const streams = await Promise.all(Array.from({ length: MAX_CONNECTIONS }, () => sse('/events')))
    expect(streams.every((s) => s.status === 200)).toBe(true)
    const refused = await sse('/events')
    expect(refused.status).toBe(503)
    expect(refused.headers['retry-after']).toBe('2')
    await conforms('/events', refused)
    streams.forEach((s) => s.close())
    await Promise.all(streams.map((s) => s.ended))
    await new Promise((r) => setTimeout(r, 100))
    expect((await sse('/events')).status).toBe(200)
  })
})
