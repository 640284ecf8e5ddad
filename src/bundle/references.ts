import { randomBytes } from 'node:crypto'

import type { Id } from '../public/types.js'
import type { FieldValues } from '../documents.js'
import { extractID } from '../extractID.js'

/** What a reference in a bundle points at. */
export type RefKind = 'story' | 'update' | 'claim' | 'source' | 'person'

/**
 * Maps one reference found at `path` (a JSON Pointer into the bundle). An importer returns the new id,
 * or throws to refuse the bundle there; an exporter records it and returns it unchanged.
 */
export type MapRef = (kind: RefKind, value: Id, path: string) => Id | null

const one = (map: MapRef, kind: RefKind, value: unknown, path: string): Id | null => {
  const id = extractID(value)
  return id === null || id === undefined ? null : map(kind, id, path)
}
const many = (map: MapRef, kind: RefKind, value: unknown, path: string): Id[] | null =>
  Array.isArray(value) ? value.map((v, i) => one(map, kind, v, `${path}/${i}`) as Id) : null

/** Payload's array rows: a main row keeps an id (a fresh one), a version row gets the table's own. */
const rows = (
  value: unknown,
  inVersion: boolean,
  each: (row: FieldValues, i: number) => FieldValues = (r) => r,
) =>
  Array.isArray(value)
    ? (value as FieldValues[]).map((row, i) => {
        const { id: _id, ...rest } = each(row, i)
        return inVersion ? rest : { ...rest, id: randomBytes(12).toString('hex') }
      })
    : value

/**
 * Rich text refers to claims through the `claimRef` inline block (and could through a relationship
 * node): the ids inside change with the claims'.
 */
export function remapRichText(value: unknown, map: MapRef, path: string): unknown {
  const walk = (node: unknown, at: string): unknown => {
    if (Array.isArray(node)) return node.map((n, i) => walk(n, `${at}/${i}`))
    if (!node || typeof node !== 'object') return node
    const out: FieldValues = {}
    for (const [key, v] of Object.entries(node as FieldValues)) out[key] = walk(v, `${at}/${key}`)
    const fields = out.fields as FieldValues | undefined
    if (
      fields &&
      typeof fields === 'object' &&
      fields.blockType === 'claimRef' &&
      'claim' in fields
    )
      out.fields = { ...fields, claim: one(map, 'claim', fields.claim, `${at}/fields/claim`) }
    return out
  }
  return walk(value, path)
}

const SUBSTANCE_REFS = (doc: FieldValues, map: MapRef, path: string): FieldValues => ({
  ...('story' in doc ? { story: one(map, 'story', doc.story, `${path}/story`) } : {}),
  ...('update' in doc ? { update: one(map, 'update', doc.update, `${path}/update`) } : {}),
  ...('source' in doc ? { source: one(map, 'source', doc.source, `${path}/source`) } : {}),
  ...('via' in doc ? { via: many(map, 'source', doc.via, `${path}/via`) } : {}),
  ...('supersedes' in doc
    ? { supersedes: one(map, 'claim', doc.supersedes, `${path}/supersedes`) }
    : {}),
})

/** A story, update or claim document (a main row or a version's) with its references mapped. */
export function remapDoc(
  kind: 'story' | 'update' | 'claim',
  doc: FieldValues,
  map: MapRef,
  path: string,
  inVersion: boolean,
): FieldValues {
  const { id: _id, ...rest } = doc
  if (kind === 'story')
    return { ...rest, summary: remapRichText(doc.summary, map, `${path}/summary`) }
  if (kind === 'update')
    return {
      ...rest,
      story: one(map, 'story', doc.story, `${path}/story`),
      author: one(map, 'person', doc.author, `${path}/author`),
      body: remapRichText(doc.body, map, `${path}/body`),
    }
  const approved = doc.approvedVersion as FieldValues | null | undefined
  return {
    ...rest,
    ...SUBSTANCE_REFS(doc, map, path),
    evidence: rows(doc.evidence, inVersion),
    createdBy: one(map, 'person', doc.createdBy, `${path}/createdBy`),
    lastEditedBy: one(map, 'person', doc.lastEditedBy, `${path}/lastEditedBy`),
    approvedBy: one(map, 'person', doc.approvedBy, `${path}/approvedBy`),
    approvedVersion:
      approved && typeof approved === 'object'
        ? { ...approved, ...SUBSTANCE_REFS(approved, map, `${path}/approvedVersion`) }
        : (approved ?? null),
    reviewHistory: rows(doc.reviewHistory, inVersion, (row, i) => ({
      ...row,
      by: one(map, 'person', row.by, `${path}/reviewHistory/${i}/by`),
    })),
  }
}

const CLAIM_ID_IN_HTML = /data-claim-id="([^"]*)"/g

/** A public view of a claim or update inside an event, its ids mapped. */
function remapView(view: FieldValues, map: MapRef, path: string): FieldValues {
  const isClaim = 'statement' in view
  const out: FieldValues = {
    ...view,
    id: one(map, isClaim ? 'claim' : 'update', view.id, `${path}/id`),
  }
  if (!isClaim) {
    if (typeof view.bodyHtml === 'string')
      out.bodyHtml = view.bodyHtml.replace(
        CLAIM_ID_IN_HTML,
        (_, claim: string) =>
          `data-claim-id="${String(map('claim', /^\d+$/.test(claim) ? Number(claim) : claim, `${path}/bodyHtml`))}"`,
      )
    return out
  }
  const source = (s: unknown, at: string) =>
    s && typeof s === 'object'
      ? { ...(s as FieldValues), id: one(map, 'source', (s as FieldValues).id, at) }
      : s
  out.source = source(view.source, `${path}/source`)
  if (Array.isArray(view.via)) out.via = view.via.map((s, i) => source(s, `${path}/via/${i}`))
  for (const key of ['update'] as const)
    if (key in view) out[key] = one(map, 'update', view[key], `${path}/${key}`)
  for (const key of ['supersedes', 'supersededBy'] as const)
    if (key in view) out[key] = one(map, 'claim', view[key], `${path}/${key}`)
  return out
}

/** An event of the public log: the ids it names (its story, subject and the views it carries). */
export function remapEventData(data: FieldValues, map: MapRef, path: string): FieldValues {
  const out: FieldValues = { ...data }
  if (data.story && typeof data.story === 'object')
    out.story = {
      ...(data.story as FieldValues),
      id: one(map, 'story', (data.story as FieldValues).id, `${path}/story/id`),
    }
  if (data.update && typeof data.update === 'object')
    out.update = remapView({ ...(data.update as FieldValues) }, map, `${path}/update`)
  if (data.claim && typeof data.claim === 'object')
    out.claim = remapView(data.claim as FieldValues, map, `${path}/claim`)
  if (data.previous && typeof data.previous === 'object')
    out.previous = remapView(data.previous as FieldValues, map, `${path}/previous`)
  return out
}

/** `claim:12` → `claim:<new id>`. */
export function remapSubject(subject: string, map: MapRef, path: string): string {
  const [kind, ...rest] = subject.split(':')
  const raw = rest.join(':')
  const value = /^\d+$/.test(raw) ? Number(raw) : raw
  return `${kind}:${String(map(kind as RefKind, value, path))}`
}
