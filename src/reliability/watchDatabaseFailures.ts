import type { Payload } from 'payload'

import { adapterInternals, type PgClientInternals } from '../payloadInternals.js'
import { classifyDatabaseError } from './databaseErrors.js'
import { markDatabaseFailure } from './errorAnswers.js'

/**
 * The adapter's document operations (they take the request): each failure for want of the database is
 * noted on it. Reads, because Payload's JWT strategy swallows a failed user lookup; writes, because a
 * write cut mid-transaction can surface as some other error (a failed rollback, a hook's error).
 */
const OPERATIONS = [
  'findOne',
  'find',
  'count',
  'countVersions',
  'findVersions',
  'findGlobal',
  'queryDrafts',
  'create',
  'createVersion',
  'updateOne',
  'updateMany',
  'updateVersion',
  'upsert',
  'deleteOne',
  'deleteMany',
  'deleteVersions',
] as const

/**
 * Notes on the request every database operation that failed for want of the database, even when the
 * caller swallows the error (Payload's JWT strategy does, and goes on as anonymous) or another error
 * follows it. The error hook then answers 503, not the refusal an anonymous caller would get, nor 500.
 */
export function watchDatabaseFailures(payload: Payload): void {
  // The document operations are the adapter's public methods, replaced by name.
  const db = payload.db as unknown as Record<string, unknown>
  // A pg connection the server drops (PostgreSQL restarting, a network cut) emits 'error'; the pool
  // listens only while the connection is idle, and drizzle's transactions check one out without a
  // listener. An 'error' nobody listens to is an uncaught exception: the whole server process dies.
  // The queries on that connection fail on their own (and are answered 503), and the pool replaces it:
  // noting the failure is all a listener needs to do.
  const pool = adapterInternals(payload).pool
  if (pool?.on) {
    const noted = new WeakSet<object>()
    const note = (client: PgClientInternals) => {
      if (noted.has(client)) return
      noted.add(client)
      client.on('error', (err) =>
        payload.logger.warn({ msg: `A database connection failed: ${err.message}` }),
      )
    }
    pool.on('error', () => undefined) // the idle client's own listener above has noted it
    pool.on('connect', note)
    for (const client of pool._clients ?? []) note(client)
  }
  for (const name of OPERATIONS) {
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
