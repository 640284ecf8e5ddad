import type { CollectionSlug, Payload, PayloadRequest, SelectType, TypeWithVersion } from 'payload'

import type { NewsroomSlugs } from '../options.js'
import type { Id } from '../public/types.js'
import type { FieldValues } from '../documents.js'
import { extractID } from '../extractID.js'
import { BUNDLE_FORMAT, BUNDLE_VERSION, BUNDLE_SCHEMA_ID } from './bundleSchema.js'
import { remapDoc, type MapRef, type RefKind } from './references.js'

export interface BundleVersion {
  createdAt: string
  updatedAt: string
  autosave?: boolean | null
  version: FieldValues
}
export interface BundleRecord {
  id: Id
  doc: FieldValues
  versions: BundleVersion[]
}
export interface StoryBundle {
  $schema?: string
  format: typeof BUNDLE_FORMAT
  version: typeof BUNDLE_VERSION
  exportedAt: string
  story: BundleRecord
  updates: BundleRecord[]
  claims: BundleRecord[]
  sources: FieldValues[]
  events: FieldValues[]
  people: { ref: Id; email: string }[]
}

/** What a source carries into a bundle; an anonymous one without its identity (see bundleSchema). */
const SOURCE_FIELDS = [
  'publicName',
  'kind',
  'interestedParty',
  'anonymous',
  'publicDescription',
  'anonymityReason',
  'positionToKnow',
  'createdAt',
  'updatedAt',
] as const

export function bundleSource(doc: FieldValues): FieldValues {
  const out: FieldValues = { id: doc.id }
  for (const f of SOURCE_FIELDS) if (doc[f] !== undefined) out[f] = doc[f]
  out.anonymous = Boolean(doc.anonymous)
  if (!out.anonymous) {
    out.name = doc.name
    if (Array.isArray(doc.aliases)) out.aliases = doc.aliases
  }
  return out
}

const all = { limit: 0, pagination: false } as const

async function withVersions(
  payload: Payload,
  collection: CollectionSlug,
  docs: FieldValues[],
  req?: PayloadRequest,
): Promise<BundleRecord[]> {
  if (docs.length === 0) return []
  const { docs: rows } = await payload.db.findVersions<FieldValues>({
    collection,
    where: { parent: { in: docs.map((d) => d.id as Id) } },
    sort: 'updatedAt',
    ...all,
    req,
  })
  const byParent = new Map<string, BundleVersion[]>()
  for (const row of rows as (TypeWithVersion<FieldValues> & { autosave?: unknown })[]) {
    const parent = String(extractID(row.parent))
    const versions = byParent.get(parent) ?? []
    versions.push({
      createdAt: String(row.createdAt),
      updatedAt: String(row.updatedAt),
      ...(typeof row.autosave === 'boolean' ? { autosave: row.autosave } : {}),
      version: row.version,
    })
    byParent.set(parent, versions)
  }
  // Ties on updatedAt keep the order the rows were written in.
  return docs.map((doc) => {
    const { id, ...rest } = doc
    return { id: id as Id, doc: rest, versions: byParent.get(String(id)) ?? [] }
  })
}

/**
 * One story as a bundle (see bundleSchema): read through the database adapter, as stored, for an
 * admin; null if there is no such story. Every version of the story, its updates and claims, the
 * sources any version names, the story's public event log and the people the records name.
 */
export async function exportStoryBundle(
  payload: Payload,
  slugs: NewsroomSlugs,
  usersCollection: CollectionSlug,
  storyId: Id,
  req?: PayloadRequest,
): Promise<StoryBundle | null> {
  const story = await payload.db.findOne<FieldValues & { id: Id }>({
    collection: slugs.stories,
    where: { id: { equals: storyId } },
    req,
  })
  if (!story) return null
  const byStory = { story: { equals: story.id } }
  const [updates, claims] = await Promise.all([
    payload.db.find<FieldValues>({
      collection: slugs.updates,
      where: byStory,
      sort: 'createdAt',
      ...all,
      req,
    }),
    payload.db.find<FieldValues>({
      collection: slugs.claims,
      where: byStory,
      sort: 'createdAt',
      ...all,
      req,
    }),
  ])
  const [[storyRecord], updateRecords, claimRecords] = await Promise.all([
    withVersions(payload, slugs.stories, [story], req),
    withVersions(payload, slugs.updates, updates.docs, req),
    withVersions(payload, slugs.claims, claims.docs, req),
  ])
  // Every id the records name, by kind: what else the bundle must carry.
  const named: Record<RefKind, Set<string>> = {
    story: new Set(),
    update: new Set(),
    claim: new Set(),
    source: new Set(),
    person: new Set(),
  }
  const record: MapRef = (kind, value) => {
    named[kind].add(String(value))
    return value
  }
  const scan = (kind: 'story' | 'update' | 'claim', records: BundleRecord[]) => {
    for (const r of records) {
      remapDoc(kind, r.doc, record, '', false)
      for (const v of r.versions) remapDoc(kind, v.version, record, '', true)
    }
  }
  scan('story', [storyRecord])
  scan('update', updateRecords)
  scan('claim', claimRecords)

  const findIn = async (collection: CollectionSlug, ids: Set<string>, select?: SelectType) =>
    ids.size === 0
      ? []
      : (
          await payload.db.find<FieldValues>({
            collection,
            where: { id: { in: [...ids] } },
            sort: 'createdAt',
            ...all,
            req,
            ...(select ? { select } : {}),
          })
        ).docs
  const [sources, events, people] = await Promise.all([
    findIn(slugs.sources, named.source),
    payload.db.find<FieldValues>({
      collection: slugs.events,
      where: { story: { equals: String(story.id) } },
      sort: 'id',
      ...all,
      req,
    }),
    findIn(usersCollection, named.person, { email: true }),
  ])
  return {
    $schema: BUNDLE_SCHEMA_ID,
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: new Date().toISOString(),
    story: storyRecord,
    updates: updateRecords,
    claims: claimRecords,
    sources: sources.map(bundleSource),
    events: events.docs.map(({ id, type, at, subject, data, createdAt, updatedAt }) => ({
      id,
      type,
      at: new Date(String(at)).toISOString(),
      subject,
      data,
      createdAt,
      updatedAt,
    })),
    people: people
      .filter((p) => typeof p.email === 'string')
      .map((p) => ({ ref: p.id as Id, email: String(p.email) })),
  }
}
