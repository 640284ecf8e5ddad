import type { CollectionSlug, FlattenedField, Payload, PayloadRequest } from 'payload'

/**
 * Probes generated from the collections' field definitions: for each reader, every value it may not
 * read (a field whose read rule refuses it, or any field of a document it may not read), and for each
 * such value a pair of requests, one true of the secret and one false of it (a right and a wrong guess),
 * by every route a reader has: filters with every operator, relationship paths, sorts, counts, bulk
 * writes, versions. A new private field is covered by the next run without a new test.
 */
export type Id = number | string
type Doc = Record<string, unknown>

export interface ReaderUser {
  id: Id
  roles?: unknown
}

/** One private value of one document, for one reader. */
export interface Secret {
  collection: string
  id: Id
  path: string
  field: FlattenedField
  value: unknown
  /** Private by the field's read rule (so it cannot be filtered or sorted by), not only by the row's. */
  byField: boolean
}

export interface ProbePair {
  what: string
  method: 'GET' | 'PATCH' | 'DELETE'
  right: string
  wrong: string
}

interface FieldAt {
  path: string
  field: FlattenedField
  /** Private for every reader but staff, or by the parent (an array's rows). */
  inherited?: FlattenedField
}

/** Every data field with its dotted path, into groups and arrays (rows, tabs, collapsibles are flat). */
export function fieldsOf(
  fields: FlattenedField[],
  prefix = '',
  parent?: FlattenedField,
): FieldAt[] {
  return fields.flatMap((field) => {
    if (!('name' in field) || field.name === 'id') return []
    const path = `${prefix}${field.name}`
    const here: FieldAt = { path, field, inherited: parent }
    if ((field.type === 'group' || field.type === 'array') && 'flattenedFields' in field) {
      return [here, ...fieldsOf(field.flattenedFields, `${path}.`, parent ?? field)]
    }
    return [here]
  })
}

/** The value at a dotted path; into an array, its first row that has one. */
export function valueAt(doc: unknown, path: string): unknown {
  const [head, ...rest] = path.split('.')
  const v = (doc as Doc | null | undefined)?.[head]
  if (rest.length === 0) return v
  if (Array.isArray(v)) {
    for (const row of v) {
      const found = valueAt(row, rest.join('.'))
      if (found != null) return found
    }
    return undefined
  }
  return valueAt(v, rest.join('.'))
}

async function readable(
  field: FlattenedField,
  req: PayloadRequest,
  doc: Doc | undefined,
): Promise<boolean> {
  if ('hidden' in field && field.hidden) return false
  const rule = 'access' in field ? field.access?.read : undefined
  if (!rule) return true
  return Boolean(await rule({ req, doc, siblingData: doc, id: doc?.id as Id } as never))
}

/** Whether a reader may read a field: asked of its rule without a document and with this one. */
async function fieldReadable(
  at: FieldAt,
  req: PayloadRequest,
  doc: Doc | undefined,
): Promise<boolean> {
  for (const f of [at.inherited, at.field]) {
    if (!f) continue
    if (!(await readable(f, req, undefined)) || !(await readable(f, req, doc))) return false
  }
  return true
}

/** A fake request that carries the reader, for evaluating the collections' own read rules. */
const requestAs = (payload: Payload, user: ReaderUser | null): PayloadRequest =>
  ({ payload, user: user ? { ...user, collection: 'users' } : null, context: {} }) as never

export interface Census {
  secrets: Secret[]
  /** Strings a reader may see: in fields it may read, of documents it may read. */
  publicStrings: Set<string>
  /** The documents of each collection (as stored). */
  stored: Record<string, Doc[]>
}

const strings = (value: unknown, out: string[] = []): string[] => {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out))
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out))
  return out
}

