import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { Id, StoredUpdate } from '../documents.js'
import { perPayload } from '../perPayload.js'

type Embargoed = Pick<StoredUpdate, 'embargoUntil'>

/*
 * Embargoes are judged where the public reads, against the newsroom's clock: an update whose
 * `embargoUntil` is later than the moment read (now, or `asOf`) is public nowhere, and neither is a claim
 * that first appeared in it. No job has to run for it to appear: the moment passes and every read sees
 * it. The release (see releaseEmbargoes) only tells the streams, the webhooks and the caches.
 */

interface EmbargoContext {
  now: () => Date
  updates: CollectionSlug
}

const contexts = perPayload<EmbargoContext>()

/** Called at init: the clock and the updates collection the public reads of this instance judge by. */
export function registerEmbargoes(payload: Payload, context: EmbargoContext): void {
  contexts.keep(payload, context)
}

/** The newsroom's "now" (the injected clock in tests; the system clock otherwise). */
export function publicNow(payload: Payload): Date {
  return contexts.of(payload)?.now() ?? new Date()
}

const embargoOf = (update: Embargoed): string | null =>
  typeof update.embargoUntil === 'string' && update.embargoUntil ? update.embargoUntil : null

/** An update whose embargo has not lifted by `moment` is public nowhere, published or not. */
export function embargoedAt(update: Embargoed, moment: Date | string): boolean {
  const until = embargoOf(update)
  return until !== null && new Date(until).getTime() > new Date(moment).getTime()
}

/** When the public first saw an update: its publication, or its embargo's end if that came later. */
export function publicSince(update: Embargoed, publishedAt: string): string {
  const embargo = embargoOf(update)
  return embargo && new Date(embargo).getTime() > new Date(publishedAt).getTime()
    ? new Date(embargo).toISOString()
    : publishedAt
}

/**
 * The updates of these stories under embargo at `moment` (as they are stored now: an embargo is about
 * the future, and the stored time is the one the newsroom stands by). One query.
 */
export async function embargoedUpdateIds(
  payload: Payload,
  storyIds: readonly Id[],
  moment: Date | string,
  req?: PayloadRequest,
): Promise<Set<string>> {
  const context = contexts.of(payload)
  if (!context || storyIds.length === 0) return new Set()
  const { docs } = await payload.db.find<{ id: Id }>({
    collection: context.updates,
    where: {
      and: [
        { story: { in: [...storyIds] } },
        { embargoUntil: { greater_than: new Date(moment).toISOString() } },
      ],
    },
    limit: 0,
    pagination: false,
    select: { id: true },
    req,
  })
  return new Set(docs.map((d) => String(d.id)))
}
