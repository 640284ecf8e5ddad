import type { Id, Ref } from '../../documents.js'

/** A row of a `_<slug>_versions` table as the adapter returns it (Payload's `TypeWithVersion` fits it). */
export interface VersionRow<T = object> {
  id: Id
  parent: Ref
  version: T
  updatedAt: string
}

export const parentOf = (row: VersionRow<unknown>): Id =>
  typeof row.parent === 'object' && row.parent !== null ? row.parent.id : row.parent

/** The document as it was in this version, with its own id (the version row's id is not the document's). */
export const versionAsDoc = <T extends object>(row: VersionRow<T>): T & { id: Id } => ({
  ...row.version,
  id: parentOf(row),
})

/** Of versions sorted newest first, each parent's newest, as documents. */
export function latestPerParent<T extends object>(
  rows: readonly VersionRow<T>[],
): (T & { id: Id })[] {
  const seen = new Map<string, T & { id: Id }>()
  for (const row of rows) {
    const key = String(parentOf(row))
    if (!seen.has(key)) seen.set(key, versionAsDoc(row))
  }
  return [...seen.values()]
}
