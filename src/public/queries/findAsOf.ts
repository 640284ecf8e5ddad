import type { CollectionSlug, Payload, PayloadRequest, SelectIncludeType, Where } from 'payload'

import { latestPerParent, type VersionRow } from './latestPerParent.js'
import type { Doc, Id } from '../types.js'

/** The same conditions on a versions table, where the document's fields sit under `version.`. */
export function onVersions(where: Where): Where {
  return Object.fromEntries(
    Object.entries(where).map(([key, value]) =>
      key === 'and' || key === 'or'
        ? [key, (value as Where[]).map(onVersions)]
        : [key === 'id' ? 'parent' : `version.${key}`, value],
    ),
  ) as Where
}

/** The same selection on a versions table (with what identifies and dates each version). */
export const versionSelect = (select: SelectIncludeType): SelectIncludeType => ({
  parent: true,
  updatedAt: true,
  version: select,
})

/**
 * The documents matching `where` now, or, at `asOf`, each document's newest version saved by then that
 * matched it; with `select`, only those fields (and the id). One query either way.
 */
export async function findAsOf(
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  asOf: string | null | undefined,
  select?: SelectIncludeType,
  req?: PayloadRequest,
): Promise<Doc[]> {
  if (!asOf) {
    return (
      await payload.db.find<Doc>({
        collection,
        where,
        sort: '-updatedAt',
        limit: 0,
        pagination: false,
        select,
        req,
      })
    ).docs
  }
  const { docs } = await payload.db.findVersions({
    collection,
    where: { and: [onVersions(where), { updatedAt: { less_than_equal: asOf } }] },
    sort: '-updatedAt',
    limit: 0,
    pagination: false,
    select: select && versionSelect(select),
    req,
  })
  return latestPerParent(docs as unknown as VersionRow[])
}

/**
 * Of documents found as they were, those still published now: a story or update taken down since is
 * left out of the past too. One query.
 */
export async function stillPublished(
  payload: Payload,
  collection: CollectionSlug,
  docs: Doc[],
): Promise<Doc[]> {
  if (docs.length === 0) return docs
  const { docs: live } = await payload.db.find<Doc>({
    collection,
    where: {
      and: [{ _status: { equals: 'published' } }, { id: { in: docs.map((d) => d.id as Id) } }],
    },
    limit: 0,
    pagination: false,
    select: { id: true },
  })
  const ids = new Set(live.map((d) => String(d.id)))
  return docs.filter((d) => ids.has(String(d.id)))
}
