import { extractID as payloadExtractID } from 'payload/shared'

import type { Id } from './claims/claimModel.js'

/**
 * A relationship's value as its id, whatever depth it was read at: the id itself, or the populated
 * document's. Payload's own `extractID`, which expects a value; this one also answers an unset
 * relationship (null, undefined) and anything that is not a reference with null, so callers need not
 * check first.
 */
export function extractID(ref: unknown): Id | null {
  if (typeof ref === 'string' || typeof ref === 'number') return payloadExtractID(ref)
  if (ref && typeof ref === 'object' && 'id' in ref) {
    const id = payloadExtractID(ref as { id: Id })
    return typeof id === 'string' || typeof id === 'number' ? id : null
  }
  return null
}
