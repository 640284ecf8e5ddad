import { APIError } from 'payload'

/**
 * What a database failure means for the caller. `unavailable`: the database cannot be reached (down,
 * restarting, the connection dropped); `busy`: it is there but the request could not get its turn in
 * time (a lock wait, a statement or a transaction slot timed out, SQLite's file lock). Both are 503 with
 * Retry-After: the same request may well succeed a moment later. Anything else is not ours to classify.
 */
export type DatabaseFailure = 'unavailable' | 'busy'

/** Node's socket errors and PostgreSQL's connection-exception (08…) and shutdown (57P0…) classes. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
])
/** lock_not_available, query_canceled (statement_timeout), serialization, deadlock, idle-in-transaction. */
const BUSY_CODES = new Set([
  '55P03',
  '57014',
  '40001',
  '40P01',
  '25P03',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
])
const UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /connect ECONNREFUSED/i,
  /Connection refused/i,
  /terminating connection/i,
  /the database system is (starting up|shutting down)/i,
  /Client has encountered a connection error/i,
  /Cannot use a pool after calling end/i,
  // Payload's beginTransaction rethrows a failed BEGIN as a new Error with the message only: drizzle's
  // "Failed query: begin" without the driver's error under it. A BEGIN fails for want of a connection
  // (or, on SQLite, for the file's lock: a 503 either way).
  /cannot begin transaction: Failed query: begin\b/i,
]
const BUSY_MESSAGES = [/SQLITE_BUSY/, /database is locked/i, /canceling statement due to/i]

/** A transaction slot (see boundTransactions.ts) was not free in time. */
export class DatabaseBusy extends Error {
  readonly code = 'NEWSROOM_DATABASE_BUSY'
}

export function classifyDatabaseError(err: unknown): DatabaseFailure | null {
  // Payload and drizzle wrap the driver's error (`cause`, or only its message): walk the chain.
  for (let e: unknown = err, depth = 0; e && depth < 8; depth++) {
    if (e instanceof DatabaseBusy) return 'busy'
    const { code, message, cause } = e as { code?: unknown; message?: unknown; cause?: unknown }
    if (typeof code === 'string' && BUSY_CODES.has(code)) return 'busy'
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08')))
      return 'unavailable'
    if (typeof message === 'string') {
      if (BUSY_MESSAGES.some((m) => m.test(message))) return 'busy'
      if (UNAVAILABLE_MESSAGES.some((m) => m.test(message))) return 'unavailable'
    }
    // An AggregateError (several addresses refused) holds its causes in `errors`.
    const errors = (e as { errors?: unknown }).errors
    e = cause ?? (Array.isArray(errors) ? errors[0] : undefined)
  }
  return null
}

/** Seconds a client should wait before trying again. */
export const RETRY_AFTER_SECONDS = 2

/** The 503 a database failure becomes, with the message a caller can act on. */
export class DatabaseUnavailable extends APIError {
  constructor(failure: DatabaseFailure) {
    super(
      failure === 'busy'
        ? 'The database is busy; try again in a moment.'
        : 'The database does not answer; try again in a moment.',
      503,
      { retryAfter: RETRY_AFTER_SECONDS },
      true,
    )
    this.name = 'DatabaseUnavailable'
  }
}
