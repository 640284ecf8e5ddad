import type { CollectionSlug, Payload, Where } from 'payload'

import { letTheLoopTurn } from '../../reliability/loopTurns.js'
import { findAsOf, onVersions, stillPublished } from './findAsOf.js'
import type { StoredStory } from '../../documents.js'
import { parentOf } from './latestPerParent.js'
import { toPublicStory } from './projections.js'
import type { Id, PublicStory } from '../types.js'

const published: Where = { _status: { equals: 'published' } }

/**
 * Published stories (one by slug, or all), now or as they were at `asOf`: each story's newest published
 * version saved by then; one taken down since (unpublished now) is left out of the past too. At most
 * three queries.
 */
export async function findPublicStories(
  payload: Payload,
  collection: CollectionSlug,
  { slug, asOf }: { slug?: string; asOf?: string | null },
): Promise<PublicStory[]> {
  if (!asOf) {
    const where = slug ? { and: [published, { slug: { equals: slug } }] } : published
    return (await findAsOf<StoredStory>(payload, collection, where, null)).map(toPublicStory)
  }
  let where = published
  if (slug) {
    // The slug may have changed: find the stories that ever had it, then check it was theirs then.
    await letTheLoopTurn(payload)
    const named = await payload.db.findVersions({
      collection,
      where: {
        and: [
          onVersions(published),
          { 'version.slug': { equals: slug } },
          { updatedAt: { less_than_equal: asOf } },
        ],
      },
      limit: 0,
      pagination: false,
      select: { parent: true },
    })
    const parents: Id[] = [...new Set(named.docs.map(parentOf))]
    if (parents.length === 0) return []
    where = { and: [published, { id: { in: parents } }] }
  }
  const then = (await findAsOf<StoredStory>(payload, collection, where, asOf)).filter(
    (d) => !slug || d.slug === slug,
  )
  return (await stillPublished(payload, collection, then)).map(toPublicStory)
}
