import type { Collection, Payload } from 'payload'

/** PostgreSQL's and SQLite's integer ids; beyond 2^53 JavaScript cannot even name them. */
const INTEGER_ID = /^[1-9]\d{0,14}$/
const OBJECT_ID = /^[0-9a-f]{24}$/i

/**
 * Whether `id` can name a document of the collection at all. A string that cannot ("abc", "%00", "1.5")
 * names no document: the answer is 404, never the database's error about an invalid integer.
 */
export function isPossibleId(payload: Payload, collection: string, id: unknown): boolean {
  if (typeof id === 'number') return Number.isSafeInteger(id) && id > 0
  if (typeof id !== 'string' || id.length === 0 || id.length > 200) return false
  const custom = (payload.collections as Record<string, Collection | undefined>)[collection]
    ?.customIDType
  if (custom === 'text') return !id.includes('\u0000')
  const type = custom ?? payload.db.defaultIDType
  if (type === 'number') return INTEGER_ID.test(id)
  if (payload.db.name === 'mongoose') return OBJECT_ID.test(id)
  return !id.includes('\u0000')
}
