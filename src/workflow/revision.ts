import { createHash } from 'node:crypto'

import { pickSubstance, type Substance } from './substance.js'
import type { FieldValues } from '../documents.js'

/**
 * A claim's revision: a short fingerprint of everything a reviewer judges (its substance, its states,
 * how many review steps it has had, its public reason). Staff read it as the claim's `revision` field
 * and send it back as `If-Match: "<revision>"` with an edit or a review action: if the claim changed
 * in between, the write is refused with 412 instead of approving words nobody reviewed.
 */
export function claimRevision(doc: FieldValues, substance: Substance): string {
  const history = Array.isArray(doc.reviewHistory) ? doc.reviewHistory.length : 0
  const fingerprint = JSON.stringify([
    pickSubstance(doc, substance),
    doc.reviewState ?? null,
    doc.publicState ?? null,
    history,
    doc.retractionReason ?? null,
  ])
  return createHash('sha256').update(fingerprint).digest('base64url').slice(0, 16)
}

/** Whether an If-Match header (a list of quoted, possibly weak, tags, or `*`) names this revision. */
export function ifMatchAccepts(header: string, revision: string): boolean {
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, '').replace(/^"|"$/g, ''))
    .some((tag) => tag === '*' || tag === revision)
}