/** Everything one reader may not read, from the database and the collections' own definitions. */
export async function census(
  payload: Payload,
  collections: string[],
  user: ReaderUser | null,
): Promise<Census> {
  const req = requestAs(payload, user)
  const secrets: Secret[] = []
  const publicStrings = new Set<string>()
  const stored: Record<string, Doc[]> = {}
  for (const slug of collections as CollectionSlug[]) {
    const config = payload.collections[slug].config
    // As stored, without hooks (the claims' own afterRead shows a reader without a user the public view).
    const { docs } = await payload.db.find({ collection: slug, limit: 0, pagination: false })
    stored[slug] = docs as unknown as Doc[]
    const visible = await payload.find({
      collection: slug,
      overrideAccess: false,
      disableErrors: true,
      user: user ? { ...user, collection: 'users' } : undefined,
      depth: 0,
      limit: 0,
      pagination: false,
      select: { id: true } as never,
    } as never)
    const canRead = new Set(visible.docs.map((d) => String((d as unknown as Doc).id)))
    for (const doc of docs as unknown as Doc[]) {
      const rowReadable = canRead.has(String(doc.id))
      for (const at of fieldsOf(config.flattenedFields)) {
        const value = valueAt(doc, at.path)
        const byFieldRule = !(await fieldReadable(at, req, doc))
        if (rowReadable && !byFieldRule) {
          strings(value).forEach((s) => publicStrings.add(s))
          continue
        }
        if (at.field.type === 'group' || at.field.type === 'array') continue
        secrets.push({
          collection: slug,
          id: doc.id as Id,
          path: at.path,
          field: at.field,
          value,
          byField: byFieldRule,
        })
      }
    }
  }
  return { secrets, publicStrings, stored }
}

/** Strings that must not appear in anything the reader gets (text values not also public). */
export function secretStrings(c: Census): string[] {
  const out = new Set<string>()
  for (const s of c.secrets) {
    if (!['text', 'textarea', 'email', 'json', 'richText', 'code'].includes(s.field.type)) continue
    for (const v of strings(s.value)) {
      if (v.length >= 6 && !c.publicStrings.has(v) && !/^[0-9a-f-]+$/i.test(v)) out.add(v)
    }
  }
  return [...out]
}

const enc = (v: unknown): string => encodeURIComponent(String(v))
const DAY = 86_400_000

type Operator = { op: string; right: unknown; wrong: unknown }

/** For a secret value, each operator with a value true of it and one false of it. */
export function operatorsFor(field: FlattenedField, raw: unknown, full: boolean): Operator[] {
  const value = Array.isArray(raw) ? raw[0] : raw
  const idOf = (v: unknown) => (v && typeof v === 'object' && 'id' in v ? (v as Doc).id : v)
  const exists: Operator = { op: 'exists', right: value != null, wrong: value == null }
  if (value == null || typeof value === 'object') {
    if (field.type !== 'relationship' || value == null) return [exists]
  }
  const ops = (right: unknown, wrong: unknown, more: Operator[] = []): Operator[] => {
    const base: Operator[] = [
      { op: 'equals', right, wrong },
      { op: 'not_equals', right: wrong, wrong: right },
      { op: 'in', right, wrong },
      { op: 'not_in', right: wrong, wrong: right },
      exists,
      ...more,
    ]
    return full ? base : base.slice(0, 1).concat(more.slice(0, 1), [exists])
  }
  switch (field.type) {
    case 'number': {
      const n = Number(value)
      return ops(n, n + 1, [
        { op: 'greater_than', right: n - 1, wrong: n },
        { op: 'greater_than_equal', right: n, wrong: n + 1 },
        { op: 'less_than', right: n + 1, wrong: n },
        { op: 'less_than_equal', right: n, wrong: n - 1 },
      ])
    }
    case 'date': {
      const t = new Date(String(value)).getTime()
      const at = (ms: number) => new Date(ms).toISOString()
      return ops(at(t), at(t + DAY), [
        { op: 'greater_than', right: at(t - DAY), wrong: at(t + DAY) },
        { op: 'greater_than_equal', right: at(t), wrong: at(t + DAY) },
        { op: 'less_than', right: at(t + DAY), wrong: at(t - DAY) },
        { op: 'less_than_equal', right: at(t), wrong: at(t - DAY) },
      ])
    }
    case 'checkbox':
      return ops(Boolean(value), !value).filter((o) => o.op !== 'in' && o.op !== 'not_in')
    case 'relationship':
    case 'upload': {
      const id = idOf(value)
      return ops(id, typeof id === 'number' ? id + 100_000 : `${String(id)}0`)
    }
    case 'select':
    case 'radio': {
      const other = ('options' in field ? field.options : [])
        .map((o) => (typeof o === 'string' ? o : o.value))
        .find((o) => o !== value)
      return ops(value, other ?? `${String(value)}x`)
    }
    default: {
      const s = String(value)
      const part = s.slice(0, Math.min(6, s.length))
      return ops(s, `${s}-qzx`, [
        { op: 'like', right: part, wrong: 'qzxvq' },
        { op: 'contains', right: part, wrong: 'qzxvq' },
        { op: 'not_like', right: 'qzxvq', wrong: part },
      ])
    }
  }
}

