import type { CollectionSlug, Field } from 'payload'

import { CLAIM_SUBSTANCE, SUBSTANCE_FIELDS, type SubstanceField } from '../claims/claimModel.js'
import type { FieldValues } from '../documents.js'
import { extractID } from '../extractID.js'

/**
 * The substance of a claim as its collection defines it: every field marked with `substanceField`
 * (the plugin's own, from src/claims/claimModel.ts, and any an override adds). Changing any of it after
 * approval opens a revision that must be approved again; the workflow fields are not substance.
 */
export interface Substance {
  names: readonly string[]
  /** Relationship fields, and the collection each points at (for populating the approved version). */
  relationTo: ReadonlyMap<string, CollectionSlug | null>
  /** Array fields, whose rows carry generated ids. */
  arrays: ReadonlySet<string>
}

const MARK = 'newsroomSubstance'

type NamedField = Field & { name: string }

/** A field of the claims collection that is part of what reviewers approve. */
export function substanceField<F extends NamedField>(field: F): F {
  return { ...field, custom: { ...field.custom, [MARK]: true } }
}

/** The substance fields of a claims collection, in the order they are defined (at any depth of rows and collapsibles). */
export function substanceOf(fields: readonly Field[]): Substance {
  const names: string[] = []
  const relationTo = new Map<string, CollectionSlug | null>()
  const arrays = new Set<string>()
  const visit = (field: Field): void => {
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) {
      field.fields.forEach(visit)
      return
    }
    if (!('name' in field) || field.custom?.[MARK] !== true) return
    names.push(field.name)
    if (field.type === 'relationship' || field.type === 'upload') {
      const to = field.relationTo
      relationTo.set(field.name, typeof to === 'string' ? (to as CollectionSlug) : null)
    }
    if (field.type === 'array') arrays.add(field.name)
  }
  fields.forEach(visit)
  return { names, relationTo, arrays }
}

/** The plugin's own substance, straight from the claim model (for code that has no collection at hand). */
export const MODEL_SUBSTANCE: Substance = {
  names: SUBSTANCE_FIELDS,
  relationTo: new Map(
    SUBSTANCE_FIELDS.flatMap((f) => ('relationTo' in CLAIM_SUBSTANCE[f] ? [[f, null]] : [])),
  ),
  arrays: new Set(SUBSTANCE_FIELDS.filter((f) => CLAIM_SUBSTANCE[f].public === 'evidence')),
}

/** A claims collection must keep the model's substance (an override may add fields, not drop these). */
export function assertModelSubstance(substance: Substance, collection: string): void {
  const missing = SUBSTANCE_FIELDS.filter((f: SubstanceField) => !substance.names.includes(f))
  if (missing.length) {
    throw new Error(
      `payload-plugin-newsroom: the ${collection} collection lacks the substance field(s) ${missing.join(', ')} (define them with substanceField).`,
    )
  }
}

/** Array rows carry generated ids that say nothing about substance. */
const withoutRowIds = (rows: unknown): unknown =>
  Array.isArray(rows) ? rows.map(({ id: _id, ...rest }: FieldValues) => rest) : (rows ?? null)

export function pickSubstance(doc: FieldValues, substance: Substance): FieldValues {
  return Object.fromEntries(
    substance.names.map((f) => {
      const value = doc[f]
      if (substance.arrays.has(f)) return [f, withoutRowIds(value)]
      if (!substance.relationTo.has(f)) return [f, value ?? null]
      // Relationships may arrive populated ({ id, ... }) or as ids: keep ids.
      return [f, Array.isArray(value) ? value.map(extractID) : extractID(value)]
    }),
  )
}

export function changedSubstanceFields(
  before: FieldValues,
  after: FieldValues,
  substance: Substance,
): string[] {
  const a = pickSubstance(before, substance)
  const b = pickSubstance(after, substance)
  return substance.names.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]))
}
