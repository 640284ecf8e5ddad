import http from 'node:http'
import https from 'node:https'
import { isIP } from 'node:net'

import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import { Webhook } from 'standardwebhooks'

import type { ResolvedNewsroomOptions } from '../../options.js'
import { perPayload } from '../../perPayload.js'
import type { Id } from '../../public/types.js'
import type { FieldValues } from '../../documents.js'
import type { PublicEvent } from '../eventTypes.js'
import { toPublicEvent } from '../liveHub.js'
import { OneAtATime } from '../oneAtATime.js'
import { guardedLookup, parseAllowedTargets, refusalOf, type AllowedRanges } from './targetGuard.js'
import { extractID } from '../../extractID.js'

export const DELIVERY_TASK = 'newsroomDeliverWebhook'

/** The body every subscriber gets: the Standard Webhooks envelope around the public event. */
export const webhookBody = (event: PublicEvent): string =>
  JSON.stringify({ type: event.type, timestamp: event.at, data: event })

/** The same for every attempt and every subscriber: receivers drop repeats by it. */
export const webhookIdOf = (eventId: Id): string => `msg_newsroom_${eventId}`

interface Attempt {
  status: number | null
  error: string | null
}

/** One POST, signed now; the address is checked by the lookup the connection itself uses. */
function post(
  url: string,
  headers: Record<string, string>,
  body: string,
  allowed: AllowedRanges,
  timeoutMs: number,
): Promise<Attempt> {
  const target = new URL(url)
  // A literal address skips the lookup: checked here, against the allowance in force now.
  const literal = target.hostname.replace(/^\[|\]$/g, '')
  const refused = isIP(literal) ? refusalOf(literal, allowed) : null
  if (refused) return Promise.resolve({ status: null, error: refused })
  return new Promise((resolve) => {
    const client = target.protocol === 'https:' ? https : http
    const req = client.request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        lookup: guardedLookup(allowed),
        timeout: timeoutMs,
      },
      (res) => {
        // The answer's body is not needed; it is read (up to a point) only to free the socket.
        res.on('data', () => undefined)
        res.on('end', () => resolve({ status: res.statusCode ?? 0, error: null }))
        res.on('error', (err) => resolve({ status: res.statusCode ?? 0, error: err.message }))
      },
    )
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)))
    req.on('error', (err) => resolve({ status: null, error: err.message }))
    req.end(body)
  })
}

/**
 * Delivers one event to one subscriber: the job Payload's Jobs Queue runs (stored in its jobs
 * collection, so it survives restarts), retried with exponential backoff until `maxAttempts`. Each
 * attempt is written to the delivery log first, so a crash mid-attempt still counts it. A 2xx is a
 * delivery; anything else is retried; the last failure marks the delivery failed and counts against
 * the subscription, which is switched off after `disableAfterFailures` failed deliveries in a row.
 */
