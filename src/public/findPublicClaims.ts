import type { CollectionSlug, Payload } from 'payload'

import { latestPerParent, type VersionRow } from './latestPerParent.js'
import { toPublicClaim } from './projections.js'
import type { Doc, Id, PublicClaim } from './types.js'

/**
 * The claims of the given stories that are (or were at `asOf`) public: approved, retracted or
 * superseded, each as its approved version. Read through the adapter, not the Local API: the claims'
 * afterRead hook hides the approved version from anonymous readers, and it is what the public sees.
 * One query.
 */
export async function findPublicClaims(
  payload: Payload,
  collection: CollectionSlug,
  storyIds: readonly Id[],
  asOf?: string | null,
): Promise<PublicClaim[]> {
  if (storyIds.length === 0) return []
  let docs: Doc[]
  if (!asOf) {
    docs = (
      await payload.db.find<Doc>({
        collection,
        where: { and: [{ story: { in: storyIds } }, { publicState: { not_equals: 'none' } }] },
        limit: 0,
        pagination: false,
      })
    ).docs
  } else {
    // A claim never goes back to "none" once public, so its newest public version by then is its state then.
    const versions = await payload.db.findVersions({
      collection,
      where: {
        and: [
          { 'version.story': { in: storyIds } },
          { 'version.publicState': { not_equals: 'none' } },
          { updatedAt: { less_than_equal: asOf } },
        ],
      },
      sort: '-updatedAt',
      limit: 0,
      pagination: false,
    })
    docs = latestPerParent(versions.docs as unknown as VersionRow[])
  }
  const wanted = new Set(storyIds.map(String))
  return docs
    .map(toPublicClaim)
    .filter((c): c is PublicClaim => c !== null && wanted.has(String(c.story)))
    .sort(
      (a, b) =>
        String(a.approvedAt).localeCompare(String(b.approvedAt)) ||
        String(a.id).localeCompare(String(b.id)),
    )
}
