import {
  APIError,
  NotFound,
  type AfterErrorHook,
  type CollectionBeforeOperationHook,
  type Payload,
} from 'payload'

import { isPossibleId } from './documentIds.js'

/**
 * Bad input that Payload's REST routes (and drizzle under them) let through to a 500: a `where` the
 * query builder cannot take (an operator invalid for the field, `where=x`, an unknown path), a value
 * the database cannot compare (a boolean for a date), a multipart body that does not parse, JSON too
 * deep to copy. Each is the caller's mistake: a 400 naming what was wrong.
 */
export function clientMistake(err: unknown): string | null {
  for (let e: unknown = err, depth = 0; e && depth < 6; depth++) {
    const { name, message, stack, code, cause } = e as {
      name?: string
      message?: string
      stack?: string
      code?: unknown
      cause?: unknown
    }
    const text = typeof message === 'string' ? message : ''
    if (name === 'RangeError' && /call stack/i.test(text))
      return 'The request is nested too deeply.'
    if (name === 'SyntaxError' && /JSON/.test(text))
      return `A parameter or the body is not valid JSON: ${text}`
    if (/^Cannot find field for path/.test(text))
      return `The query names a field that cannot be queried (${text.replace(/^Cannot find field for path at /, '')}).`
    if (
      /Unexpected end of form|Malformed part header|Boundary not found|Unexpected end of multipart/i.test(
        text,
      )
    )
      return `The multipart body does not parse: ${text}`
    // Payload's multipart reader refuses a multipart Content-Type without a boundary with a 500.
    if (/Request is not eligible for file upload/.test(text))
      return 'A multipart body needs a boundary in its Content-Type (multipart/form-data; boundary=…); this one names none.'
    // libsql refuses NaN, which Payload makes of a non-numeric value for a number id (`where[id][in]=null`).
    if (/Only finite numbers \(not Infinity or NaN\) can be passed/.test(text))
      return 'A query value is not a number where the field takes numbers (e.g. where[id][in]=null).'
    if (/cannot be passed|Invalid Date|Invalid time value/.test(text))
      return 'A query value does not fit its field (e.g. a boolean for a date).'
    // PostgreSQL's data exceptions (22…): invalid input syntax, a NUL byte, a value out of range.
    if (typeof code === 'string' && code.startsWith('22'))
      return `A value does not fit its field: ${text}`
    // PostgreSQL's undefined_function: an operator the column's type lacks (`like` on a date).
    if (code === '42883')
      return 'The where query uses an operator the field does not take (e.g. like on a date).'
    if (name === 'TypeError' && typeof stack === 'string' && /[\\/]queries[\\/]/.test(stack))
      return 'The where query is not valid for these fields (an operator the field does not take?).'
    e = cause
  }
  return null
}

/** The config's afterError hook for the mistakes above: 400 instead of 500. */
export const answerClientMistakes: AfterErrorHook = ({ error }) => {
  const status = (error as { status?: number }).status ?? 500
  if (status < 500) return undefined
  const message = clientMistake(error)
  return message ? { status: 400, response: { errors: [{ message }] } } : undefined
}

const DATE_OPERATORS = new Set([
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])

const TEXT_OPERATORS = new Set(['like', 'contains', 'all', 'near', 'within', 'intersects'])

/** A where's date comparisons must compare with dates: PostgreSQL would take `true` and match nothing. */
function checkDates(where: unknown, dateFields: Set<string>, depth = 0): void {
  if (!where || typeof where !== 'object' || depth > 20) return
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      value.forEach((w) => checkDates(w, dateFields, depth + 1))
      continue
    }
    // A version's fields are queried as `version.<field>`, its own dates as `<field>`.
    if (!dateFields.has(key.replace(/^version\./, '')) || !value || typeof value !== 'object')
      continue
    for (const [operator, operand] of Object.entries(value as Record<string, unknown>)) {
      // Text and geometry operators on a date: SQLite's drizzle builds `like` with no operand (500).
      if (TEXT_OPERATORS.has(operator))
        throw new APIError(
          `where[${key}][${operator}] does not apply to a date; a date takes ${[...DATE_OPERATORS, 'in', 'not_in', 'exists'].join(', ')}.`,
          400,
          undefined,
          true,
        )
      if (!DATE_OPERATORS.has(operator) || operand == null || operand === '') continue
      const ok =
        operand instanceof Date ||
        (typeof operand === 'string' && /\d/.test(operand) && !Number.isNaN(Date.parse(operand)))
      if (!ok) {
        throw new APIError(
          `where[${key}][${operator}] must be a date (e.g. 2026-01-31T12:00:00Z), not "${String(operand)}".`,
          400,
          undefined,
          true,
        )
      }
    }
  }
}

/**
 * Every collection's first beforeOperation hook: an id that cannot name a document is 404 before any
 * query (PostgreSQL would refuse "abc" as an integer with a 500), and a body that is not a JSON object
 * (`null`, an array, a form Payload does not parse) is a 400 before any hook reads its fields.
 */
export const guardOperationInput: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  const { id, data } = args as { id?: unknown; data?: unknown }
  if (id != null && (operation === 'read' || operation === 'update' || operation === 'delete')) {
    if (!isPossibleId(req.payload, collection.slug, id)) throw new NotFound(req.t)
  }
  // A query parameter given twice (`limit=1&limit=2`) arrives as an array: SQLite's `limit (?, ?)` fails.
  for (const name of ['limit', 'page'] as const) {
    const value = (args as Record<string, unknown>)[name]
    if (Array.isArray(value))
      throw new APIError(
        `The query gives ${name} more than once; give it once.`,
        400,
        undefined,
        true,
      )
  }
  const { where } = args as { where?: unknown }
  if (where && typeof where === 'object') {
    const dates = new Set(
      collection.flattenedFields.filter((f) => f.type === 'date').map((f) => f.name),
    )
    checkDates(where, dates)
  }
  if (operation === 'create' || operation === 'update') {
    if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
      throw new APIError(
        'The request body must be a JSON object (Content-Type: application/json) or multipart/form-data with a `_payload` field.',
        400,
        undefined,
        true,
      )
    }
  }
  return args
}

/**
 * The guard above, first among the beforeOperation hooks of every collection of the instance: the
 * plugin's and the app's, and those Payload adds while sanitising the config after every plugin has
 * run (payload-preferences, payload-locked-documents, payload-jobs…), which a raw merge-patch body
 * once took to a 500. Hence at init, on the sanitised collections, where operations read their hooks.
 */
export function guardEveryCollection(payload: Payload): void {
  for (const { config } of Object.values(payload.collections)) {
    const hooks = (config.hooks ??= {} as typeof config.hooks)
    const before = (hooks.beforeOperation ??= [])
    if (!before.includes(guardOperationInput)) before.unshift(guardOperationInput)
  }
}
