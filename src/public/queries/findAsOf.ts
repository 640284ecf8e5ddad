import type { CollectionSlug, Payload, PayloadRequest, SelectIncludeType, Where } from 'payload'

import type { Id } from '../../documents.js'
import { letTheLoopTurn } from '../../reliability/loopTurns.js'
import { latestPerParent } from './latestPerParent.js'

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
 * matched it; with `select`, only those fields (and the id). One query either way, in a turn of the
 * event loop of its own on SQLite (see reliability/loopTurns).
 */
export async function findAsOf<T extends { id: Id }>(
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  asOf: string | null | undefined,
  select?: SelectIncludeType,
  req?: PayloadRequest,
): Promise<T[]> {
  await letTheLoopTurn(payload, req)
  if (!asOf) {
    return (
      await payload.db.find<T>({
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
  const { docs } = await payload.db.findVersions<Omit<T, 'id'>>({
    collection,
    where: { and: [onVersions(where), { updatedAt: { less_than_equal: asOf } }] },
    sort: '-updatedAt',
    limit: 0,
    pagination: false,
    select: select && versionSelect(select),
    req,
  })
  return latestPerParent(docs) as T[]
}

/**
 * Of documents found as they were, those still published now: a story or update taken down since is
 * left out of the past too. One query.
 */
export async function stillPublished<T extends { id: Id }>(
  payload: Payload,
  collection: CollectionSlug,
  docs: T[],
): Promise<T[]> {
  if (docs.length === 0) return docs
  await letTheLoopTurn(payload)
  const { docs: live } = await payload.db.find<{ id: Id }>({
    collection,
    where: {
      and: [{ _status: { equals: 'published' } }, { id: { in: docs.map((d) => d.id) } }],
    },
    limit: 0,
    pagination: false,
    select: { id: true },
  })
  const ids = new Set(live.map((d) => String(d.id)))
  return docs.filter((d) => ids.has(String(d.id)))
}
