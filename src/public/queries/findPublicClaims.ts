import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { embargoedUpdateIds, publicNow } from '../../live/embargo.js'
import { findAsOf } from './findAsOf.js'
import { PUBLIC_CLAIM_SELECT, toPublicClaim } from './projections.js'
import type { StoredClaim } from '../../documents.js'
import type { Id, PublicClaim } from '../types.js'

/**
 * The claims of the given stories that are (or were at `asOf`) public: approved, retracted or
 * superseded, each as its approved version. A claim never goes back to "none" once public, so its newest
 * public version by `asOf` is its state then. Read through the adapter, not the Local API: the claims'
 * afterRead hook hides the approved version from anonymous readers, and it is what the public sees.
 * Selects only what the public sees. A claim that first appeared in an update under embargo at that
 * moment is left out with it. Two queries.
 */
export async function findPublicClaims(
  payload: Payload,
  collection: CollectionSlug,
  storyIds: readonly Id[],
  asOf?: string | null,
  /** Inside a write: read in its transaction. */
  req?: PayloadRequest,
): Promise<PublicClaim[]> {
  if (storyIds.length === 0) return []
  const where: Where = {
    and: [{ story: { in: [...storyIds] } }, { publicState: { not_equals: 'none' } }],
  }
  const [docs, embargoed] = await Promise.all([
    findAsOf<StoredClaim>(payload, collection, where, asOf, PUBLIC_CLAIM_SELECT, req),
    embargoedUpdateIds(payload, storyIds, asOf ?? publicNow(payload), req),
  ])
  const wanted = new Set(storyIds.map(String))
  return docs
    .map(toPublicClaim)
    .filter(
      (c): c is PublicClaim =>
        c !== null &&
        wanted.has(String(c.story)) &&
        (c.update == null || !embargoed.has(String(c.update))),
    )
    .sort(
      (a, b) =>
        String(a.approvedAt).localeCompare(String(b.approvedAt)) ||
        String(a.id).localeCompare(String(b.id)),
    )
}
