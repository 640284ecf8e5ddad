import type { CollectionSlug, Payload, Where } from 'payload'

import { embargoedAt, embargoedUpdateIds, publicNow } from '../../live/embargo.js'
import { findAsOf, stillPublished } from './findAsOf.js'
import { toPublicUpdate } from './projections.js'
import type { StoredUpdate } from '../../documents.js'
import type { Id, PublicUpdate } from '../types.js'

/**
 * The published updates of the given stories, newest publication first, now or at `asOf` (each update's
 * newest published version saved by then; one taken down since is left out). One query now, two at a
 * moment in the past (three: the embargoes as stored now count for the past too). An update under
 * embargo at that moment is left out.
 */
export async function findPublicUpdates(
  payload: Payload,
  collection: CollectionSlug,
  storyIds: readonly Id[],
  asOf?: string | null,
): Promise<PublicUpdate[]> {
  if (storyIds.length === 0) return []
  const where: Where = {
    and: [{ _status: { equals: 'published' } }, { story: { in: [...storyIds] } }],
  }
  const found = await findAsOf<StoredUpdate>(payload, collection, where, asOf)
  const docs = asOf ? await stillPublished(payload, collection, found) : found
  const moment = asOf ?? publicNow(payload)
  const embargoed = asOf ? await embargoedUpdateIds(payload, storyIds, moment) : new Set<string>()
  const wanted = new Set(storyIds.map(String))
  return docs
    .filter((d) => !embargoedAt(d, moment) && !embargoed.has(String(d.id)))
    .map(toPublicUpdate)
    .filter((u) => wanted.has(String(u.story)))
    .sort(
      (a, b) =>
        b.publishedAt.localeCompare(a.publishedAt) || String(b.id).localeCompare(String(a.id)),
    )
}
