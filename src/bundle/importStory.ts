import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js'
import ajvFormats from 'ajv-formats'
import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  type CollectionSlug,
  type PayloadRequest,
} from 'payload'

import type { ResolvedNewsroomOptions } from '../options.js'
import { updateRevision } from '../live/currentViews.js'
import { publicApiRuntime } from '../public/http/publicApiRuntime.js'
import { ALL } from '../public/http/responseCache.js'
import { toPublicUpdate } from '../public/queries/projections.js'
import type { StoredUpdate } from '../documents.js'
import type { Id } from '../public/types.js'
import type { FieldValues } from '../documents.js'
import { storyBundleSchema } from './bundleSchema.js'
import type { BundleRecord, StoryBundle } from './exportStory.js'
import { remapDoc, remapEventData, remapSubject, type MapRef, type RefKind } from './references.js'

/** A bundle refused: the first bad place in it (a JSON Pointer) and what is wrong there. */
export class BundleRefusal extends APIError {
  constructor(message: string, status: number, path?: string) {
    super(
      path !== undefined ? `${path || '/'}: ${message}` : message,
      status,
      path !== undefined ? { path } : undefined,
      true,
    )
    this.name = 'NewsroomRefusal'
  }
}

// One compiled validator (ajv: the JSON Schema validator most tools use), formats checked.
let validator: ReturnType<Ajv2020['compile']> | null = null
function validate(input: unknown): ErrorObject[] {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: false, strict: false })
    // ajv-formats is CommonJS; its plugin is also its own `default`, however the module is loaded.
    ajvFormats.default(ajv)
    validator = ajv.compile(storyBundleSchema())
  }
  return validator(input) ? [] : (validator.errors ?? [])
}

/** Checks a bundle against its JSON Schema: a 400 naming the first bad path, or the bundle. */
export function checkBundle(input: unknown): StoryBundle {
  const [first] = validate(input)
  if (first) {
    const missing = first.keyword === 'required' ? `/${String(first.params.missingProperty)}` : ''
    throw new BundleRefusal(
      first.keyword === 'required'
        ? 'is required'
        : `${first.message ?? 'is invalid'}${first.keyword === 'enum' ? `: ${JSON.stringify(first.params.allowedValues)}` : ''}`,
      400,
      `${first.instancePath}${missing}`,
    )
  }
  return input as StoryBundle
}

export interface ImportedStory {
  story: { id: Id; slug: string }
  /** Old id → new id, per kind: what the bundle's ids became here. */
  ids: Record<'stories' | 'updates' | 'claims' | 'sources' | 'events', Record<string, Id>>
  /** The bundle's sources that were already here (see sameSources): their ids are the existing ones. */
  reused: { sources: Id[] }
}

/**
 * What makes a bundle's source the same as one here: the same name (case and spacing aside) and kind,
 * both named. An anonymous source is never matched either way: its identity is not in the bundle, two
 * anonymous sources with one description may be two people, and tying a named source to an anonymous
 * one here would tell readers who the anonymous one is.
 */
const sourceKey = (source: FieldValues): string | null =>
  source.anonymous || typeof source.name !== 'string'
    ? null
    : JSON.stringify([source.name.trim().replace(/\s+/g, ' ').toLowerCase(), source.kind])

/** The named sources here that a bundle's named sources are (see sourceKey), by key. */
async function sameSources(
  req: PayloadRequest,
  options: ResolvedNewsroomOptions,
  sources: FieldValues[],
): Promise<Map<string | null, Id>> {
  const found = new Map<string | null, Id>()
  const kinds = [...new Set(sources.filter((s) => sourceKey(s)).map((s) => String(s.kind)))]
  if (kinds.length === 0) return found
  // By kind in the database (a few kinds), by name and anonymity here: a name may differ in case or
  // spacing.
  const { docs } = await req.payload.db.find<FieldValues>({
    collection: options.slugs.sources,
    where: { kind: { in: kinds } },
    select: { name: true, kind: true, anonymous: true },
    sort: 'createdAt',
    limit: 0,
    pagination: false,
    req,
  })
  // The oldest wins where this install already has two of the same.
  for (const doc of docs) if (!found.has(sourceKey(doc))) found.set(sourceKey(doc), doc.id as Id)
  found.delete(null)
  return found
}

