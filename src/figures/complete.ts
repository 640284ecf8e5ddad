import { CLAIM_SUBSTANCE, PARSED_FIGURE_FIELDS, type SubstanceSpec } from '../claims/claimModel.js'
import { BOUND_RULE, boundsFor } from './bounds.js'
import { isCurrencyCode } from './currencies.js'
import type { CompleteFigure, FigureFields } from './fields.js'
import { formatFigurePhrase } from './format.js'
import { parseFigurePhrase } from './parse.js'
import { QUALIFIERS, isQualifier, type Qualifier } from './qualifiers.js'
import { canonicalUnit, isMeasureUnit } from './units.js'

export interface FigureError {
  /** The offending field: phrase, value, lower, upper, qualifier or unit. */
  path: keyof FigureFields
  message: string
}

export type CompleteFigureResult =
  { ok: true; figure: CompleteFigure } | { ok: false; errors: FigureError[] }

const NUMBER_FIELDS = ['value', 'lower', 'upper'] as const

const WORDING: Record<Qualifier, string> = {
  exact: 'an exact figure',
  about: "an 'about' figure",
  nearly: "a 'nearly' figure",
  atLeast: "an 'at least' figure",
  moreThan: "a 'more than' figure",
  atMost: "an 'at most' figure",
  lessThan: "a 'less than' figure",
  upTo: "an 'up to' figure",
  range: 'a range',
}

/**
 * Reconciles what an editor gave for a figure claim: fills the structured fields from the phrase,
 * or writes the phrase from the fields, checks the two agree, and fills the bounds the qualifier
 * implies. Every refusal names the field to fix.
 *
 * Negative numbers are refused for counts (people cannot be -3) but allowed for money and
 * percentages, which can report a loss or a fall.
 */
export function completeFigure(input: FigureFields): CompleteFigureResult {
  const given = normalise(input)
  const invalid = invalidFields(input)
  if (invalid.length) return { ok: false, errors: invalid }

  const parsed = given.phrase === null ? null : parseFigurePhrase(given.phrase)
  if (given.phrase !== null && !parsed) {
    return fail(
      'phrase',
      `Could not read a figure from "${given.phrase}": start with the number, as in "at least 155 hostages", "about 3,000 fighters", "between 20 and 30 bodies" or "over £50bn"`,
    )
  }
  if (parsed) {
    const disagreements = (['value', 'lower', 'upper', 'qualifier', 'unit'] as const).flatMap(
      (field): FigureError[] => {
        const mine = given[field]
        const theirs = parsed[field]
        if (mine === null || theirs === null || same(mine, theirs)) return []
        const message = `The phrase "${given.phrase}" gives ${field} ${theirs}, not ${mine}: correct one of them`
        return [{ path: field, message }]
      },
    )
    if (disagreements.length) return { ok: false, errors: disagreements }
  }

  const merged = {
    value: given.value ?? parsed?.value ?? null,
    lower: given.lower ?? parsed?.lower ?? null,
    upper: given.upper ?? parsed?.upper ?? null,
    qualifier: given.qualifier ?? parsed?.qualifier ?? null,
    unit: given.unit ?? parsed?.unit ?? null,
  }
  const qualifier = merged.qualifier ?? inferQualifier(merged)
  if (!qualifier) {
    return fail(
      'qualifier',
      "Choose a qualifier: a single bound means 'at least', 'more than', 'up to', 'at most', 'less than' or 'nearly'",
    )
  }
  const rule = BOUND_RULE[qualifier]
  const value = merged.value ?? (rule === 'upper' ? merged.upper : merged.lower)
  if (value === null) {
    return fail(
      'value',
      "A figure claim needs a number: give a phrase like 'at least 155 hostages' or a value",
    )
  }
  const implied = boundsFor(qualifier, value, merged.upper)
  const figure = {
    value,
    lower: merged.lower ?? implied.lower,
    upper: merged.upper ?? implied.upper,
    qualifier,
    unit: merged.unit,
  }
  const errors = [...boundErrors(figure), ...signErrors(figure)]
  if (errors.length) return { ok: false, errors }
  const vague = parsed?.vague && parsed.value === value ? { vague: true as const } : {}
  return {
    ok: true,
    figure: { phrase: given.phrase ?? formatFigurePhrase(figure), ...figure, ...vague },
  }
}

