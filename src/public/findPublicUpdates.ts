import type { CollectionSlug, Payload, Where } from 'payload'

import { latestPerParent, type VersionRow } from './latestPerParent.js'
import { toPublicUpdate } from './projections.js'
import type { Doc, Id, PublicUpdate } from './types.js'

const published: Where = { _status: { equals: 'published' } }

/**
 * The published updates of the given stories, newest publication first, now or at `asOf` (each update's
 * newest published version saved by then). An update taken down since is left out of the past too.
 * One query now, two at a moment in the past.
 */
export async function findPublicUpdates(
  payload: Payload,
  collection: CollectionSlug,
  storyIds: readonly Id[],
  asOf?: string | null,
): Promise<PublicUpdate[]> {
  if (storyIds.length === 0) return []
  let docs: Doc[]
  if (!asOf) {
    docs = (
      await payload.db.find<Doc>({
        collection,
        where: { and: [published, { story: { in: storyIds } }] },
        limit: 0,
        pagination: false,
      })
    ).docs
  } else {
    const versions = await payload.db.findVersions({
      collection,
      where: {
        and: [
          { 'version._status': { equals: 'published' } },
          { 'version.story': { in: storyIds } },
          { updatedAt: { less_than_equal: asOf } },
        ],
      },
      sort: '-updatedAt',
      limit: 0,
      pagination: false,
    })
    const then = latestPerParent(versions.docs as unknown as VersionRow[])
    const live =
      then.length === 0
        ? []
        : (
            await payload.db.find<Doc>({
              collection,
              where: { and: [published, { id: { in: then.map((d) => d.id) } }] },
              limit: 0,
              pagination: false,
              select: { id: true },
            })
          ).docs
    const stillPublished = new Set(live.map((d) => String(d.id)))
    docs = then.filter((d) => stillPublished.has(String(d.id)))
  }
  const wanted = new Set(storyIds.map(String))
  return docs
    .map(toPublicUpdate)
    .filter((u) => wanted.has(String(u.story)))
    .sort(
      (a, b) =>
        b.publishedAt.localeCompare(a.publishedAt) || String(b.id).localeCompare(String(a.id)),
    )
}
