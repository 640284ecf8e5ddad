import type { CollectionSlug, Payload, Where } from 'payload'

import { latestPerParent, parentOf, type VersionRow } from './latestPerParent.js'
import { toPublicStory } from './projections.js'
import type { Doc, PublicStory } from './types.js'

const published: Where = { _status: { equals: 'published' } }

/**
 * Published stories (one by slug, or all), now or as they were at `asOf`: then each story's newest
 * published version saved by that moment. A story taken down since (unpublished now) is left out of
 * the past too. A constant number of queries: at most three.
 */
export async function findPublicStories(
  payload: Payload,
  collection: CollectionSlug,
  { slug, asOf }: { slug?: string; asOf?: string | null },
): Promise<PublicStory[]> {
  if (!asOf) {
    const where: Where = slug ? { and: [published, { slug: { equals: slug } }] } : published
    const { docs } = await payload.db.find<Doc>({
      collection,
      where,
      sort: '-updatedAt',
      limit: 0,
      pagination: false,
    })
    return docs.map(toPublicStory)
  }
  const publishedBy: Where[] = [
    { 'version._status': { equals: 'published' } },
    { updatedAt: { less_than_equal: asOf } },
  ]
  let parents: unknown[] | undefined
  if (slug) {
    // The slug may have changed: find the stories that had it, then check it was still theirs then.
    const named = await payload.db.findVersions({
      collection,
      where: { and: [...publishedBy, { 'version.slug': { equals: slug } }] },
      limit: 0,
      pagination: false,
      select: { parent: true },
    })
    parents = [...new Set((named.docs as unknown as VersionRow[]).map(parentOf))]
    if (parents.length === 0) return []
  }
  const { docs } = await payload.db.findVersions({
    collection,
    where: { and: [...publishedBy, ...(parents ? [{ parent: { in: parents } }] : [])] },
    sort: '-updatedAt',
    limit: 0,
    pagination: false,
  })
  const then = latestPerParent(docs as unknown as VersionRow[]).filter(
    (d) => !slug || d.slug === slug,
  )
  if (then.length === 0) return []
  const live = await payload.db.find<Doc>({
    collection,
    where: { and: [published, { id: { in: then.map((d) => d.id) } }] },
    limit: 0,
    pagination: false,
    select: { id: true },
  })
  const stillPublished = new Set(live.docs.map((d) => String(d.id)))
  return then.filter((d) => stillPublished.has(String(d.id))).map(toPublicStory)
}
