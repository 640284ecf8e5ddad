import type { PayloadRequest } from 'payload'

import type { ResolvedNewsroomOptions } from '../options.js'
import type { Id } from '../public/types.js'
import { afterCommit, openTransaction } from './afterCommit.js'
import type { PublicEventData, PublicEventType } from './eventTypes.js'
import { liveHub } from './liveHub.js'
import { jobsRunner, queueWebhooks } from './webhooks/deliverWebhook.js'

export interface EventRow {
  type: PublicEventType
  at: string
  story: Id
  subject: string
  data: PublicEventData
}

/** The newest event about one subject (`claim:12`), in the write's transaction. */
export async function lastEventOf(
  req: PayloadRequest,
  { slugs }: ResolvedNewsroomOptions,
  subject: string,
): Promise<(EventRow & { id: Id }) | null> {
  const { docs } = await req.payload.db.find<EventRow & { id: Id }>({
    collection: slugs.events,
    where: { subject: { equals: subject } },
    sort: '-id',
    limit: 1,
    req,
  })
  return docs[0] ?? null
}

/**
 * Readers resume from the last id they saw, so ids must appear in the order they are assigned. A
 * PostgreSQL sequence hands them out at insert, and two transactions may commit in the other order: one
 * transaction-scoped advisory lock makes appends queue from insert to commit. SQLite holds one write lock
 * per database until commit already.
 */
export async function serialiseAppends(req: PayloadRequest): Promise<void> {
  const db = req.payload.db as unknown as {
    name?: string
    sessions?: Record<string, { db: unknown }>
    execute?: (args: { db: unknown; raw: string }) => Promise<unknown>
  }
  if (db.name !== 'postgres' || !db.execute) return
  const tx = await openTransaction(req)
  if (tx === null) return
  await db.execute({ db: db.sessions?.[tx]?.db, raw: 'SELECT pg_advisory_xact_lock(1851880513)' })
}

/** Appends one event in the write's own transaction; streams hear of it once that commits. */
export async function appendPublicEvent(
  req: PayloadRequest,
  options: ResolvedNewsroomOptions,
  row: EventRow,
): Promise<void> {
  await serialiseAppends(req)
  const event = await req.payload.create({
    collection: options.slugs.events,
    data: { ...row, story: String(row.story) } as never,
    req,
    overrideAccess: true,
    depth: 0,
  })
  const deliveries = await queueWebhooks(req, options, { id: event.id as Id, type: row.type })
  await afterCommit(req, () => {
    liveHub(req.payload)?.committed()
    if (deliveries > 0) jobsRunner(req.payload)?.kick()
  })
}
