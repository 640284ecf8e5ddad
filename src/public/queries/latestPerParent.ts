import type { Doc, Id } from '../types.js'

/** A row of a `_<slug>_versions` table as the adapter returns it. */
export interface VersionRow {
  id: Id
  parent: Id | { id: Id }
  version: Doc
  updatedAt: string
}

export const parentOf = (row: VersionRow): Id =>
  typeof row.parent === 'object' && row.parent !== null ? row.parent.id : row.parent

/** The document as it was in this version, with its own id (the version row's id is not the document's). */
export const versionAsDoc = (row: VersionRow): Doc => ({ ...row.version, id: parentOf(row) })

/** Of versions sorted newest first, each parent's newest, as documents. */
export function latestPerParent(rows: readonly VersionRow[]): Doc[] {
  const seen = new Map<string, Doc>()
  for (const row of rows) {
    const key = String(parentOf(row))
    if (!seen.has(key)) seen.set(key, versionAsDoc(row))
  }
  return [...seen.values()]
}
