import { Webhook } from 'standardwebhooks'

import { lexicalParagraphs } from '../../demo/seed/lexical.js'
import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'
import { startReceiver } from './helpers/webhookReceiver.js'

describe.each(TEST_DATABASES)('webhooks on %s', (database) => {
  let n: TestNewsroom
  let story: number | string
  const receivers: Awaited<ReturnType<typeof startReceiver>>[] = []
  const receiver = async (...args: Parameters<typeof startReceiver>) => {
    const r = await startReceiver(...args)
    receivers.push(r)
    return r
  }

  beforeAll(async () => {
    n = await startNewsroom(database, {
      newsroom: {
        live: {
          webhooks: {
            // The receivers run on this machine: the test allows exactly that address.
            allowPrivateTargets: ['127.0.0.1'],
            maxAttempts: 3,
            backoffMs: 50,
            disableAfterFailures: 2,
            runSeconds: 0.2,
            timeoutMs: 2000,
          },
        },
      },
    })
    story = (await n.as('editor').post('/api/stories', { title: 'Dam', _status: 'published' })).body
      .doc.id
  })
  afterAll(async () => {
    await n.stop()
    await Promise.all(receivers.map((r) => r.close()))
    expect(n.serverErrors).toEqual([])
  })

  let count = 0
  const publish = () =>
    n.as('editor').post('/api/updates', {
      story,
      headline: `Dam update ${++count}`,
      body: lexicalParagraphs(`Water level ${count}.`),
      _status: 'published',
    })
  const subscribe = async (url: string, events: string[] = ['update.published']) => {
    const res = await n.as('admin').post('/api/newsroom-webhooks', { url, events })
    expect(res.status).toBe(201)
    return res.body.doc as { id: number | string; secret: string }
  }
  const switchOff = (id: number | string) =>
    n.as('admin').patch(`/api/newsroom-webhooks/${id}`, { active: false })

  it('is for admins only: subscriptions (with their secrets) and the delivery log', async () => {
    const r = await receiver()
    for (const actor of ['anonymous', 'editor', 'reviewer'] as const) {
      expect((await n.as(actor).post('/api/newsroom-webhooks', { url: r.url })).status).toBe(403)
      expect((await n.as(actor).get('/api/newsroom-webhooks')).status).toBe(403)
      expect((await n.as(actor).get('/api/newsroom-webhook-deliveries')).status).toBe(403)
    }
    const sub = await subscribe(r.url)
    // A secret is made for it, in the form the Standard Webhooks libraries take.
    expect(sub.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/)
    expect((await n.as('admin').post('/api/newsroom-webhook-deliveries', {})).status).toBe(403)
    await switchOff(sub.id)
  })

  it('refuses loopback, private and link-local targets that the app did not allow, naming the field', async () => {
    for (const url of [
      'http://10.0.0.7/hook',
      'http://192.168.1.1/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]:8080/hook',
      'http://[::ffff:10.0.0.1]/hook',
      'http://127.0.0.2/hook',
      'http://0.0.0.0/hook',
      'ftp://example.com/hook',
      'not a url',
    ]) {
      const res = await n.as('admin').post('/api/newsroom-webhooks', { url })
      expect({ url, status: res.status }).toEqual({ url, status: 400 })
      expect(res.text).toContain('url')
    }
  })

  it('retries with backoff: a receiver that fails twice gets the event on the third try, validly signed', async () => {
    const r = await receiver((attempt) => (attempt < 3 ? 503 : 204))
    const sub = await subscribe(r.url)
    const update = (await publish()).body.doc.id
    const got = await r.waitFor(3)
    // The same webhook-id on every attempt: the receiver's key to drop repeats.
    expect(new Set(got.map((g) => g.headers['webhook-id'])).size).toBe(1)
    // Verified with the Standard Webhooks library itself, with the subscription's secret.
    const verified = new Webhook(sub.secret).verify(got[2].body, {
      'webhook-id': String(got[2].headers['webhook-id']),
      'webhook-timestamp': String(got[2].headers['webhook-timestamp']),
      'webhook-signature': String(got[2].headers['webhook-signature']),
    }) as { type: string; data: { update: { id: unknown; headline: string } } }
    expect(verified.type).toBe('update.published')
    expect(verified.data.update).toMatchObject({ id: update, headline: `Dam update ${count}` })
    // A wrong secret does not verify.
    expect(() =>
      new Webhook(`whsec_${Buffer.from('another secret, 24 bytes').toString('base64')}`).verify(
        got[2].body,
        {
          'webhook-id': String(got[2].headers['webhook-id']),
          'webhook-timestamp': String(got[2].headers['webhook-timestamp']),
          'webhook-signature': String(got[2].headers['webhook-signature']),
        },
      ),
    ).toThrow()
    // The delivery log tells the admin.
    const log = await waitForDelivery(sub.id, 'delivered')
    expect(log).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 204 })
    await switchOff(sub.id)
  })

  it('sends a subscription limited to some stories only their events; none chosen is every story', async () => {
    const other = (
      await n.as('editor').post('/api/stories', { title: 'Weir', _status: 'published' })
    ).body.doc.id
    const third = (
      await n.as('editor').post('/api/stories', { title: 'Lock', _status: 'published' })
    ).body.doc.id
    const onlyDam = await receiver()
    const damAndLock = await receiver()
    const every = await receiver()
    const limited = await n.as('admin').post('/api/newsroom-webhooks', {
      url: onlyDam.url,
      events: ['update.published'],
      stories: [story],
    })
    expect(limited.status).toBe(201)
    expect(limited.body.doc.stories.map((s: { id: unknown } | unknown) => idOf(s))).toEqual([story])
    const two = await n.as('admin').post('/api/newsroom-webhooks', {
      url: damAndLock.url,
      events: ['update.published'],
      stories: [story, third],
    })
    const all = await subscribe(every.url)
    // A story that does not exist is refused, naming the field.
    const bad = await n.as('admin').post('/api/newsroom-webhooks', {
      url: every.url,
      stories: [987654],
    })
    expect(bad.status).toBe(400)
    expect(bad.text).toContain('stories')

    const headlines = (got: { body: string }[]) =>
      got.map((g) => JSON.parse(g.body).data.update.headline as string).sort()
    const post = (s: number | string, headline: string) =>
      n.as('editor').post('/api/updates', {
        story: s,
        headline,
        body: lexicalParagraphs(`${headline}.`),
        _status: 'published',
      })
    await post(other, 'Weir opens')
    await post(story, 'Dam holds')
    await post(third, 'Lock shut')
    // The subscription to every story gets all three; the event log has them in this order.
    await every.waitFor(3)
    expect(headlines(every.received)).toEqual(['Dam holds', 'Lock shut', 'Weir opens'])
    await damAndLock.waitFor(2)
    await onlyDam.waitFor(1)
    // What was queued is all there will be: no delivery left pending for these subscriptions.
    for (const sub of [limited.body.doc, two.body.doc, all]) await waitForNone(sub.id, 'pending')
    expect(headlines(onlyDam.received)).toEqual(['Dam holds'])
    expect(headlines(damAndLock.received)).toEqual(['Dam holds', 'Lock shut'])
    // Emptied again, it is for every story.
    await n.as('admin').patch(`/api/newsroom-webhooks/${limited.body.doc.id}`, { stories: [] })
    await post(other, 'Weir closes')
    await onlyDam.waitFor(2)
    expect(headlines(onlyDam.received)).toEqual(['Dam holds', 'Weir closes'])
    for (const sub of [limited.body.doc, two.body.doc, all]) await switchOff(sub.id)
  })

  const idOf = (v: unknown) => (v && typeof v === 'object' && 'id' in v ? v.id : v)

  const waitForNone = async (subscription: number | string, status: string) => {
    for (let i = 0; i < 300; i++) {
      const { body } = await n
        .as('admin')
        .get(`/api/newsroom-webhook-deliveries?where[subscription][equals]=${subscription}&limit=0`)
      if (body.docs.length > 0 && !body.docs.some((d: { status: string }) => d.status === status))
        return
      await new Promise((r) => setTimeout(r, 50))
    }
    throw new Error(`deliveries of subscription ${subscription} still ${status}`)
  }

  const waitForDelivery = async (subscription: number | string, status: string) => {
    for (let i = 0; i < 300; i++) {
      const { body } = await n
        .as('admin')
        .get(
          `/api/newsroom-webhook-deliveries?where[subscription][equals]=${subscription}&sort=-id`,
        )
      const found = body.docs.find((d: { status: string }) => d.status === status)
      if (found) return found
      await new Promise((r) => setTimeout(r, 50))
    }
    throw new Error(`no ${status} delivery for subscription ${subscription}`)
  }

  it('marks a delivery failed after its last attempt, and switches off a subscription that keeps failing', async () => {
    const r = await receiver(() => 500)
    const sub = await subscribe(r.url)
    await publish()
    const first = await waitForDelivery(sub.id, 'failed')
    expect(first).toMatchObject({ attempts: 3, lastStatusCode: 500, lastError: 'HTTP 500' })
    expect((await n.as('admin').get(`/api/newsroom-webhooks/${sub.id}`)).body).toMatchObject({
      active: true,
      consecutiveFailures: 1,
    })
    await publish()
    await r.waitFor(6)
    for (let i = 0; i < 200; i++) {
      if (!(await n.as('admin').get(`/api/newsroom-webhooks/${sub.id}`)).body.active) break
      await new Promise((res) => setTimeout(res, 50))
    }
    const off = (await n.as('admin').get(`/api/newsroom-webhooks/${sub.id}`)).body
    expect(off).toMatchObject({ active: false, consecutiveFailures: 2 })
    expect(off.disabledReason).toMatch(/2 failed deliveries/)
    // Switched off, it is sent nothing more.
    const before = r.received.length
    await publish()
    const other = await receiver()
    await subscribe(other.url)
    await publish()
    await other.waitFor(1)
    expect(r.received.length).toBe(before)
  })
})
