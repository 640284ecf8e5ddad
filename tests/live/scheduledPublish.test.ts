import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { createLocalReq, type PayloadRequest } from 'payload'
import { Webhook } from 'standardwebhooks'

import { lexicalParagraphs } from '../../demo/seed/lexical.js'
import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestHost, type TestNewsroom } from '../helpers/newsroom.js'
import { listen } from '../public/helpers/listen.js'
import { startNextHttpHost } from './helpers/nextHttpHost.js'
import { openSse, type SseStream } from './helpers/sseClient.js'
import { startReceiver } from './helpers/webhookReceiver.js'

/** How far ahead the update is scheduled: long enough to look at every surface before it. */
const LEAD_MS = 4000
const CRON_SECRET = 'cron-secret-for-the-test'

/**
 * Who runs Payload's jobs (the scheduled publication, then the webhook deliveries it causes), in the
 * ways the README describes for each host:
 * - `plugin`: the plugin's own runner (`live.webhooks.runSeconds`), the default in every host;
 * - `autoRun`: the plugin's runner off, Payload's `jobs.autoRun` cron (a long-lived server);
 * - `cron`: the plugin's runner off, an outside cron calling `GET /api/payload-jobs/run` over HTTP with
 *   a bearer secret, as a serverless Next deployment is run (Vercel Cron).
 */
const MODES: { host: TestHost; runner: 'plugin' | 'autoRun' | 'cron' }[] = [
  { host: 'express', runner: 'plugin' },
  { host: 'express', runner: 'autoRun' },
  { host: 'next', runner: 'plugin' },
  { host: 'next', runner: 'cron' },
]

// Several newsrooms, one after the other, in this file: each new database needs Payload's schema push,
// which Payload skips when the schema equals the one it pushed last in the process.
process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'

const cases = TEST_DATABASES.flatMap((database) =>
  MODES.map((mode) => [database, mode.host, mode.runner] as const),
)

