import type { Payload } from 'payload'

import type { ResolvedNewsroomOptions } from '../options.js'
import { perPayload } from '../perPayload.js'
import { redisInvalidationBus, type InvalidationBus } from '../public/http/invalidationBus.js'
import type { FieldValues } from '../documents.js'
import type { PublicEvent } from './eventTypes.js'
import { OneAtATime } from './oneAtATime.js'
import { releaseEmbargoes } from './releaseEmbargoes.js'

/** One open stream: the story it follows (null: all) and the last event id it was sent. */
export interface Subscriber {
  story: string | null
  lastId: number
  send: (event: PublicEvent) => void
  heartbeat: () => void
  close: () => void
}

export const toPublicEvent = (row: FieldValues): PublicEvent => ({
  id: row.id as number,
  type: row.type as PublicEvent['type'],
  at: new Date(String(row.at)).toISOString(),
  storyId: Number.isNaN(Number(row.story)) ? String(row.story) : Number(row.story),
  ...(row.data as object),
})

const PAGE = 500

const hubs = perPayload<LiveHub>()

/** The live hub of this instance, if it was started with the plugin. */
export const liveHub = (payload: Payload): LiveHub | undefined => hubs.of(payload)

/**
 * The streams of one Payload instance and the one reader of the log that feeds them. A commit here, a
 * message from another instance through Redis, or the poll makes it read the events after the last one
 * it saw, once for all streams, and hand each stream what follows its own last id, in id order.
 */
export class LiveHub {
  readonly subscribers = new Set<Subscriber>()
  private head = 0
  /** Reads what is new, once at a time; a wake-up during a read reads again after it. */
  private readonly reader = new OneAtATime(
    async () => {
      let page: PublicEvent[]
      do {
        page = await this.eventsAfter(this.head, null)
        for (const event of page) {
          this.head = Number(event.id)
          for (const s of this.subscribers) this.deliver(s, event)
        }
      } while (page.length === PAGE)
    },
    (err) => this.payload.logger.error({ err }, 'newsroom live: reading the event log'),
  )
  private timers: NodeJS.Timeout[] = []
  private bus: InvalidationBus | null = null
  private closed = false

  constructor(
    private readonly payload: Payload,
    private readonly options: ResolvedNewsroomOptions,
  ) {}

  async start(): Promise<void> {
    this.head = await this.newestId()
    const { redisUrl } = this.options.publicApi
    if (redisUrl) {
      // The public cache's bus on a channel of its own: each message means "the log grew".
      this.bus = await redisInvalidationBus(
        this.payload,
        { url: redisUrl, channel: this.options.live.redisChannel },
        () => this.wake(),
      )
    }
    const { heartbeatSeconds, pollSeconds, embargoCheckSeconds } = this.options.live
    this.timers.push(
      setInterval(() => this.subscribers.forEach((s) => s.heartbeat()), heartbeatSeconds * 1000),
      setInterval(() => this.subscribers.size > 0 && this.wake(), pollSeconds * 1000),
      setInterval(() => void this.releaseEmbargoes(true), embargoCheckSeconds * 1000),
    )
    // Embargoes that lifted while no instance ran: told now.
    void this.releaseEmbargoes(false)
    this.timers.forEach((t) => t.unref())
  }

  /** The newest event id in the log (0 for none). */
  async newestId(): Promise<number> {
    const { docs } = await this.payload.db.find<FieldValues>({
      collection: this.options.slugs.events,
      sort: '-id',
      limit: 1,
      select: { id: true },
    })
    return docs[0] ? Number(docs[0].id) : 0
  }

  /** Events after `after`, oldest first (one story's, or all). */
  async eventsAfter(after: number, story: string | null, limit = PAGE): Promise<PublicEvent[]> {
    const { docs } = await this.payload.db.find<FieldValues>({
      collection: this.options.slugs.events,
      where: {
        and: [{ id: { greater_than: after } }, ...(story ? [{ story: { equals: story } }] : [])],
      },
      sort: 'id',
      limit,
      pagination: false,
    })
    return docs.map(toPublicEvent)
  }

  private releasing = false

  /** Tells of embargoes that lifted (one check at a time; the next tick tries again after an error). */
  async releaseEmbargoes(lookBack: boolean): Promise<void> {
    if (this.releasing || this.closed) return
    this.releasing = true
    try {
      await releaseEmbargoes(this.payload, this.options, { lookBack })
    } catch (err) {
      if (!this.closed) this.payload.logger.error({ err }, 'newsroom live: releasing embargoes')
    } finally {
      this.releasing = false
    }
  }

  /** This instance committed events: read them, and tell the other instances. */
  committed(): void {
    this.bus?.publish(['events'])
    this.wake()
  }

  /** Reads what is new (see `reader`). */
  wake(): void {
    this.reader.request()
  }

  deliver(s: Subscriber, event: PublicEvent): void {
    const id = Number(event.id)
    if (id <= s.lastId) return
    if (s.story !== null && String(event.storyId) !== s.story) {
      s.lastId = id
      return
    }
    s.lastId = id
    s.send(event)
  }

  get headId(): number {
    return this.head
  }

  async close(): Promise<void> {
    this.closed = true
    // The read under way, if any, ends on its own: its streams are closed below.
    void this.reader.stop()
    this.timers.forEach(clearInterval)
    for (const s of [...this.subscribers]) s.close()
    this.subscribers.clear()
    await this.bus?.close()
  }
}

export async function startLiveHub(
  payload: Payload,
  options: ResolvedNewsroomOptions,
): Promise<void> {
  const hub = new LiveHub(payload, options)
  await hub.start()
  // The streams end and Redis closes with Payload.
  hubs.keep(payload, hub, () => hub.close())
}