export function deliverWebhookTask(options: ResolvedNewsroomOptions): TaskConfig<{
  input: { delivery: number | string }
  output: { status: string }
}> {
  const { webhooks } = options.live
  const allowed = parseAllowedTargets(webhooks.allowPrivateTargets)
  const { webhooks: subscriptions, webhookDeliveries: deliveries, events } = options.slugs
  return {
    slug: DELIVERY_TASK,
    label: 'Deliver a newsroom webhook',
    inputSchema: [{ name: 'delivery', type: 'text', required: true }],
    outputSchema: [{ name: 'status', type: 'text' }],
    retries: {
      // Payload counts retries after the first run; the handler stops earlier itself (see below).
      attempts: webhooks.maxAttempts,
      backoff: { type: 'exponential', delay: webhooks.backoffMs },
    },
    handler: async ({ input, req }) => {
      const payload = req.payload
      const update = (id: Id, data: Record<string, unknown>, collection = deliveries) =>
        payload.db.updateOne({ collection, id, data, returning: false })
      const delivery = await payload.db.findOne<FieldValues & { id: Id }>({
        collection: deliveries,
        where: { id: { equals: input.delivery } },
      })
      if (!delivery || delivery.status === 'delivered' || delivery.status === 'cancelled')
        return { output: { status: String(delivery?.status ?? 'gone') } }
      const subscription = await payload.db.findOne<FieldValues & { id: Id }>({
        collection: subscriptions,
        where: { id: { equals: extractID(delivery.subscription) } },
      })
      if (!subscription || !subscription.active) {
        await update(delivery.id as Id, { status: 'cancelled', lastError: 'subscription inactive' })
        return { output: { status: 'cancelled' } }
      }
      const row = await payload.db.findOne<FieldValues & { id: Id }>({
        collection: events,
        where: { id: { equals: delivery.event } },
      })
      if (!row) {
        await update(delivery.id as Id, { status: 'cancelled', lastError: 'event not in the log' })
        return { output: { status: 'cancelled' } }
      }
      const attempts = Number(delivery.attempts ?? 0) + 1
      const at = new Date()
      await update(delivery.id as Id, { attempts, lastAttemptAt: at.toISOString() })

      const body = webhookBody(toPublicEvent(row))
      const msgId = String(delivery.webhookId)
      const headers = {
        'Content-Type': 'application/json',
        'User-Agent': 'payload-plugin-newsroom webhooks',
        'webhook-id': msgId,
        'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
        'webhook-signature': new Webhook(String(subscription.secret)).sign(msgId, at, body),
      }
      const result = await post(
        String(subscription.url),
        headers,
        body,
        allowed,
        webhooks.timeoutMs,
      )
      const ok = result.status !== null && result.status >= 200 && result.status < 300
      if (ok) {
        await update(delivery.id as Id, {
          status: 'delivered',
          lastStatusCode: result.status,
          lastError: null,
          deliveredAt: new Date().toISOString(),
        })
        if (Number(subscription.consecutiveFailures ?? 0) !== 0)
          await update(subscription.id as Id, { consecutiveFailures: 0 }, subscriptions)
        return { output: { status: 'delivered' } }
      }
      const error = result.error ?? `HTTP ${result.status}`
      if (attempts < webhooks.maxAttempts) {
        await update(delivery.id as Id, { lastStatusCode: result.status, lastError: error })
        // Payload's queue retries it after the backoff.
        throw new Error(`webhook to ${String(subscription.url)}: ${error}`)
      }
      await update(delivery.id as Id, {
        status: 'failed',
        lastStatusCode: result.status,
        lastError: error,
      })
      await countFailure(req, options, subscription)
      return { output: { status: 'failed' } }
    },
  }
}

async function countFailure(
  req: PayloadRequest,
  { slugs, live }: ResolvedNewsroomOptions,
  subscription: FieldValues,
): Promise<void> {
  const failures = Number(subscription.consecutiveFailures ?? 0) + 1
  const disable = failures >= live.webhooks.disableAfterFailures
  await req.payload.db.updateOne({
    collection: slugs.webhooks,
    id: subscription.id as Id,
    data: {
      consecutiveFailures: failures,
      ...(disable
        ? {
            active: false,
            disabledReason: `Switched off after ${failures} failed deliveries in a row (${new Date().toISOString()}).`,
          }
        : {}),
    },
    returning: false,
  })
}

/** Whether a subscription wants an event: its types and its stories, none chosen meaning all. */
export function wants(subscription: FieldValues, event: { type: string; story: Id }): boolean {
  const types = Array.isArray(subscription.events) ? (subscription.events as string[]) : []
  const stories = Array.isArray(subscription.stories) ? subscription.stories.map(extractID) : []
  return (
    (types.length === 0 || types.includes(event.type)) &&
    (stories.length === 0 || stories.some((s) => String(s) === String(event.story)))
  )
}

/**
 * In the event's own transaction: a delivery row and a queued job for every active subscription that
 * wants this event (its type, its story). The event and its deliveries commit together or not at all
 * (at-least-once).
 */