describe.each(cases)(
  'scheduled publication on %s, %s host, jobs run by %s',
  (database, host, runner) => {
    const mode = { host, runner }
    let n: TestNewsroom
    let server: { url: string; close: () => Promise<void> }
    let receiver: Awaited<ReturnType<typeof startReceiver>>
    let secret: string
    let storyStream: SseStream
    let allStream: SseStream
    let cron: NodeJS.Timeout | null = null
    const cronAnswers: number[] = []
    const MARK = `Kestrel${mode.host}${mode.runner}`

    beforeAll(async () => {
      const pluginRunner = mode.runner === 'plugin'
      n = await startNewsroom(database, {
        host: mode.host,
        newsroom: {
          live: {
            pollSeconds: 60,
            webhooks: {
              allowPrivateTargets: ['127.0.0.1'],
              runSeconds: pluginRunner ? 0.2 : false,
              backoffMs: 50,
              timeoutMs: 2000,
            },
          },
        },
        jobs: {
          // The run endpoint for the outside cron: its bearer secret, not any signed-in user.
          access: {
            run: ({ req }) => req.headers.get('authorization') === `Bearer ${CRON_SECRET}`,
          },
          ...(mode.runner === 'autoRun'
            ? { autoRun: [{ cron: '* * * * * *', allQueues: true, limit: 20 }] }
            : {}),
        },
      })
      server =
        mode.host === 'next' ? await startNextHttpHost(n.payload.config) : await listen(n.app)
      const story = await n
        .as('editor')
        .post('/api/stories', { title: 'Estuary', _status: 'published' })
      expect(story.status).toBe(201)
      receiver = await startReceiver()
      const sub = await n.as('admin').post('/api/newsroom-webhooks', {
        url: receiver.url,
        events: ['update.published'],
      })
      expect(sub.status).toBe(201)
      secret = sub.body.doc.secret
      storyStream = await openSse(`${server.url}/api/public/stories/estuary/events`)
      allStream = await openSse(`${server.url}/api/public/events`)
      expect([storyStream.status, allStream.status]).toEqual([200, 200])
      if (mode.runner === 'cron') {
        const hit = async () => {
          const res = await fetch(`${server.url}/api/payload-jobs/run?allQueues=true`, {
            headers: { Authorization: `Bearer ${CRON_SECRET}` },
          })
          cronAnswers.push(res.status)
          await res.text()
        }
        cron = setInterval(() => void hit().catch(() => cronAnswers.push(0)), 500)
      }
    })
    afterAll(async () => {
      if (cron) clearInterval(cron)
      storyStream?.close()
      allStream?.close()
      await server?.close()
      await n?.stop()
      await receiver?.close()
      expect(n.serverErrors).toEqual([])
    })

    /** What an anonymous reader gets from every surface that lists updates, by path. */
    const everySurface = async () => {
      const paths = [
        ...['', '/timeline', '/feed.json', '/feed.atom', '/jsonld'].map(
          (p) => `/api/public/stories/estuary${p}`,
        ),
        '/api/updates?depth=0',
      ]
      const texts: Record<string, string> = {}
      for (const path of paths) {
        const res = await n.as('anonymous').get(path)
        expect({ path, status: res.status }).toEqual({ path, status: 200 })
        texts[path] = res.text
      }
      return texts
    }
    const mentioning = (texts: Record<string, string>) =>
      Object.keys(texts).filter((path) => texts[path].includes(MARK))

    it('publishes a draft at the time Payload scheduled it, and not before, on every surface', async () => {
      const draft = await n.as('editor').post('/api/updates', {
        story: (await n.as('editor').get('/api/stories?where[slug][equals]=estuary')).body.docs[0]
          .id,
        headline: `${MARK} sighted upstream`,
        body: lexicalParagraphs(`A ${MARK} was seen at the weir.`),
        _status: 'draft',
      })
      expect(draft.status).toBe(201)
      const update = draft.body.doc.id

      // Scheduled as the admin panel's "Schedule publish" does it: Payload's own server function, as the
      // editor who picked the time (the job publishes with that editor's access).
      const editor = await n.payload.findByID({ collection: 'users', id: n.users.editor.id })
      const req = (await createLocalReq(
        { user: { ...editor, collection: 'users' } as never },
        n.payload,
      )) as PayloadRequest
      const at = new Date(Date.now() + LEAD_MS)
      const scheduled = await schedulePublishHandler({
        type: 'publish',
        date: at,
        doc: { relationTo: 'updates', value: String(update) },
        req,
      } as Parameters<typeof schedulePublishHandler>[0])
      expect(scheduled).not.toHaveProperty('error')
      const { docs: jobs } = await n.payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'schedulePublish' } },
        overrideAccess: true,
      })
      expect(jobs).toHaveLength(1)
      expect(new Date(String(jobs[0].waitUntil)).getTime()).toBe(at.getTime())

      // Before its time: nowhere, while the runner keeps running (the cron's runs answer 200).
      while (Date.now() < at.getTime() - 700) {
        expect(mentioning(await everySurface())).toEqual([])
        await new Promise((r) => setTimeout(r, 300))
      }
      expect(storyStream.events).toEqual([])
      expect(allStream.events.filter((e) => e.data.includes(MARK))).toEqual([])
      expect(receiver.received).toEqual([])
      if (mode.runner === 'cron') {
        expect(cronAnswers.length).toBeGreaterThan(2)
        expect(new Set(cronAnswers)).toEqual(new Set([200]))
        // Nobody else can make the queue run.
        const anonymous = await fetch(`${server.url}/api/payload-jobs/run`)
        expect(anonymous.status).toBe(401)
        await anonymous.text()
      }

      // After: the stream hears of it first (it was published by the job, so not before the time).
      const [message] = await storyStream.waitFor(1, LEAD_MS + 15_000)
      const heardAt = Date.now()
      expect(heardAt).toBeGreaterThanOrEqual(at.getTime())
      const event = JSON.parse(message.data)
      expect(event).toMatchObject({ type: 'update.published', update: { id: update } })
      expect(new Date(event.at).getTime()).toBeGreaterThanOrEqual(at.getTime())
      expect(new Date(event.update.publishedAt).getTime()).toBeGreaterThanOrEqual(at.getTime())
      await allStream.waitFor(1)
      expect(allStream.events.map((e) => e.id)).toContain(message.id)

      // Every surface shows it now (the caches of before were dropped by the publication).
      expect(mentioning(await everySurface())).toEqual(Object.keys(await everySurface()))

      // The story list moves it up by the publication's time.
      const { stories } = (await n.as('anonymous').get('/api/public/stories')).body
      const entry = stories.find((s: { slug: string }) => s.slug === 'estuary')
      expect(new Date(entry.lastActivityAt).getTime()).toBeGreaterThanOrEqual(at.getTime())

      // The partner gets it too, signed (checked with the Standard Webhooks library).
      const [hook] = await receiver.waitFor(1)
      const verified = new Webhook(secret).verify(hook.body, {
        'webhook-id': String(hook.headers['webhook-id']),
        'webhook-timestamp': String(hook.headers['webhook-timestamp']),
        'webhook-signature': String(hook.headers['webhook-signature']),
      }) as { type: string; data: { id: string; update: { id: unknown } } }
      expect(verified).toMatchObject({ type: 'update.published', data: { update: { id: update } } })
      expect(String(verified.data.id)).toBe(message.id)
      expect(Number(hook.headers['webhook-timestamp']) * 1000).toBeGreaterThanOrEqual(
        Math.floor(at.getTime() / 1000) * 1000,
      )

      // The job is done: Payload marks it completed.
      const { docs: after } = await n.payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'schedulePublish' } },
        overrideAccess: true,
      })
      expect(after.every((j) => j.completedAt || j.processing === false)).toBe(true)
    })
  },
)
