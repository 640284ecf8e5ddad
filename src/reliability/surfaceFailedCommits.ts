import type { Payload } from 'payload'

import { adapterInternals, type AdapterInternals } from '../payloadInternals.js'

type Transaction = (run: (tx: object) => Promise<unknown>, config?: unknown) => Promise<unknown>
type Drizzle = { transaction?: Transaction }

/**
 * Makes a COMMIT that failed fail the write. Payload's SQL adapters hold each transaction open inside
 * drizzle's `transaction()` and end it by settling the promise it waits on, but they swallow what
 * `transaction()` itself then does: a COMMIT that failed (the connection dropped as it was sent, a
 * serialization failure at commit) looked committed, and the request answered 200 or 201 for a write
 * that is not in the database. Here each transaction's failure is kept beside its handle, and
 * `commitTransaction` throws it: the operation fails, Payload rolls back what it can, the error hook
 * answers 503 with Retry-After, and the cache hears "commitFailed". Installed before the other
 * wrappers of commitTransaction, so they see the throw.
 */
export function surfaceFailedCommits(payload: Payload): void {
  const db = adapterInternals(payload)
  if (typeof db.beginTransaction !== 'function') return
  const failures = new WeakMap<object, unknown>()
  const watched = new WeakSet<object>()

  // The adapter makes a new drizzle handle when it reconnects: each is watched before its first use.
  const watch = (drizzle: Drizzle | undefined) => {
    if (!drizzle || typeof drizzle.transaction !== 'function' || watched.has(drizzle)) return
    watched.add(drizzle)
    const transaction = drizzle.transaction.bind(drizzle)
    drizzle.transaction = (run, config) => {
      const handles: object[] = []
      const done = transaction((tx) => {
        handles.push(tx)
        return run(tx)
      }, config)
      // Attached before the adapter's own catch, so the failure is noted before commit returns.
      done.catch((err: unknown) => handles.forEach((tx) => failures.set(tx, err ?? 'rolled back')))
      return done
    }
  }

  const begin = db.beginTransaction.bind(db)
  const commit = db.commitTransaction.bind(db)
  db.beginTransaction = async (options) => {
    watch((db as AdapterInternals & { drizzle?: Drizzle }).drizzle)
    return begin(options)
  }
  db.commitTransaction = async (incoming) => {
    const id = await incoming
    const handle = db.sessions?.[String(id)]?.db
    await commit(id)
    const failure = handle && typeof handle === 'object' ? failures.get(handle) : undefined
    if (failure !== undefined) throw failure
  }
}