function boundErrors(f: Omit<CompleteFigure, 'phrase'>): FigureError[] {
  const rule = BOUND_RULE[f.qualifier]
  const what = WORDING[f.qualifier]
  const errors: FigureError[] = []
  if (rule === 'both') {
    for (const field of ['lower', 'upper'] as const) {
      if (f[field] === null) {
        errors.push({
          path: field,
          message: "A range needs both a lower and an upper bound, as in 'between 20 and 30'",
        })
      }
    }
    if (errors.length) return errors
    if (f.value !== f.lower) {
      errors.push({
        path: 'value',
        message: `For a range the value is the lower bound (${f.lower}), not ${f.value}`,
      })
    }
    if (f.lower! >= f.upper!) {
      errors.push({
        path: 'lower',
        message: `The lower bound (${f.lower}) must be below the upper bound (${f.upper})`,
      })
    }
    return errors
  }
  for (const field of ['lower', 'upper'] as const) {
    const fixed = rule === field
    if (!fixed && f[field] !== null) {
      errors.push({
        path: field,
        message: `${capitalise(what)} has no ${field} bound: remove it, or change the qualifier`,
      })
    } else if (fixed && f[field] !== f.value) {
      errors.push({
        path: field,
        message: `For ${what} the ${field} bound is the value itself (${f.value}), not ${f[field]}`,
      })
    }
  }
  return errors
}

function signErrors(f: Omit<CompleteFigure, 'phrase'>): FigureError[] {
  // "minus 4C", "-5 yards": a measure can be below zero, as money and percentages can.
  if (f.unit === 'percent' || isCurrencyCode(f.unit) || isMeasureUnit(f.unit)) return []
  return NUMBER_FIELDS.filter((field) => (f[field] ?? 0) < 0).map((field) => ({
    path: field,
    message: `A count of ${f.unit ?? 'things'} cannot be negative (${f[field]}); only money, percentages and measures can`,
  }))
}

/** Without a qualifier: no bounds means exact, two bounds a range; one bound is ambiguous. */
function inferQualifier(f: { lower: number | null; upper: number | null }): Qualifier | null {
  if (f.lower === null && f.upper === null) return 'exact'
  if (f.lower !== null && f.upper !== null) return 'range'
  return null
}

function invalidFields(input: FigureFields): FigureError[] {
  const errors: FigureError[] = NUMBER_FIELDS.filter((field) => {
    const n = input[field]
    return n !== null && n !== undefined && (typeof n !== 'number' || !Number.isFinite(n))
  }).map((field) => ({
    path: field,
    message: `${capitalise(field)} must be a finite number, got ${String(input[field])}`,
  }))
  const { qualifier } = input
  if (qualifier !== null && qualifier !== undefined && !isQualifier(qualifier)) {
    errors.push({
      path: 'qualifier',
      message: `Unknown qualifier "${String(qualifier)}": use one of ${QUALIFIERS.join(', ')}`,
    })
  }
  return errors
}

/** Blank text is no value; the qualifier is checked apart (see the errors above). */
const NORMALISE: Record<string, (v: unknown) => unknown> = {
  text: (s) => (typeof s === 'string' && s.trim() ? s.trim() : null),
  number: (n) => (typeof n === 'number' ? n : null),
}

function normalise(input: FigureFields) {
  return Object.fromEntries(
    PARSED_FIGURE_FIELDS.map((f) => {
      const spec: SubstanceSpec = CLAIM_SUBSTANCE[f]
      const value = spec.options ? (input[f] ?? null) : NORMALISE[spec.public](input[f])
      // A measure's unit is stored in its canonical form: "kilometres" is "km" (units.ts).
      return [
        f,
        f === 'unit' && typeof value === 'string' ? (canonicalUnit(value) ?? value) : value,
      ]
    }),
  ) as { [K in keyof FigureFields]-?: Exclude<FigureFields[K], undefined> }
}

function same(a: string | number, b: string | number): boolean {
  return typeof a === 'string' && typeof b === 'string'
    ? a.toLowerCase() === b.toLowerCase()
    : a === b
}

function fail(path: keyof FigureFields, message: string): CompleteFigureResult {
  return { ok: false, errors: [{ path, message }] }
}

function capitalise(s: string): string {
  return s[0].toUpperCase() + s.slice(1)
}
