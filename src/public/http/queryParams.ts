import { ProblemError } from './problem.js'

/** The query parameters of the public API, validated: anything else in the query string is ignored. */
export interface ReadParams {
  asOf: string | null
  since: string | null
  page: number
  limit: number
  /** `keyEvents=true`: only the updates marked as key events. */
  keyEvents: boolean
}

export const DEFAULT_LIMIT = 15
export const MAX_LIMIT = 100
const MAX_PAGE = 100_000

// RFC 3339 / ISO 8601 date-time with a time zone ("2025-03-11T15:00:00Z", "…+05:00"), or a bare date (UTC midnight).
export const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2})))?$/

/** A time that says exactly what it means, or null: Date() alone would roll 2025-02-30 over to March. */
function parseIsoTime(raw: string): Date | null {
  const m = ISO_TIME.exec(raw)
  if (!m) return null
  const [, y, mo, d, h = '00', mi = '00', s = '00', , oh = '00', om = '00'] = m
  const daysInMonth = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate()
  const fits = (v: string, max: number, min = 0) => Number(v) >= min && Number(v) <= max
  if (!fits(mo, 12, 1) || !fits(d, daysInMonth, 1) || !fits(h, 23) || !fits(mi, 59) || !fits(s, 59))
    return null
  if (!fits(oh, 23) || !fits(om, 59)) return null
  const t = new Date(m[4] === undefined ? `${raw}T00:00:00Z` : raw)
  return Number.isNaN(t.getTime()) ? null : t
}

function single(query: URLSearchParams, name: string): string | null {
  const values = query.getAll(name)
  if (values.length > 1)
    throw new ProblemError(400, `"${name}" is given ${values.length} times.`, [
      { name, reason: 'give it once' },
    ])
  return values[0] ?? null
}

function time(query: URLSearchParams, name: string, now: Date): string | null {
  const raw = single(query, name)
  if (raw === null) return null
  const t = parseIsoTime(raw)
  if (!t) {
    throw new ProblemError(
      400,
      `"${name}" must be an ISO 8601 time with a time zone, e.g. 2025-03-11T15:00:00Z.`,
      [{ name, reason: 'not an ISO 8601 date-time with a time zone' }],
    )
  }
  if (name === 'asOf' && t.getTime() > now.getTime()) {
    throw new ProblemError(
      400,
      `"asOf" is in the future; what will be public then is not known yet.`,
      [{ name, reason: 'in the future' }],
    )
  }
  return t.toISOString()
}

function flag(query: URLSearchParams, name: string): boolean {
  const raw = single(query, name)
  if (raw === null || raw === 'false') return false
  if (raw === 'true') return true
  throw new ProblemError(400, `"${name}" must be true or false.`, [
    { name, reason: 'not true or false' },
  ])
}

function positiveInteger(
  query: URLSearchParams,
  name: string,
  fallback: number,
  max: number,
): number {
  const raw = single(query, name)
  if (raw === null) return fallback
  const n = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new ProblemError(400, `"${name}" must be a whole number from 1 to ${max}.`, [
      { name, reason: `not a whole number from 1 to ${max}` },
    ])
  }
  return n
}

/** Parses the parameters an endpoint accepts; every problem found is reported at once. */
export function parseReadParams(
  query: URLSearchParams,
  accepts: readonly (keyof ReadParams)[],
  now: Date = new Date(),
): ReadParams {
  const problems: ProblemError[] = []
  const attempt = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn()
    } catch (err) {
      if (!(err instanceof ProblemError)) throw err
      problems.push(err)
      return fallback
    }
  }
  const params: ReadParams = {
    asOf: accepts.includes('asOf') ? attempt(() => time(query, 'asOf', now), null) : null,
    since: accepts.includes('since') ? attempt(() => time(query, 'since', now), null) : null,
    page: accepts.includes('page')
      ? attempt(() => positiveInteger(query, 'page', 1, MAX_PAGE), 1)
      : 1,
    limit: accepts.includes('limit')
      ? attempt(() => positiveInteger(query, 'limit', DEFAULT_LIMIT, MAX_LIMIT), DEFAULT_LIMIT)
      : DEFAULT_LIMIT,
    keyEvents: accepts.includes('keyEvents')
      ? attempt(() => flag(query, 'keyEvents'), false)
      : false,
  }
  if (problems.length === 1) throw problems[0]
  if (problems.length > 1) {
    throw new ProblemError(
      400,
      problems.map((p) => p.detail).join(' '),
      problems.flatMap((p) => p.invalidParams),
    )
  }
  return params
}