const SORTABLE = new Set(['text', 'textarea', 'email', 'number', 'date', 'select', 'checkbox'])

export interface RelationshipHop {
  collection: string
  path: string
  target: string
}

/** The single-collection relationships of every collection (where a path like `source.name` starts). */
export function relationshipHops(payload: Payload, collections: string[]): RelationshipHop[] {
  return collections.flatMap((slug) =>
    fieldsOf(payload.collections[slug as CollectionSlug].config.flattenedFields)
      .filter(
        ({ field }) =>
          (field.type === 'relationship' || field.type === 'upload') &&
          typeof field.relationTo === 'string' &&
          collections.includes(field.relationTo),
      )
      .map(({ path, field }) => ({
        collection: slug,
        path,
        target: (field as { relationTo: string }).relationTo,
      })),
  )
}

const pointsAt = (doc: Doc, path: string, id: Id): boolean => {
  const v = valueAt(doc, path)
  const ids = (Array.isArray(v) ? v : [v]).map((x) =>
    String(x && typeof x === 'object' && 'id' in x ? (x as Doc).id : x),
  )
  return ids.includes(String(id))
}

/** Every pair of requests for one reader. */
export function probePairs(
  c: Census,
  hops: RelationshipHop[],
  versioned: Set<string>,
  writable: Set<string>,
): ProbePair[] {
  const pairs: ProbePair[] = []
  const api = (slug: string) => `/api/${slug}`
  for (const s of c.secrets) {
    const onDoc = `where[and][0][id][equals]=${enc(s.id)}`
    for (const { op, right, wrong } of operatorsFor(s.field, s.value, s.byField)) {
      const q = (v: unknown) => `where[and][1][${s.path}][${op}]=${enc(v)}`
      const what = `${s.collection}#${s.id}.${s.path} ${op}`
      pairs.push({
        what: `${what} (find)`,
        method: 'GET',
        right: `${api(s.collection)}?${onDoc}&${q(right)}&depth=0`,
        wrong: `${api(s.collection)}?${onDoc}&${q(wrong)}&depth=0`,
      })
      if (op !== 'equals' && op !== 'like' && op !== 'exists') continue
      pairs.push({
        what: `${what} (count)`,
        method: 'GET',
        right: `${api(s.collection)}/count?${onDoc}&${q(right)}`,
        wrong: `${api(s.collection)}/count?${onDoc}&${q(wrong)}`,
      })
      if (op !== 'equals') continue
      if (versioned.has(s.collection)) {
        const v = (x: unknown) =>
          `${api(s.collection)}/versions?where[parent][equals]=${enc(s.id)}&where[version.${s.path}][equals]=${enc(x)}`
        pairs.push({ what: `${what} (versions)`, method: 'GET', right: v(right), wrong: v(wrong) })
      }
      // Bulk writes filter too: a write that counts matches is an oracle (an empty change; refused).
      const bulk = (method: 'PATCH' | 'DELETE'): ProbePair => ({
        what: `${what} (bulk ${method})`,
        method,
        right: `${api(s.collection)}?${onDoc}&${q(right)}`,
        wrong: `${api(s.collection)}?${onDoc}&${q(wrong)}`,
      })
      if (writable.has(s.collection)) pairs.push(bulk('PATCH'))
      pairs.push(bulk('DELETE'))
    }
    // Through every relationship that points at the document: `source.name`, `via.name`, ...
    for (const hop of hops.filter((h) => h.target === s.collection)) {
      const from = c.stored[hop.collection].filter((d) => pointsAt(d, hop.path, s.id))
      if (from.length === 0) continue
      const ids = from.map((d) => enc(d.id)).join(',')
      for (const { op, right, wrong } of operatorsFor(s.field, s.value, false)) {
        // Payload 3.90 answers `exists` on a has-many field through a relationship with a 500 (for
        // anyone, not an oracle): left out so that the suite's no-5xx check stays meaningful.
        if (op === 'exists' && 'hasMany' in s.field && s.field.hasMany) continue
        const q = (v: unknown) =>
          `${api(hop.collection)}?where[and][0][id][in]=${ids}&where[and][1][${hop.path}.${s.path}][${op}]=${enc(v)}&depth=0`
        pairs.push({
          what: `${hop.collection}.${hop.path} → ${s.collection}#${s.id}.${s.path} ${op}`,
          method: 'GET',
          right: q(right),
          wrong: q(wrong),
        })
      }
    }
  }
  // Sorts: ascending and descending must answer alike when the field may not be read.
  const sortable = new Map<string, Secret>()
  for (const s of c.secrets) {
    if (s.byField && SORTABLE.has(s.field.type) && !s.path.includes('.'))
      sortable.set(`${s.collection}.${s.path}`, s)
  }
  for (const s of sortable.values()) {
    const q = (dir: string) => `${api(s.collection)}?sort=${dir}${s.path}&depth=0&limit=100`
    pairs.push({
      what: `${s.collection} sort ${s.path}`,
      method: 'GET',
      right: q(''),
      wrong: q('-'),
    })
    // A path that goes on past a plain field (`name.x`): Payload 3.90's sort check finds no such field
    // and lets it through, while the SQL adapters sort by the field the path starts with.
    const past = (dir: string) => `${api(s.collection)}?sort=${dir}${s.path}.x&depth=0&limit=100`
    pairs.push({
      what: `${s.collection} sort ${s.path}.x`,
      method: 'GET',
      right: past(''),
      wrong: past('-'),
    })
    for (const hop of hops.filter((h) => h.target === s.collection && !h.path.includes('.'))) {
      const r = (dir: string) =>
        `${api(hop.collection)}?sort=${dir}${hop.path}.${s.path}&depth=0&limit=100`
      pairs.push({
        what: `${hop.collection} sort ${hop.path}.${s.path}`,
        method: 'GET',
        right: r(''),
        wrong: r('-'),
      })
    }
  }
  return pairs
}

/** Reads whose answers must carry no secret string: by id at every depth, select, populate, lists. */
export function readUrls(c: Census, hops: RelationshipHop[], collections: string[]): string[] {
  const urls = new Set<string>()
  for (const slug of collections) {
    for (const depth of [0, 1, 2]) urls.add(`/api/${slug}?depth=${depth}&limit=100`)
    for (const doc of c.stored[slug]) {
      for (const depth of [0, 1, 2]) urls.add(`/api/${slug}/${enc(doc.id)}?depth=${depth}`)
    }
  }
  for (const s of c.secrets) {
    urls.add(`/api/${s.collection}/${enc(s.id)}?select[${s.path}]=true&depth=2`)
    urls.add(`/api/${s.collection}?select[${s.path}]=true&depth=2&limit=100`)
    for (const hop of hops.filter((h) => h.target === s.collection)) {
      urls.add(`/api/${hop.collection}?depth=1&limit=100&populate[${s.collection}][${s.path}]=true`)
    }
  }
  return [...urls]
}
