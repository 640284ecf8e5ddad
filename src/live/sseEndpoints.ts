import type { Endpoint, PayloadRequest } from 'payload'

import type { ResolvedNewsroomOptions } from '../options.js'
import { findPublicStories } from '../public/queries/findPublicStories.js'
import { problemContext, problemResponse } from '../public/http/problem.js'
import type { PublicEvent } from './eventTypes.js'
import { liveHub, type Subscriber } from './liveHub.js'

const encoder = new TextEncoder()
/** A stream whose reader falls this far behind is closed: it reconnects and replays from the log. */
const MAX_QUEUED_BYTES = 1 << 20

/**
 * One event: `event:` names its type (`update.published`), so a browser listens to the kinds it wants
 * with `addEventListener(type, ...)`; `id:` is the log's id, which EventSource sends back on reconnection.
 */
export const sseFrame = (event: PublicEvent): string =>
  `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`

/** `Last-Event-ID` as EventSource sends it on reconnection, or `?lastEventId=` for a first connection. */
function lastEventId(req: PayloadRequest, url: URL): number | null | 'invalid' {
  const raw = req.headers.get('last-event-id') ?? url.searchParams.get('lastEventId')
  if (raw === null || raw === '') return null
  return /^\d{1,15}$/.test(raw.trim()) ? Number(raw.trim()) : 'invalid'
}

async function openStream(
  req: PayloadRequest,
  options: ResolvedNewsroomOptions,
  slug: string | null,
): Promise<Response> {
  const hub = liveHub(req.payload)
  const problems = problemContext(req, options.publicApi)
  const url = new URL(req.url ?? '/', 'http://localhost')
  const from = lastEventId(req, url)
  if (from === 'invalid')
    return problemResponse(problems, 400, '"Last-Event-ID" must be an event id (a whole number).', [
      { name: 'Last-Event-ID', reason: 'not an event id' },
    ])
  if (!hub) return problemResponse(problems, 503, 'The live stream is starting; try again shortly.')
  if (hub.subscribers.size >= options.live.maxConnections) {
    const res = problemResponse(
      problems,
      503,
      'Too many live connections on this server; retry shortly.',
    )
    res.headers.set('Retry-After', String(Math.max(1, Math.ceil(options.live.retryMs / 1000))))
    return res
  }
  let story: string | null = null
  if (slug !== null) {
    const [found] = await findPublicStories(req.payload, options.slugs.stories, { slug })
    if (!found) return problemResponse(problems, 404, `No published story "${slug}".`)
    story = String(found.id)
  }

  let sub: Subscriber | null = null
  let buffered: PublicEvent[] | null = []
  const stream = new ReadableStream<Uint8Array>(
    {
      start: async (controller) => {
        let open = true
        const write = (text: string) => {
          if (!open) return
          controller.enqueue(encoder.encode(text))
          if ((controller.desiredSize ?? 0) <= 0) end()
        }
        const end = () => {
          if (!open) return
          open = false
          if (sub) hub.subscribers.delete(sub)
          try {
            controller.close()
          } catch {
            // already cancelled by the reader
          }
        }
        sub = {
          story,
          lastId: from ?? hub.headId,
          send: (event) => (buffered ? buffered.push(event) : write(sseFrame(event))),
          heartbeat: () => write(': heartbeat\n\n'),
          close: end,
        }
        hub.subscribers.add(sub)
        ;(req as { signal?: AbortSignal }).signal?.addEventListener('abort', end)
        write(`retry: ${options.live.retryMs}\n: connected\n\n`)
        // Replay what the reader missed, then what arrived meanwhile, each event once, in order.
        let cursor = sub.lastId
        try {
          if (from !== null) {
            for (;;) {
              const page = await hub.eventsAfter(cursor, story)
              page.forEach((e) => write(sseFrame(e)))
              if (page.length > 0) cursor = Number(page[page.length - 1].id)
              if (page.length < 500 || !open) break
            }
          }
        } catch (err) {
          req.payload.logger.error({ err }, 'newsroom live: replaying the event log')
          end()
        }
        const waiting = buffered ?? []
        buffered = null
        waiting.filter((e) => Number(e.id) > cursor).forEach((e) => write(sseFrame(e)))
        // The replay may have read events the hub has not read yet (committed by another instance,
        // or just now here): when the hub delivers them, they were sent already.
        sub.lastId = Math.max(sub.lastId, cursor)
      },
      cancel: () => {
        if (sub) hub.subscribers.delete(sub)
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: MAX_QUEUED_BYTES }),
  )
  return new Response(stream, {
    status: 200,
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // no-transform: compression middleware (Next's too) would hold the events back.
      'Cache-Control': 'no-cache, no-transform',
      'X-Accel-Buffering': 'no',
    },
  })
}

/** `GET /events` (every story) and `GET /stories/:slug/events` as Server-Sent Events. */
export function sseEndpoints(options: ResolvedNewsroomOptions): Endpoint[] {
  const { prefix } = options.publicApi
  return [
    { path: `${prefix}/events`, method: 'get', handler: (req) => openStream(req, options, null) },
    {
      path: `${prefix}/stories/:slug/events`,
      method: 'get',
      handler: (req) => openStream(req, options, String(req.routeParams?.slug ?? '')),
    },
  ]
}
