import type { Payload } from 'payload'

import { classifyDatabaseError } from './databaseErrors.js'
import { markDatabaseFailure } from './errorAnswers.js'

const READS = ['findOne', 'find', 'count'] as const

/**
 * Notes on the request every database read that failed for want of the database, even when the caller
 * swallows the error (Payload's JWT strategy does, and goes on as anonymous). The error hook then
 * answers 503 instead of the refusal an anonymous caller would get.
 */
export function watchDatabaseFailures(payload: Payload): void {
  const db = payload.db as unknown as Record<string, unknown>
  for (const name of READS) {
    const original = db[name]
    if (typeof original !== 'function') continue
    db[name] = async function watched(this: unknown, args: { req?: unknown }) {
      try {
        return await (original as (a: unknown) => Promise<unknown>).call(this, args)
      } catch (err) {
        const failure = classifyDatabaseError(err)
        if (failure) markDatabaseFailure(args?.req, failure)
        throw err
      }
    }
  }
}
