import type { Payload } from 'payload'

import type { ResolvedDatabaseLimits } from '../options.js'
import {
  adapterInternals,
  type AdapterInternals,
  type TransactionID as OpenID,
} from '../payloadInternals.js'
import { Semaphore } from './semaphore.js'

type TransactionID = OpenID | null
type SqlAdapter = AdapterInternals

/** Connections the PostgreSQL adapter keeps for itself: one checked out for its whole life. */
const ADAPTER_HELD = 1
/**
 * Connections kept free of transactions. Payload runs some queries of an operation outside its
 * transaction (the document-lock check of every update, the user lookup of the next request): they
 * need a connection of their own while the transaction holds one. They only read, so they always end.
 */
const OUTSIDE_RESERVE = 2

/** pg's default pool size, when the app's pool options do not say. */
const PG_DEFAULT_MAX = 10

/** How many transactions may be open at once on this adapter, or null to leave it alone. */
export function transactionSlots(db: SqlAdapter, limits: ResolvedDatabaseLimits): number | null {
  if (db.name === 'postgres') {
    const max = db.pool?.options?.max ?? PG_DEFAULT_MAX
    const fits = Math.max(1, max - ADAPTER_HELD - OUTSIDE_RESERVE)
    return limits.maxTransactions ? Math.min(limits.maxTransactions, fits) : fits
  }
  // SQLite has one writer: transactions taking turns in the process beat transactions timing out
  // on the file lock (each of libSQL's transactions is a connection of its own).
  if (db.name === 'sqlite') return 1
  return null
}

/**
 * Why 10 concurrent PATCHes of one claim hung a PostgreSQL server for good: each request's transaction
 * holds a pool connection, the claim's row lock lets one of them go on, and that one then needs a
 * second connection for a query Payload runs outside the transaction (the document-lock check) — while
 * the pool's other connections all sit in transactions waiting for its row lock. Nothing times out.
 *
 * The cure is a bound on the transactions in flight, below the pool size, so a transaction that needs a
 * connection outside itself always finds one; and bounded waits everywhere else: for a transaction
 * slot, for a row lock (lock_timeout), for a statement and for an idle transaction. A wait that runs
 * out is a DatabaseBusy / PostgreSQL timeout error, which the error hook answers with 503 Retry-After.
 */
export function boundTransactions(payload: Payload, limits: ResolvedDatabaseLimits): void {
  const db = adapterInternals(payload)
  if (typeof db.beginTransaction !== 'function') return
  const slots = transactionSlots(db, limits)
  if (slots == null) return
  const gate = new Semaphore(slots)
  const holders = new Map<string, () => void>()
  const begin = db.beginTransaction.bind(db)
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  const settings =
    db.name === 'postgres'
      ? `select set_config('lock_timeout', '${limits.lockTimeout}', true),` +
        ` set_config('statement_timeout', '${limits.statementTimeout}', true),` +
        ` set_config('idle_in_transaction_session_timeout', '${limits.idleInTransactionTimeout}', true)`
      : null

  db.beginTransaction = async (options) => {
    const release = await gate.acquire(limits.transactionWait)
    let id: TransactionID = null
    try {
      id = await begin(options)
      if (id == null) {
        release()
        return id
      }
      const session = db.sessions?.[String(id)]
      if (settings && session && db.execute) await db.execute({ db: session.db, raw: settings })
      // libSQL hands its connection to the transaction and opens a new one for everything else, with
      // none of the adapter's settings: without a busy timeout, a write beside the transaction would
      // fail at once on the file's lock instead of waiting its turn.
      if (db.name === 'sqlite' && db.busyTimeout && db.client?.execute)
        await db.client.execute(`PRAGMA busy_timeout = ${Math.floor(db.busyTimeout)}`)
      holders.set(String(id), release)
      return id
    } catch (err) {
      if (id != null) await rollback(id).catch(() => undefined)
      release()
      throw err
    }
  }
  const finishing =
    (end: typeof commit) =>
    async (incoming: Parameters<typeof commit>[0]): Promise<void> => {
      const id = await incoming
      try {
        await end(id)
      } finally {
        holders.get(String(id))?.()
        holders.delete(String(id))
      }
    }
  db.commitTransaction = finishing(commit)
  db.rollbackTransaction = finishing(rollback)
}
