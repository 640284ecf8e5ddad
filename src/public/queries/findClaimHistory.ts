import type { CollectionSlug, Payload } from 'payload'

import { letTheLoopTurn } from '../../reliability/loopTurns.js'
import type { StoredClaim } from '../../documents.js'
import { parentOf, versionAsDoc } from './latestPerParent.js'
import { versionSelect } from './findAsOf.js'
import { PUBLIC_CLAIM_SELECT, toPublicClaim } from './projections.js'
import type { Id, PublicClaim } from '../types.js'

/**
 * Every public version of the story's claims saved by `asOf` (or ever), oldest first, grouped by claim:
 * what the timeline is made of. One query.
 */
export async function findClaimHistory(
  payload: Payload,
  collection: CollectionSlug,
  storyId: Id,
  asOf: string | null,
): Promise<PublicClaim[][]> {
  await letTheLoopTurn(payload)
  const { docs } = await payload.db.findVersions<Omit<StoredClaim, 'id'>>({
    collection,
    where: {
      and: [
        { 'version.story': { equals: storyId } },
        { 'version.publicState': { not_equals: 'none' } },
        ...(asOf ? [{ updatedAt: { less_than_equal: asOf } }] : []),
      ],
    },
    sort: 'updatedAt',
    limit: 0,
    pagination: false,
    select: versionSelect(PUBLIC_CLAIM_SELECT),
  })
  const byClaim = new Map<string, PublicClaim[]>()
  for (const row of docs) {
    const claim = toPublicClaim(versionAsDoc(row))
    if (!claim || String(claim.story) !== String(storyId)) continue
    const key = String(parentOf(row))
    const versions = byClaim.get(key)
    if (versions) versions.push(claim)
    else byClaim.set(key, [claim])
  }
  return [...byClaim.values()]
}
