/**
 * The server of the live-coverage benchmark, in its own process (forked by liveBench.ts): the Express
 * host on PORT, the database in DATABASE_URL (schema pushed, as in development), and on IPC the writes
 * the runner asks for, each answered once it has committed.
 */
import { performance } from 'node:perf_hooks'

import { getPayload } from 'payload'

import { buildAppConfig } from '../../demo/appConfig.js'
import { lexicalParagraphs } from '../../demo/seed/lexical.js'
import { createExpressApp } from 'payload-plugin-newsroom/express'

const port = Number(process.env.PORT)
const payload = await getPayload({
  config: buildAppConfig({
    logLevel: 'warn',
    secret: 'live-bench-secret',
    newsroom: {
      live: {
        maxConnections: 5000,
        heartbeatSeconds: 15,
        pollSeconds: 60,
        webhooks: {
          allowPrivateTargets: ['127.0.0.1'],
          // The runner drains the queue on request (op "drain"), so that the rate is the delivery's own.
          runSeconds: false,
          concurrency: Number(process.env.WEBHOOK_CONCURRENCY ?? 20),
        },
      },
    },
  }),
})
const story = await payload.create({
  collection: 'stories',
  data: { title: 'Bench live', _status: 'published' } as never,
  overrideAccess: true,
})
const server = createExpressApp(payload).listen(port, '127.0.0.1')
await new Promise((r) => server.once('listening', r))

const now = () => performance.timeOrigin + performance.now()
let count = 0
process.on('message', async (msg: { id: number; op: string; url?: string }) => {
  const reply = (data: object) => process.send!({ id: msg.id, ...data })
  if (msg.op === 'publish') {
    const started = now()
    await payload.create({
      collection: 'updates',
      data: {
        story: story.id,
        headline: `Bench update ${++count}`,
        body: lexicalParagraphs(`Paragraph ${count}.`),
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
    reply({ started, committed: now() })
  } else if (msg.op === 'memory') {
    reply({ memory: process.memoryUsage() })
  } else if (msg.op === 'subscribe') {
    await payload.create({
      collection: 'newsroom-webhooks',
      data: { url: msg.url, events: ['update.published'] } as never,
      overrideAccess: true,
    })
    reply({})
  } else if (msg.op === 'drain') {
    const started = now()
    for (;;) {
      const result = await payload.jobs.run({
        queue: 'newsroom-webhooks',
        limit: Number(process.env.WEBHOOK_CONCURRENCY ?? 20),
        silent: true,
      })
      if (result.noJobsRemaining) break
    }
    reply({ started, finished: now() })
  } else if (msg.op === 'deliveries') {
    const { totalDocs } = await payload.count({
      collection: 'newsroom-webhook-deliveries',
      where: { status: { equals: 'delivered' } },
      overrideAccess: true,
    })
    reply({ delivered: totalDocs })
  }
})
process.send!({ ready: true, slug: (story as unknown as { slug: string }).slug })
// The runner gone (killed, timed out): this server goes with it rather than hold its port.
process.on('disconnect', () => process.exit(1))
