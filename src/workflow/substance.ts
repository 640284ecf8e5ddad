/**
 * The substance of a claim: what it says and who says it. Changing any of it after approval opens a
 * revision that must be approved again; the workflow fields are not substance.
 */
export const SUBSTANCE_FIELDS = [
  'story',
  'update',
  'kind',
  'statement',
  'quote',
  'phrase',
  'value',
  'lower',
  'upper',
  'qualifier',
  'unit',
  'vague',
  'metric',
  'source',
  'via',
  'verb',
  'attributedAt',
  'supersedes',
  'evidence',
] as const

type Doc = Record<string, unknown>

const RELATIONSHIPS = new Set(['story', 'update', 'source', 'via', 'supersedes'])

/** Relationships may arrive populated ({ id, ... }) or as ids: keep ids. */
const toId = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in value
    ? (value as { id: unknown }).id
    : (value ?? null)

/** Array rows carry generated ids that say nothing about substance. */
const withoutRowIds = (rows: unknown): unknown =>
  Array.isArray(rows) ? rows.map(({ id: _id, ...rest }: Doc) => rest) : (rows ?? null)

export function pickSubstance(doc: Doc): Doc {
  return Object.fromEntries(
    SUBSTANCE_FIELDS.map((f) => {
      const value = doc[f]
      if (f === 'evidence') return [f, withoutRowIds(value)]
      if (!RELATIONSHIPS.has(f)) return [f, value ?? null]
      return [f, Array.isArray(value) ? value.map(toId) : toId(value)]
    }),
  )
}

export function changedSubstanceFields(before: Doc, after: Doc): string[] {
  const a = pickSubstance(before)
  const b = pickSubstance(after)
  return SUBSTANCE_FIELDS.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]))
}