const KINDS: Record<Exclude<RefKind, 'person'>, keyof ImportedStory['ids']> = {
  story: 'stories',
  update: 'updates',
  claim: 'claims',
  source: 'sources',
}

/** Every id listed once in its list, or a 400 at the second. */
function uniqueIds(list: { id: Id }[], at: string): Set<string> {
  const seen = new Set<string>()
  list.forEach((item, i) => {
    if (seen.has(String(item.id)))
      throw new BundleRefusal(
        `the id ${JSON.stringify(item.id)} is listed twice`,
        400,
        `${at}/${i}/id`,
      )
    seen.add(String(item.id))
  })
  return seen
}

/**
 * Imports a story bundle (see bundleSchema) into this install, in one transaction: it is checked
 * whole first (schema, then every reference: to this story, its updates, claims and sources) and
 * refused with a 400 naming the first bad path, or written whole. Written through the database
 * adapter, as stored: every version keeps its time, so `asOf` answers what it answered where the
 * bundle came from; the claims' review history is kept as it was, not replayed through the workflow;
 * the public event log is carried over. Everything gets new ids; people are found by email (or left
 * empty). A story whose slug is taken here is refused (409).
 */
export async function importStoryBundle(
  req: PayloadRequest,
  options: ResolvedNewsroomOptions,
  input: unknown,
): Promise<ImportedStory> {
  const bundle = checkBundle(input)
  const { payload } = req
  const { slugs } = options

  const known: Record<Exclude<RefKind, 'person'>, Set<string>> = {
    story: new Set([String(bundle.story.id)]),
    update: uniqueIds(bundle.updates, '/updates'),
    claim: uniqueIds(bundle.claims, '/claims'),
    source: uniqueIds(bundle.sources as { id: Id }[], '/sources'),
  }
  uniqueIds(bundle.events as { id: Id }[], '/events')
  const check: MapRef = (kind, value, path) => {
    if (kind !== 'person' && !known[kind].has(String(value)))
      throw new BundleRefusal(`no ${kind} ${JSON.stringify(value)} in the bundle`, 400, path)
    return value
  }
  const eachDoc = (
    kind: 'story' | 'update' | 'claim',
    records: BundleRecord[],
    at: string,
    map: MapRef,
  ) =>
    records.forEach((r, i) => {
      remapDoc(kind, r.doc, map, `${at}/${i}/doc`, false)
      r.versions.forEach((v, j) =>
        remapDoc(kind, v.version, map, `${at}/${i}/versions/${j}/version`, true),
      )
    })
  eachDoc('story', [bundle.story], '', check)
  // The story record sits at /story, not in a list.
  eachDoc('update', bundle.updates, '/updates', check)
  eachDoc('claim', bundle.claims, '/claims', check)
  bundle.events.forEach((e, i) => {
    remapSubject(String(e.subject), check, `/events/${i}/subject`)
    remapEventData(e.data as FieldValues, check, `/events/${i}/data`)
  })

  const slug = String(bundle.story.doc.slug)
  const taken = await payload.db.findOne({
    collection: slugs.stories,
    where: { slug: { equals: slug } },
    req,
  })
  if (taken)
    throw new BundleRefusal(`a story with the slug "${slug}" exists here`, 409, '/story/doc/slug')

  const ids: ImportedStory['ids'] = {
    stories: {},
    updates: {},
    claims: {},
    sources: {},
    events: {},
  }
  const people = new Map<string, Id>()
  const reused: Id[] = []
  const shouldCommit = await initTransaction(req)
  try {
    if (bundle.people.length) {
      const { docs } = await payload.db.find<FieldValues>({
        collection: options.usersCollection,
        where: { email: { in: bundle.people.map((p) => p.email) } },
        limit: 0,
        pagination: false,
        req,
      })
      const byEmail = new Map(docs.map((d) => [String(d.email).toLowerCase(), d.id as Id]))
      for (const p of bundle.people) {
        const user = byEmail.get(p.email.toLowerCase())
        if (user !== undefined) people.set(String(p.ref), user)
      }
    }
    // Resolved as far as written yet; what is not yet written (a claim an update cites, a later claim
    // one supersedes) is filled in once everything exists.
    let pending = false
    const partial: MapRef = (kind, value) => {
      if (kind === 'person') return people.get(String(value)) ?? null
      const found = ids[KINDS[kind]][String(value)]
      if (found === undefined) pending = true
      return found ?? null
    }
    const full: MapRef = (kind, value) =>
      kind === 'person' ? (people.get(String(value)) ?? null) : ids[KINDS[kind]][String(value)]

    // Only the new id is read back: the adapter would otherwise read the whole row, arrays and
    // relationships joined, after each of thousands of inserts.
    const create = async (collection: CollectionSlug, data: FieldValues) =>
      (await payload.db.create({ collection, data, req, select: { id: true } })) as FieldValues & {
        id: Id
      }

    const existing = await sameSources(req, options, bundle.sources)
    for (const s of bundle.sources) {
      const { id, ...source } = s as FieldValues & { id: Id }
      const here = existing.get(sourceKey(source))
      if (here !== undefined) {
        ids.sources[String(id)] = here
        reused.push(id)
        continue
      }
      // An anonymous source's identity stayed where it was granted: here it is known by its description.
      const name = source.anonymous ? source.publicDescription : source.name
      ids.sources[String(id)] = (await create(slugs.sources, { ...source, name })).id
    }
    // The documents in the order they are written: a claim names its update, an update its story.
    type Kind = 'story' | 'update' | 'claim'
    const documents: [CollectionSlug, Kind, BundleRecord[]][] = [
      [slugs.stories, 'story', [bundle.story]],
      [slugs.updates, 'update', bundle.updates],
      [slugs.claims, 'claim', bundle.claims],
    ]
    const later: [CollectionSlug, Kind, BundleRecord][] = []
    for (const [collection, kind, records] of documents)
      for (const r of records) {
        pending = false
        const doc = remapDoc(kind, r.doc, partial, '', false)
        ids[KINDS[kind]][String(r.id)] = (await create(collection, doc)).id
        if (pending) later.push([collection, kind, r])
      }
    for (const [collection, kind, r] of later)
      await payload.db.updateOne({
        collection,
        id: ids[KINDS[kind]][String(r.id)],
        data: remapDoc(kind, r.doc, full, '', false),
        req,
        returning: false,
      })

    const revisions = new Map<string, string>()
    for (const [collection, kind, records] of documents)
      for (const r of records) {
        const parent = ids[KINDS[kind]][String(r.id)]
        for (const v of r.versions) {
          const version = remapDoc(kind, v.version, full, '', true)
          // An update's version, as the bundle schema (checked above) has it.
          if (kind === 'update')
            revisions.set(
              updateRevision(toPublicUpdate({ id: r.id, ...v.version } as StoredUpdate)),
              updateRevision(toPublicUpdate({ id: parent, ...version } as StoredUpdate)),
            )
          await payload.db.createVersion({
            collectionSlug: collection,
            parent,
            versionData: version as never,
            autosave: Boolean(v.autosave),
            createdAt: v.createdAt,
            updatedAt: v.updatedAt,
            returning: false,
            req,
          })
        }
      }

    // The event log in its order; an update's revision tag is derived from its body, whose claim
    // ids changed: the tag of the same content here.
    const retag = (view: unknown) =>
      view && typeof view === 'object' && typeof (view as FieldValues).revision === 'string'
        ? {
            ...(view as FieldValues),
            revision:
              revisions.get(String((view as FieldValues).revision)) ??
              (view as FieldValues).revision,
          }
        : view
    for (const e of bundle.events) {
      const data = remapEventData(e.data as FieldValues, full, '')
      if (data.update) data.update = retag(data.update)
      if (data.previous) data.previous = retag(data.previous)
      const row = await create(slugs.events, {
        type: e.type,
        at: e.at,
        story: String(ids.stories[String(bundle.story.id)]),
        subject: remapSubject(String(e.subject), full, ''),
        data,
        createdAt: e.createdAt,
        updatedAt: e.updatedAt,
      })
      ids.events[String(e.id)] = row.id
    }
    if (shouldCommit) await commitTransaction(req)
  } catch (err) {
    if (shouldCommit) await killTransaction(req)
    throw err
  }
  // A new story in the lists (and sources, which any story may show): nothing cached stands.
  await publicApiRuntime(payload)?.invalidate(req, [ALL])
  return {
    story: { id: ids.stories[String(bundle.story.id)], slug },
    ids,
    reused: { sources: reused },
  }
}
