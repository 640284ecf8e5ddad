import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { PARSED_FIGURE_FIELDS, type ParsedFigureField } from '../../src/claims/claimModel.js'
import type { FigureFields } from '../../src/figures/fields.js'
import { completeFigure } from '../../src/figures/index.js'

/** The claim's figure fields (from the claim model) are exactly what completeFigure reconciles. */
const FIGURE_FIELDS: readonly (ParsedFigureField & keyof FigureFields)[] = PARSED_FIGURE_FIELDS
type SameFields<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never
const _sameFields: SameFields<ParsedFigureField, keyof FigureFields> = true

/**
 * Fills a figure claim's structured fields from its phrase (or its phrase from the fields) and refuses
 * inconsistent figures with a 400 naming the field, before anything is written.
 */
export function claimFigureHook(collection: string): CollectionBeforeValidateHook {
  return ({ data, originalDoc }) => {
    if (!data) return data
    const merged = { ...originalDoc, ...data }
    if (merged.kind !== 'figure') {
      const stray = FIGURE_FIELDS.find((f) => f !== 'phrase' && data[f] != null)
      if (stray) {
        throw new ValidationError({
          collection,
          errors: [
            {
              path: stray,
              message: `Only figure claims carry a ${stray}; set kind to "figure" or leave it empty.`,
            },
          ],
        })
      }
      return data
    }
    // Payload hands hooks the whole document, so "changed" means "differs from what is stored".
    // A new phrase replaces the parsed fields; new fields without a new phrase replace the phrase.
    const differs = (f: (typeof FIGURE_FIELDS)[number]) =>
      (merged[f] ?? null) !== (originalDoc?.[f] ?? null)
    const phraseChanged = differs('phrase')
    const fieldsChanged = FIGURE_FIELDS.some((f) => f !== 'phrase' && differs(f))
    const input = Object.fromEntries(
      FIGURE_FIELDS.map((f) => {
        if (f === 'phrase') return [f, fieldsChanged && !phraseChanged ? null : merged.phrase]
        return [f, phraseChanged && !differs(f) ? null : merged[f]]
      }),
    )
    const result = completeFigure(input)
    if (!result.ok) throw new ValidationError({ collection, errors: result.errors })
    return { ...data, ...result.figure }
  }
}
