import type { AfterErrorHook, PayloadRequest } from 'payload'

import {
  classifyDatabaseError,
  RETRY_AFTER_SECONDS,
  type DatabaseFailure,
} from './databaseErrors.js'

/**
 * Requests during which the database failed although the request went on: Payload's JWT strategy
 * swallows a failed user lookup and carries on as anonymous, so a signed-in editor would be refused
 * with 403 (or served the public view) while the database restarts. See `watchDatabaseFailures`.
 */
const failedDuring = new WeakMap<object, DatabaseFailure>()

export function markDatabaseFailure(req: unknown, failure: DatabaseFailure): void {
  if (req && typeof req === 'object') failedDuring.set(req, failure)
}

export function databaseFailureDuring(req: unknown): DatabaseFailure | null {
  return req && typeof req === 'object' ? (failedDuring.get(req) ?? null) : null
}

function withRetryAfter(req: PayloadRequest): void {
  const headers = new Headers(req.responseHeaders)
  headers.set('Retry-After', String(RETRY_AFTER_SECONDS))
  req.responseHeaders = headers
}

const unavailable = (failure: DatabaseFailure) => ({
  status: 503,
  response: {
    errors: [
      {
        message:
          failure === 'busy'
            ? 'The database is busy; try again in a moment.'
            : 'The database does not answer; try again in a moment.',
      },
    ],
  },
})

/**
 * The config's afterError hook: a database failure is 503 with Retry-After, never a 500; a refusal
 * (401/403) that followed a failed user lookup is 503 too, never "you are anonymous", and so is a 500
 * in a request during which the database failed.
 */
export const answerDatabaseFailures: AfterErrorHook = ({ error, req }) => {
  const status = (error as { status?: number }).status ?? 500
  // A refusal, or an error of no known kind, in a request during which the database failed: the
  // database's failure is the cause (a write cut mid-transaction fails its rollback too, say).
  const failure =
    classifyDatabaseError(error) ??
    (status === 401 || status === 403 || status >= 500 ? databaseFailureDuring(req) : null)
  if (!failure || (status < 500 && status !== 401 && status !== 403)) return undefined
  withRetryAfter(req)
  return unavailable(failure)
}
