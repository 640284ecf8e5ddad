import type { BaseDatabaseAdapter, Payload, PayloadRequest } from 'payload'

/**
 * Every use of a Payload API that is not public, in one place. Payload documents none of these: the
 * adapters' transaction methods (replaced here to run code after a commit and to bound open
 * transactions), their sessions, connections and drizzle instance, and `payload.crons` (what
 * `payload.destroy()` stops). They were checked against this version; tests/unit/payloadInternals.test.ts
 * fails when the installed Payload is another one, and checks each of them is still there, with the
 * shape used here, on SQLite and PostgreSQL. On an upgrade: run it, fix what moved, bump the version.
 */
export const CHECKED_PAYLOAD_VERSION = '3.90.2'

export type TransactionID = number | string
type IncomingID = TransactionID | Promise<TransactionID | null | undefined> | null | undefined

/** A pg pool's client, as `watchDatabaseFailures` listens on it. */
export interface PgClientInternals {
  on: (event: 'error', fn: (err: Error) => void) => void
}

/** What the plugin reads of the SQL adapters (@payloadcms/db-postgres, @payloadcms/db-sqlite). */
export interface AdapterInternals {
  /** 'postgres', 'sqlite', 'mongoose' (public in the type, listed for completeness). */
  name: string
  /** The open transactions, by id, each with its own drizzle handle. */
  sessions?: Record<string, { db: unknown }>
  /** Raw SQL on a session's handle. */
  execute?: (args: { db: unknown; raw: string }) => Promise<unknown>
  /** db-sqlite: the libSQL client and its busy timeout. */
  client?: { execute?: (sql: string) => Promise<unknown>; close?: () => void }
  busyTimeout?: number
  clientConfig?: { url?: string }
  /** db-postgres: the pg pool. */
  pool?: {
    options?: { max?: number }
    ended?: boolean
    end?: () => Promise<void>
    on?: (event: 'error' | 'connect', fn: (client: PgClientInternals) => void) => void
    _clients?: PgClientInternals[]
  }
  /** drizzle's session, whose logger sees every statement (the benchmarks' query counts). */
  drizzle?: { session?: { logger?: unknown; options?: { logger?: unknown } } }
  connect?: (...args: unknown[]) => Promise<void>
  destroy?: () => Promise<void>
  beginTransaction: (options?: unknown) => Promise<TransactionID | null>
  commitTransaction: (id: IncomingID) => Promise<void>
  rollbackTransaction: (id: IncomingID) => Promise<void>
}

/** The adapter's undocumented side (the one cast to it). */
export function rawAdapter(adapter: BaseDatabaseAdapter | Payload['db']): AdapterInternals {
  return adapter as unknown as AdapterInternals
}

export const adapterInternals = (payload: Payload): AdapterInternals => rawAdapter(payload.db)

/**
 * The open transaction a write runs in, if any. `req.transactionID` alone does not tell: adapters
 * without transactions leave a promise of null there, and Payload's dataloader can turn that into `{}`.
 */
export async function openTransaction(req: PayloadRequest): Promise<string | null> {
  const id = await req.transactionID
  if (typeof id !== 'string' && typeof id !== 'number') return null
  return adapterInternals(req.payload).sessions?.[String(id)] ? String(id) : null
}

/** How a transaction ended: committed, its commit failed, or rolled back. */
export type TransactionEnd = 'committed' | 'commitFailed' | 'rolledBack'
type EndListener = (id: string, end: TransactionEnd) => void

const endListeners = new WeakMap<object, EndListener[]>()

/**
 * Calls `listener` each time one of the adapter's transactions ends, after the commit or rollback
 * (in the order listeners were added). Payload has no such event: the adapter's commit and rollback are
 * wrapped, once per adapter.
 */
export function onTransactionEnd(payload: Payload, listener: EndListener): void {
  const db = adapterInternals(payload)
  const existing = endListeners.get(db)
  if (existing) {
    existing.push(listener)
    return
  }
  const listeners = [listener]
  endListeners.set(db, listeners)
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  const tell = (id: string, end: TransactionEnd) => listeners.forEach((l) => l(id, end))
  db.commitTransaction = async (id) => {
    const key = String(await id)
    let end: TransactionEnd = 'commitFailed'
    try {
      await commit(id)
      end = 'committed'
    } finally {
      tell(key, end)
    }
  }
  db.rollbackTransaction = async (id) => {
    const key = String(await id)
    try {
      await rollback(id)
    } finally {
      tell(key, 'rolledBack')
    }
  }
}

/**
 * Stops `stop` with Payload: `payload.destroy()` stops everything in `payload.crons` (Payload's own job
 * schedules), the only hook it offers for it.
 */
export function stopWithPayload(payload: Payload, stop: () => Promise<void> | void): void {
  ;(payload.crons as unknown as { stop: () => Promise<void> | void }[]).push({ stop })
}
