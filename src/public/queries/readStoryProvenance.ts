import type { Payload } from 'payload'

import type { NewsroomSlugs } from '../../options.js'
import { findClaimHistory } from './findClaimHistory.js'
import { findPublicSources } from './findPublicSources.js'
import type { PublicClaim, StorySnapshot } from '../types.js'

export interface ProvenanceInput {
  snapshot: StorySnapshot
  /** Per claim, its approved revisions oldest first (a re-approved edit is a new one), as of `asOf`. */
  revisions: Map<string, PublicClaim[]>
}

/**
 * What the PROV document is made of: the snapshot and every approved revision of its claims. A
 * revision is told apart by its approval time: later versions that only moved the workflow (a revision
 * opened, a retraction) carry the same approved words. Sources an earlier revision named are loaded
 * too. Two queries more than the snapshot's.
 */
export async function readStoryProvenance(
  payload: Payload,
  slugs: NewsroomSlugs,
  snapshot: StorySnapshot,
): Promise<ProvenanceInput> {
  const history = await findClaimHistory(payload, slugs.claims, snapshot.story.id, snapshot.asOf)
  const revisions = new Map<string, PublicClaim[]>()
  // Only claims public at that moment: one that first appeared in an update under embargo is not.
  const visible = new Set(snapshot.claims.map((c) => String(c.id)))
  for (const versions of history) {
    if (versions.length === 0 || !visible.has(String(versions[0].id))) continue
    const distinct: PublicClaim[] = []
    for (const v of versions)
      if (v.approvedAt && !distinct.some((d) => d.approvedAt === v.approvedAt)) distinct.push(v)
    if (distinct.length) revisions.set(String(distinct[0].id), distinct)
  }
  const earlier = [...revisions.values()].flatMap((r) => r.slice(0, -1))
  const missing = earlier.filter(
    (c) =>
      (c.source != null && !snapshot.sources.has(String(c.source))) ||
      c.via.some((v) => !snapshot.sources.has(String(v))),
  )
  const more = missing.length ? await findPublicSources(payload, slugs.sources, missing) : new Map()
  return {
    snapshot: { ...snapshot, sources: new Map([...snapshot.sources, ...more]) },
    revisions,
  }
}
