import { Webhook } from 'standardwebhooks'

import { lexicalParagraphs } from '../../demo/seed/lexical.js'
import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'
import { listen } from '../public/helpers/listen.js'
import { openSse, type SseStream } from './helpers/sseClient.js'
import { startReceiver } from './helpers/webhookReceiver.js'

const HOUR = 3600_000

/**
 * The newsroom's clock is injected: the test moves it past the embargo instead of waiting for it. Payload
 * stamps versions with the real time; the injected one runs ahead of it by `offset`.
 */
describe.each(TEST_DATABASES)('embargoed updates on %s', (database) => {
  let n: TestNewsroom
  let server: Awaited<ReturnType<typeof listen>>
  let offset = 0
  const now = () => new Date(Date.now() + offset)
  let stream: SseStream
  let all: SseStream
  let story: number | string
  let update: number | string
  let claim: number | string
  let embargoUntil: string
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  let secret: string
  const MARK = 'Quokka'

  beforeAll(async () => {
    n = await startNewsroom(database, {
      newsroom: {
        live: {
          now,
          embargoCheckSeconds: 0.05,
          pollSeconds: 60,
          webhooks: { allowPrivateTargets: ['127.0.0.1'], runSeconds: 0.2, backoffMs: 50 },
        },
      },
    })
    // A partner subscribed to this story's updates and claims: it must hear nothing before the lift.
    receiver = await startReceiver()
    server = await listen(n.app)
    story = (await n.as('editor').post('/api/stories', { title: 'Harbour', _status: 'published' }))
      .body.doc.id
    const source = (
      await n.as('editor').post('/api/sources', { name: 'Port Authority', kind: 'official' })
    ).body.doc.id
    const sub = await n.as('admin').post('/api/newsroom-webhooks', {
      url: receiver.url,
      events: ['update.published', 'claim.approved'],
      stories: [story],
    })
    expect(sub.status).toBe(201)
    secret = sub.body.doc.secret
    stream = await openSse(`${server.url}/api/public/stories/harbour/events`)
    all = await openSse(`${server.url}/api/public/events`)
    embargoUntil = new Date(Date.now() + HOUR).toISOString()
    const res = await n.as('editor').post('/api/updates', {
      story,
      headline: `${MARK} ship docks`,
      body: lexicalParagraphs(`The ${MARK} docked at dawn.`),
      embargoUntil,
      _status: 'published',
    })
    expect(res.status).toBe(201)
    update = res.body.doc.id
    claim = (
      await n.as('editor').post('/api/claims', {
        story,
        update,
        kind: 'figure',
        verb: 'said',
        source,
        statement: `${MARK} carried 412 containers.`,
        phrase: '412 containers',
      })
    ).body.doc.id
    await n.as('editor').post(`/api/claims/${claim}/submit`)
    expect((await n.as('reviewer').post(`/api/claims/${claim}/approve`)).status).toBe(200)
  })
  afterAll(async () => {
    stream?.close()
    all?.close()
    await n.stop()
    await server.close()
    await receiver?.close()
    expect(n.serverErrors).toEqual([])
  })

  /** Every public surface, at `query` (e.g. `asOf=...`), as one text. */
  const everySurface = async (query = '') => {
    const q = query ? `?${query}` : ''
    const paths = [
      `/api/public/stories${q}`,
      ...[
        '',
        '/figures',
        '/figures/timeline',
        '/timeline',
        '/jsonld',
        '/feed.json',
        '/feed.atom',
        '/ninjs',
        '/prov',
      ].map((p) => `/api/public/stories/harbour${p}${q}`),
    ]
    if (!query) paths.push(`/api/updates?depth=1`, `/api/claims?depth=0`, `/api/updates/${update}`)
    const texts: string[] = []
    for (const path of paths) {
      const res = await n.as('anonymous').get(path)
      expect([200, 404]).toContain(res.status)
      if (path.startsWith('/api/public')) expect(res.status).toBe(200)
      texts.push(`${path}: ${res.text}`)
    }
    return texts.join('\n')
  }
  const events = async () =>
    (
      await n.payload.find({
        collection: 'newsroom-events',
        sort: 'id',
        limit: 0,
        pagination: false,
      })
    ).docs as unknown as {
      type: string
      subject: string
      at: string
      data: Record<string, unknown>
    }[]

  it('keeps an embargoed update and its claim off every public surface, the log and the streams', async () => {
    const text = await everySurface()
    expect(text).not.toContain(MARK)
    expect(text).not.toContain('412')
    expect(await everySurface(`asOf=${encodeURIComponent(now().toISOString())}`)).not.toContain(
      MARK,
    )
    expect((await events()).filter((e) => e.subject !== `story:${story}`)).toEqual([])
    // Staff see it (the embargo is a public matter).
    expect((await n.as('editor').get(`/api/updates/${update}`)).body.headline).toContain(MARK)
    // The story's own event only.
    await all.waitFor(0)
    expect(stream.events).toEqual([])
    // No webhook either, queued or sent, while the runner runs.
    await new Promise((r) => setTimeout(r, 500))
    expect(receiver.received).toEqual([])
    expect(
      (await n.payload.count({ collection: 'newsroom-webhook-deliveries', overrideAccess: true }))
        .totalDocs,
    ).toBe(0)
  })

  it('lifts at its time by itself: the events, dated at the lift, reach the streams; every surface shows it', async () => {
    offset = HOUR + 1000
    const [published, approved] = await stream.waitFor(2)
    const p = JSON.parse(published.data)
    expect(p).toMatchObject({
      type: 'update.published',
      embargoLifted: true,
      at: embargoUntil,
      update: { id: update, publishedAt: embargoUntil },
    })
    expect(JSON.parse(approved.data)).toMatchObject({
      type: 'claim.approved',
      at: embargoUntil,
      claim: { id: claim },
    })
    // The cached response of before the lift is gone: the story shows it now.
    const story = (await n.as('anonymous').get('/api/public/stories/harbour')).body
    expect(story.updates.map((u: { id: unknown }) => u.id)).toContain(update)
    expect(story.claims.map((c: { id: unknown }) => c.id)).toContain(claim)
    const text = await everySurface()
    expect(text).toContain(MARK)
    expect(text).toContain('412')
    // The partner gets both events, dated at the lift, verified with the Standard Webhooks library.
    const hooks = await receiver.waitFor(2)
    const verified = hooks.map(
      (h) =>
        new Webhook(secret).verify(h.body, {
          'webhook-id': String(h.headers['webhook-id']),
          'webhook-timestamp': String(h.headers['webhook-timestamp']),
          'webhook-signature': String(h.headers['webhook-signature']),
        }) as { type: string; data: { at: string } },
    )
    expect(verified.map((v) => v.type).sort()).toEqual(['claim.approved', 'update.published'])
    expect(verified.map((v) => v.data.at)).toEqual([embargoUntil, embargoUntil])
    // Once: a later check appends nothing.
    const before = (await events()).length
    await new Promise((r) => setTimeout(r, 200))
    expect((await events()).length).toBe(before)
  })

  it('the past stays as it was: asOf before the lift shows nothing of it, after shows it', async () => {
    const before = new Date(new Date(embargoUntil).getTime() - 1000).toISOString()
    const after = new Date(new Date(embargoUntil).getTime() + 500).toISOString()
    expect(await everySurface(`asOf=${encodeURIComponent(before)}`)).not.toContain(MARK)
    expect(await everySurface(`asOf=${encodeURIComponent(after)}`)).toContain(MARK)
  })
})
