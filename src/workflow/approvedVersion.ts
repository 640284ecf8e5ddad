import {
  createDataloaderCacheKey,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type FieldHook,
  type PayloadRequest,
} from 'payload'

import { isStaff } from '../access/roles.js'
import type { Substance } from './substance.js'
import type { FieldValues } from '../documents.js'

/**
 * What anyone but staff reads of a claim is its approved version, nothing else. The claim's own
 * substance fields hold the revision being worked on, so they are staff-only (their read access says
 * so, which also keeps them out of `where`, `sort`, `select` and `populate`); the public view is made
 * from `approvedVersion`, which holds exactly what the reviewers approved. Nothing here depends on what a
 * query chose to load: a field that is not loaded is simply not shown. (The public API's own shape of a
 * claim is `toPublicClaim`, in src/public/queries/projections.ts; this is the collection's REST/Local API
 * document, all its readable fields kept.)
 */
export function showApprovedVersion(doc: FieldValues): FieldValues {
  const { approvedVersion, ...rest } = doc
  if (!approvedVersion || typeof approvedVersion !== 'object') return rest
  const { approvedAt: _approvedAt, ...substance } = approvedVersion as FieldValues
  return { ...rest, ...substance }
}

/**
 * A query for anonymous readers that selects substance fields gets the approved version instead (the
 * stored fields are the revision's and are not readable), so `select[statement]=true` answers with the
 * approved statement.
 */
export const selectApprovedVersion =
  (substance: Substance): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'read' || isStaff(req.user)) return args
    const select = (args as { select?: Record<string, unknown> }).select
    if (!select || typeof select !== 'object') return args
    const values = Object.values(select)
    const includes = values.length > 0 && values.every((v) => v !== false)
    const wantsSubstance = Object.keys(select).some((k) => substance.names.includes(k))
    if (!includes || !wantsSubstance) return args
    return { ...args, select: { ...select, approvedVersion: true } }
  }

async function load(
  req: PayloadRequest,
  collectionSlug: CollectionSlug,
  docID: unknown,
  currentDepth: number,
  depth: number,
): Promise<unknown> {
  if (docID == null || typeof docID === 'object') return docID
  // Through Payload's own loader, as the reader: the related collection's rules (a source's public
  // projection, a story's publication) apply, and documents of one request are fetched in batches.
  const doc = await req.payloadDataLoader.load(
    createDataloaderCacheKey({
      collectionSlug,
      currentDepth: currentDepth + 1,
      depth,
      docID: docID as number | string,
      draft: false,
      fallbackLocale: req.fallbackLocale ?? null,
      locale: req.locale as string,
      overrideAccess: false,
      showHiddenFields: false,
      // As Payload's own relationship population passes it (a key part, possibly still a promise).
      transactionID: req.transactionID as string | number,
    }),
  )
  return doc ?? docID
}

/**
 * `depth` for the public: the approved version's relationships are ids; populate them as Payload
 * populates relationship fields (same depth rule, the reader's access), so `depth=1` shows sources.
 * `substance` is read when the hook runs: the collection's final fields decide it.
 */
export function populateApprovedVersion(substance: () => Substance): FieldHook {
  return async ({ value, req, depth, currentDepth }) => {
    if (isStaff(req.user) || !value || typeof value !== 'object') return value
    const level = currentDepth ?? 1
    if (!depth || level > depth) return value
    const approved = { ...(value as FieldValues) }
    const targets = [...substance().relationTo].filter(
      (entry): entry is [string, CollectionSlug] => entry[1] !== null,
    )
    await Promise.all(
      targets.map(async ([field, collection]) => {
        const v = approved[field]
        approved[field] = Array.isArray(v)
          ? await Promise.all(v.map((id) => load(req, collection, id, level, depth)))
          : await load(req, collection, v, level, depth)
      }),
    )
    return approved
  }
}
