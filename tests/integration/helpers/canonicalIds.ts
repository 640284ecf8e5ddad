/**
 * A public answer with its ids replaced by `<kind:key>` tokens, so that answers of two installs whose
 * ids differ can be compared byte for byte. `ids` maps each id of this install to its key (for the
 * exporting install, its own id; for the importing one, the exported id it was given for). An id this
 * misses stays as it is, so a missed place makes the comparison fail, never pass.
 */
export type IdKind = 'story' | 'update' | 'claim' | 'source' | 'event'
export type IdKeys = Record<IdKind, Map<string, string>>

const IN_STRINGS: [RegExp, IdKind][] = [
  [/(#claim-)(\d+)/g, 'claim'],
  [/(#update-)(\d+)/g, 'update'],
  [/(\/sources\/)(\d+)/g, 'source'],
  [/(data-claim-id=\\?")(\d+)/g, 'claim'],
  [/(^update-)(\d+)$/g, 'update'],
  [/(\/updates\/)(\d+)/g, 'update'],
  [/(\/claims\/)(\d+)/g, 'claim'],
  [/(No public claim )(\d+)/g, 'claim'],
  [/(No published update )(\d+)/g, 'update'],
  // A figure's origin (compareFigures): its source, or the claim itself when unattributed.
  [/(^source:)(\d+)$/g, 'source'],
  [/(^claim:)(\d+)$/g, 'claim'],
]
/** The kind of a number under a key, and of `id` inside an object under a key. */
const VALUE_KIND: Record<string, IdKind> = {
  story: 'story',
  storyId: 'story',
  update: 'update',
  source: 'source',
  supersedes: 'claim',
  supersededBy: 'claim',
  claim: 'claim',
  claims: 'claim',
  via: 'source',
}
const OBJECT_KIND: Record<string, IdKind> = {
  story: 'story',
  stories: 'story',
  updates: 'update',
  update: 'update',
  claims: 'claim',
  corrections: 'claim',
  superseded: 'claim',
  claim: 'claim',
  source: 'source',
  via: 'source',
  events: 'event',
}

export function canonicalIds(text: string, contentType: string, ids: IdKeys): string {
  const token = (kind: IdKind, id: unknown) => {
    const key = ids[kind].get(String(id))
    return key === undefined ? id : `<${kind}:${key}>`
  }
  const inString = (s: string) =>
    IN_STRINGS.reduce(
      (out, [pattern, kind]) =>
        out.replace(
          pattern,
          (_, before: string, id: string) => `${before}${String(token(kind, id))}`,
        ),
      s,
    )
  if (!/json/.test(contentType)) return inString(text)
  const revisions = new Map<string, string>()
  const walk = (value: unknown, key: string | null, objectKind: IdKind | null): unknown => {
    if (typeof value === 'string') {
      if (key === 'revision') {
        if (!revisions.has(value)) revisions.set(value, `<revision:${revisions.size}>`)
        return revisions.get(value)
      }
      return inString(value)
    }
    if (typeof value === 'number') {
      if (key === 'id' && objectKind) return token(objectKind, value)
      const kind = key ? VALUE_KIND[key] : undefined
      return kind ? token(kind, value) : value
    }
    if (Array.isArray(value)) return value.map((v) => walk(v, key, objectKind))
    if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>
      let kind = key ? (OBJECT_KIND[key] ?? null) : null
      if (key === 'previous') kind = 'statement' in obj ? 'claim' : 'update'
      return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, walk(v, k, kind)]))
    }
    return value
  }
  return JSON.stringify(walk(JSON.parse(text), null, null), null, 1)
}