export async function queueWebhooks(
  req: PayloadRequest,
  options: ResolvedNewsroomOptions,
  event: { id: Id; type: string; story: Id },
): Promise<number> {
  const { docs } = await req.payload.db.find<FieldValues>({
    collection: options.slugs.webhooks,
    where: { active: { equals: true } },
    limit: 0,
    pagination: false,
    select: { events: true, stories: true },
    req,
  })
  const wanting = docs.filter((s) => wants(s, event))
  for (const s of wanting) {
    const delivery = await req.payload.db.create({
      collection: options.slugs.webhookDeliveries,
      data: {
        subscription: s.id,
        event: Number(event.id),
        eventType: event.type,
        webhookId: webhookIdOf(event.id),
        status: 'pending',
        attempts: 0,
      },
      req,
    })
    await req.payload.jobs.queue({
      task: DELIVERY_TASK as never,
      queue: options.live.webhooks.queue,
      input: { delivery: String(delivery.id) } as never,
      req,
    })
  }
  return wanting.length
}

/** Payload's runner for the queue, started with the plugin unless the app runs its jobs itself. */
export class JobsRunner {
  private timer: NodeJS.Timeout | null = null
  private full = false
  private readonly runs = new OneAtATime(
    () => this.runDue(),
    (err) => {
      if (!this.closed) this.payload.logger.error({ err }, 'newsroom webhooks: running the queue')
    },
  )
  private closed = false

  constructor(
    private readonly payload: Payload,
    private readonly options: ResolvedNewsroomOptions,
  ) {}

  start(): void {
    const seconds = this.options.live.webhooks.runSeconds
    if (seconds === false) return
    this.timer = setInterval(() => this.kick(true), seconds * 1000)
    this.timer.unref()
    this.kick(true)
  }

  /**
   * Runs the due jobs now (after a commit that queued some: `full` false), once at a time; the timer's
   * runs (`full`) also hand back abandoned jobs and run Payload's scheduled publications.
   */
  kick(full = false): void {
    if (this.closed || this.options.live.webhooks.runSeconds === false) return
    if (full) this.full = true
    this.runs.request()
  }

  private async runDue(): Promise<void> {
    const full = this.full
    this.full = false
    if (full) await this.recoverAbandoned()
    const { queue, concurrency } = this.options.live.webhooks
    await this.payload.jobs.run({ queue, limit: concurrency, silent: true })
    // Payload's scheduled publications (drafts.schedulePublish), in the default queue.
    if (full)
      await this.payload.jobs.run({
        queue: 'default',
        where: { taskSlug: { equals: 'schedulePublish' } },
        limit: 10,
        silent: true,
      })
  }

  /**
   * A job an instance was running when it died stays marked as processing for ever: one untouched for
   * longer than an attempt can take is handed back to the queue. At-least-once: the receiver may get
   * the attempt the dead instance was making again, with the same `webhook-id`.
   */
  private async recoverAbandoned(): Promise<void> {
    const { queue, staleSeconds } = this.options.live.webhooks
    const before = new Date(Date.now() - staleSeconds * 1000).toISOString()
    // The adapter's typed updateJobs (BaseDatabaseAdapter): Payload's own way to hand jobs back.
    await this.payload.db.updateJobs({
      where: {
        and: [
          { queue: { equals: queue } },
          { processing: { equals: true } },
          { completedAt: { exists: false } },
          { updatedAt: { less_than: before } },
        ],
      },
      data: { processing: false },
      req: {},
      returning: false,
    })
  }

  async close(): Promise<void> {
    this.closed = true
    if (this.timer) clearInterval(this.timer)
    await this.runs.stop()
  }
}

const runners = perPayload<JobsRunner>()

export const jobsRunner = runners.of

export function startJobsRunner(payload: Payload, options: ResolvedNewsroomOptions): void {
  const runner = new JobsRunner(payload, options)
  runners.keep(payload, runner, () => runner.close())
  runner.start()
}
