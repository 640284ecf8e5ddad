import { createHash } from 'node:crypto'

import type { CollectionSlug, PayloadRequest } from 'payload'

import type { ResolvedNewsroomOptions } from '../options.js'
import { findPublicClaims } from '../public/queries/findPublicClaims.js'
import { findPublicSources } from '../public/queries/findPublicSources.js'
import { presentClaim, type PresentedClaim } from '../public/rendering/presentClaim.js'
import { toPublicClaim, toPublicStory, toPublicUpdate } from '../public/queries/projections.js'
import { richTextToHtml } from '../public/rendering/renderRichText.js'
import type { Id, StoredClaim, StoredStory, StoredUpdate } from '../documents.js'
import type { PublicUpdate } from '../public/types.js'
import { embargoedAt } from './embargo.js'
import type { PublicStoryView, PublicUpdateView } from './eventTypes.js'

/** The stored document itself (the main row: a draft saved over a published version is not in it). */
export async function mainRow<T extends { id: Id }>(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: Id,
): Promise<T | null> {
  return req.payload.db.findOne<T>({
    collection,
    where: { id: { equals: id } },
    req,
  })
}

/** An update as the public sees it now, or null (a draft, taken down, under embargo). */
export async function currentUpdateView(
  req: PayloadRequest,
  { slugs, live }: ResolvedNewsroomOptions,
  doc: StoredUpdate | null,
): Promise<PublicUpdateView | null> {
  if (!doc || doc._status !== 'published' || embargoedAt(doc, live.now())) return null
  const u = toPublicUpdate(doc)
  const claims = await findPublicClaims(req.payload, slugs.claims, [u.story], null, req)
  return {
    id: u.id,
    headline: u.headline,
    kind: u.kind,
    keyEvent: u.keyEvent,
    pinned: Boolean(doc.pinned),
    occurredAt: u.occurredAt,
    publishedAt: u.publishedAt,
    bodyHtml: richTextToHtml(u.body, new Map(claims.map((c) => [String(c.id), c]))),
    revision: updateRevision(u),
  }
}

/** Changes when the published content changes (its words, kind, time or the claims it cites). */
export const updateRevision = (u: PublicUpdate): string =>
  createHash('sha256')
    .update(JSON.stringify([u.headline, u.kind, u.occurredAt, u.body]))
    .digest('base64url')
    .slice(0, 16)

export function currentStoryView(doc: StoredStory | null): PublicStoryView | null {
  if (!doc || doc._status !== 'published') return null
  const s = toPublicStory(doc)
  return { id: s.id, slug: s.slug, title: s.title, state: s.state }
}

/**
 * A claim as the public sees it now, or null: never public, or it first appeared in an update still
 * under embargo.
 */
export async function currentClaimView(
  req: PayloadRequest,
  { slugs, live }: ResolvedNewsroomOptions,
  doc: StoredClaim | null,
): Promise<PresentedClaim | null> {
  const claim = doc && toPublicClaim(doc)
  if (!claim) return null
  if (claim.update != null) {
    const update = await mainRow<StoredUpdate>(req, slugs.updates, claim.update)
    if (update && embargoedAt(update, live.now())) return null
  }
  const sources = await findPublicSources(req.payload, slugs.sources, [claim], req)
  const replacedBy = new Map<string, Id>()
  if (claim.state === 'superseded') {
    const { docs } = await req.payload.db.find<{ id: Id }>({
      collection: slugs.claims,
      where: {
        and: [{ supersedes: { equals: claim.id } }, { publicState: { not_equals: 'none' } }],
      },
      limit: 1,
      select: { id: true },
      req,
    })
    if (docs[0]) replacedBy.set(String(claim.id), docs[0].id)
  }
  return presentClaim(claim, sources, replacedBy)
}
