import type { PayloadRequest } from 'payload'

import type { ResolvedNewsroomOptions } from '../options.js'
import type { PresentedClaim } from '../public/rendering/presentClaim.js'
import type { FieldValues, Id, StoredClaim, StoredStory, StoredUpdate } from '../documents.js'
import { appendPublicEvent, lastEventOf } from './appendPublicEvent.js'
import { currentClaimView, currentStoryView, currentUpdateView, mainRow } from './currentViews.js'
import type { PublicStoryView, PublicUpdateView } from './eventTypes.js'
import { extractID } from '../extractID.js'

/*
 * Each function compares what the public sees of one item now with what the log last said of it, and
 * appends the difference. Comparing with the log, not with the previous document, makes them exact
 * whatever the write was (a draft saved over a published version changes nothing public) and safe to
 * run again (an embargo check that finds nothing new appends nothing).
 */

/** The later of two times: an event is never dated before the public could see what it tells. */
const later = (a: string, b: string | null): string =>
  b && new Date(b).getTime() > new Date(a).getTime() ? new Date(b).toISOString() : a

/** The embargo of the update a claim first appeared in (null for none). */
async function embargoOfClaim(
  req: PayloadRequest,
  options: ResolvedNewsroomOptions,
  doc: StoredClaim | null,
): Promise<string | null> {
  const update = extractID(doc?.update)
  if (update === null) return null
  const row = await mainRow<StoredUpdate>(req, options.slugs.updates, update)
  return row?.embargoUntil ?? null
}

export async function recordClaim(
  req: PayloadRequest,
  options: ResolvedNewsroomOptions,
  id: Id,
): Promise<void> {
  const doc = await mainRow<StoredClaim>(req, options.slugs.claims, id)
  const view = await currentClaimView(req, options, doc)
  if (!view) return
  const subject = `claim:${id}`
  const last = (await lastEventOf(req, options, subject))?.data.claim as PresentedClaim | undefined
  const base = { story: extractID(doc?.story) as Id, subject }
  const endedAt = view.retractedAt ?? view.supersededAt ?? options.live.now().toISOString()
  if (!last) {
    // Approved under an embargo, it became public when the embargo lifted.
    const embargo = await embargoOfClaim(req, options, doc)
    await appendPublicEvent(req, options, {
      ...base,
      type: view.state === 'approved' ? 'claim.approved' : `claim.${view.state}`,
      at: later(view.state === 'approved' ? (view.approvedAt ?? endedAt) : endedAt, embargo),
      data: { claim: view },
    })
  } else if (view.state !== last.state) {
    await appendPublicEvent(req, options, {
      ...base,
      type: view.state === 'approved' ? 'claim.approved' : `claim.${view.state}`,
      at: endedAt,
      data: { claim: view },
    })
  } else if (view.approvedAt !== last.approvedAt) {
    await appendPublicEvent(req, options, {
      ...base,
      type: 'claim.corrected',
      at: view.approvedAt ?? endedAt,
      data: { claim: view, previous: last },
    })
  }
}

export async function recordUpdate(
  req: PayloadRequest,
  options: ResolvedNewsroomOptions,
  id: Id,
  deleted?: FieldValues,
): Promise<void> {
  const doc = deleted ? null : await mainRow<StoredUpdate>(req, options.slugs.updates, id)
  const view = await currentUpdateView(req, options, doc)
  const subject = `update:${id}`
  const lastRow = await lastEventOf(req, options, subject)
  const last =
    lastRow && lastRow.type !== 'update.withdrawn'
      ? (lastRow.data.update as PublicUpdateView)
      : null
  const story = extractID(doc?.story ?? deleted?.story ?? lastRow?.story)
  if (story === null) return
  const now = options.live.now().toISOString()
  const base = { story, subject }
  if (view && !last) {
    // Published while under embargo: public from the moment it lifted, and the event says so.
    const embargo = typeof doc?.embargoUntil === 'string' ? doc.embargoUntil : null
    const lifted =
      embargo !== null &&
      typeof doc?.publishedAt === 'string' &&
      new Date(embargo).getTime() > new Date(doc.publishedAt).getTime()
    await appendPublicEvent(req, options, {
      ...base,
      type: 'update.published',
      at: view.publishedAt,
      data: lifted ? { update: view, embargoLifted: true } : { update: view },
    })
  } else if (
    view &&
    last &&
    (view.revision !== last.revision ||
      view.keyEvent !== last.keyEvent ||
      view.pinned !== last.pinned)
  ) {
    await appendPublicEvent(req, options, {
      ...base,
      type: 'update.corrected',
      at: now,
      data: { update: view, previous: last },
    })
  } else if (!view && last) {
    // Taken down: the event says which, never again what it said.
    await appendPublicEvent(req, options, {
      ...base,
      type: 'update.withdrawn',
      at: now,
      data: { update: { id } },
    })
  }
}

export async function recordStory(
  req: PayloadRequest,
  options: ResolvedNewsroomOptions,
  id: Id,
  deleted?: FieldValues,
): Promise<void> {
  const view = currentStoryView(
    deleted ? null : await mainRow<StoredStory>(req, options.slugs.stories, id),
  )
  const subject = `story:${id}`
  const lastRow = await lastEventOf(req, options, subject)
  const last =
    lastRow && lastRow.type !== 'story.withdrawn' ? (lastRow.data.story as PublicStoryView) : null
  const base = { story: id, subject, at: options.live.now().toISOString() }
  if (view && !last) {
    await appendPublicEvent(req, options, {
      ...base,
      type: 'story.published',
      data: { story: view },
    })
  } else if (view && last && view.state !== last.state) {
    await appendPublicEvent(req, options, {
      ...base,
      type: 'story.stateChanged',
      data: { story: view },
    })
  } else if (!view && last) {
    await appendPublicEvent(req, options, {
      ...base,
      type: 'story.withdrawn',
      data: { story: last },
    })
  }
}
