import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { letTheLoopTurn } from '../../reliability/loopTurns.js'
import { PUBLIC_SOURCE_SELECT, toPublicSource } from './projections.js'
import type { StoredSource } from '../../documents.js'
import type { Id, PublicClaim, PublicSource } from '../types.js'

/** The sources and relays the claims name, public fields only, in one query. Sources are not versioned. */
export async function findPublicSources(
  payload: Payload,
  collection: CollectionSlug,
  claims: readonly PublicClaim[],
  /** Inside a write: read in its transaction. */
  req?: PayloadRequest,
): Promise<Map<string, PublicSource>> {
  const ids = [
    ...new Set(
      claims.flatMap((c) => [...(c.source != null ? [c.source] : []), ...c.via]).map(String),
    ),
  ]
  if (ids.length === 0) return new Map()
  await letTheLoopTurn(payload, req)
  const { docs } = await payload.db.find<StoredSource>({
    collection,
    where: { id: { in: ids as Id[] } },
    limit: 0,
    pagination: false,
    select: PUBLIC_SOURCE_SELECT,
    req,
  })
  return new Map(docs.map((d) => [String(d.id), toPublicSource(d)]))
}
