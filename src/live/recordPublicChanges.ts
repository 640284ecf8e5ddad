import type { PayloadRequest } from 'payload'

import type { ResolvedNewsroomOptions } from '../options.js'
import type { PresentedClaim } from '../public/rendering/presentClaim.js'
import type { Doc, Id } from '../public/types.js'
import { appendPublicEvent, lastEventOf } from './appendPublicEvent.js'
import { currentClaimView, currentStoryView, currentUpdateView, mainRow } from './currentViews.js'
import type { PublicStoryView, PublicUpdateView } from './eventTypes.js'

/*
 * Each function compares what the public sees of one item now with what the log last said of it, and
 * appends the difference. Comparing with the log, not with the previous document, makes them exact
 * whatever the write was (a draft saved over a published version changes nothing public) and safe to
 * run again (an embargo check that finds nothing new appends nothing).
 */

const idOf = (v: unknown): Id | null =>
  v && typeof v === 'object' && 'id' in v ? (v as { id: Id }).id : ((v as Id | null) ?? null)

/** The later of two times: an event is never dated before the public could see what it tells. */
const later = (a: string, b: string | null): string =>
  b && new Date(b).getTime() > new Date(a).getTime() ? new Date(b).toISOString() : a

/** The embargo of the update a claim first appeared in (null for none). */
async function embargoOfClaim(
  req: PayloadRequest,
  opts: ResolvedNewsroomOptions,
  doc: Doc | null,
): Promise<string | null> {
  const update = idOf(doc?.update)
  if (update === null) return null
  const row = await mainRow(req, opts.slugs.updates, update)
  return typeof row?.embargoUntil === 'string' ? row.embargoUntil : null
}

export async function recordClaim(
  req: PayloadRequest,
  opts: ResolvedNewsroomOptions,
  id: Id,
): Promise<void> {
  const doc = await mainRow(req, opts.slugs.claims, id)
  const view = await currentClaimView(req, opts, doc)
  if (!view) return
  const subject = `claim:${id}`
  const last = (await lastEventOf(req, opts, subject))?.data.claim as PresentedClaim | undefined
  const base = { story: idOf(doc?.story) as Id, subject }
  const endedAt = view.retractedAt ?? view.supersededAt ?? opts.live.now().toISOString()
  if (!last) {
    // Approved under an embargo, it became public when the embargo lifted.
    const embargo = await embargoOfClaim(req, opts, doc)
    await appendPublicEvent(req, opts, {
      ...base,
      type: view.state === 'approved' ? 'claim.approved' : `claim.${view.state}`,
      at: later(view.state === 'approved' ? (view.approvedAt ?? endedAt) : endedAt, embargo),
      data: { claim: view },
    })
  } else if (view.state !== last.state) {
    await appendPublicEvent(req, opts, {
      ...base,
      type: view.state === 'approved' ? 'claim.approved' : `claim.${view.state}`,
      at: endedAt,
      data: { claim: view },
    })
  } else if (view.approvedAt !== last.approvedAt) {
    await appendPublicEvent(req, opts, {
      ...base,
      type: 'claim.corrected',
      at: view.approvedAt ?? endedAt,
      data: { claim: view, previous: last },
    })
  }
}

export async function recordUpdate(
  req: PayloadRequest,
  opts: ResolvedNewsroomOptions,
  id: Id,
  deleted?: Doc,
): Promise<void> {
  const doc = deleted ? null : await mainRow(req, opts.slugs.updates, id)
  const view = await currentUpdateView(req, opts, doc)
  const subject = `update:${id}`
  const lastRow = await lastEventOf(req, opts, subject)
  const last =
    lastRow && lastRow.type !== 'update.withdrawn'
      ? (lastRow.data.update as PublicUpdateView)
      : null
  const story = idOf(doc?.story ?? deleted?.story ?? lastRow?.story)
  if (story === null) return
  const now = opts.live.now().toISOString()
  const base = { story, subject }
  if (view && !last) {
    // Published while under embargo: public from the moment it lifted, and the event says so.
    const embargo = typeof doc?.embargoUntil === 'string' ? doc.embargoUntil : null
    const lifted =
      embargo !== null &&
      typeof doc?.publishedAt === 'string' &&
      new Date(embargo).getTime() > new Date(doc.publishedAt).getTime()
    await appendPublicEvent(req, opts, {
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
    await appendPublicEvent(req, opts, {
      ...base,
      type: 'update.corrected',
      at: now,
      data: { update: view, previous: last },
    })
  } else if (!view && last) {
    // Taken down: the event says which, never again what it said.
    await appendPublicEvent(req, opts, {
      ...base,
      type: 'update.withdrawn',
      at: now,
      data: { update: { id } },
    })
  }
}

export async function recordStory(
  req: PayloadRequest,
  opts: ResolvedNewsroomOptions,
  id: Id,
  deleted?: Doc,
): Promise<void> {
  const view = currentStoryView(deleted ? null : await mainRow(req, opts.slugs.stories, id))
  const subject = `story:${id}`
  const lastRow = await lastEventOf(req, opts, subject)
  const last =
    lastRow && lastRow.type !== 'story.withdrawn' ? (lastRow.data.story as PublicStoryView) : null
  const base = { story: id, subject, at: opts.live.now().toISOString() }
  if (view && !last) {
    await appendPublicEvent(req, opts, { ...base, type: 'story.published', data: { story: view } })
  } else if (view && last && view.state !== last.state) {
    await appendPublicEvent(req, opts, {
      ...base,
      type: 'story.stateChanged',
      data: { story: view },
    })
  } else if (!view && last) {
    await appendPublicEvent(req, opts, { ...base, type: 'story.withdrawn', data: { story: last } })
  }
}
