import type { Payload } from 'payload'

import { adapterInternals } from '../../src/payloadInternals.js'

/** The database adapter's query methods: every read or write Payload makes goes through one of them. */
export const ADAPTER_QUERY_METHODS = [
  'count',
  'countGlobalVersions',
  'countVersions',
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'find',
  'findDistinct',
  'findGlobal',
  'findGlobalVersions',
  'findOne',
  'findVersions',
  'queryDrafts',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

export interface QueryCount {
  /** Calls to the adapter's query methods. */
  calls: number
  byMethod: Record<string, number>
  /** SQL statements sent (SQL adapters only; null elsewhere): one call may send several. */
  statements: number | null
}

export interface QueryCounter {
  /** What was counted since start or the last reset. */
  read: () => QueryCount
  reset: () => void
  /** Puts the adapter back as it was. */
  stop: () => void
}

interface DrizzleLogger {
  logQuery: (query: string, params: unknown[]) => void
}
interface DrizzleSession {
  logger?: DrizzleLogger
  options?: { logger?: DrizzleLogger | boolean }
}

/**
 * Counts the database work of a stretch of code by wrapping `payload.db`'s query methods and, on the
 * SQL adapters, drizzle's query logger (how the "queries per read" figures of the tests and benchmarks
 * are measured). Counts everything the instance does meanwhile, so measure one thing at a time.
 */
export function countQueries(payload: Payload): QueryCounter {
  // The query methods are the adapter's public ones, replaced by name; drizzle's session is not public.
  const db = payload.db as unknown as Record<string, unknown>
  let count: QueryCount
  const reset = () => {
    count = { calls: 0, byMethod: {}, statements: session ? 0 : null }
  }
  const originals = new Map<string, unknown>()
  for (const method of ADAPTER_QUERY_METHODS) {
    const original = db[method]
    if (typeof original !== 'function') continue
    originals.set(method, original)
    db[method] = function (this: unknown, ...args: unknown[]) {
      count.calls++
      count.byMethod[method] = (count.byMethod[method] ?? 0) + 1
      return original.apply(this, args)
    }
  }

  // Drizzle hands its logger to every prepared query; transactions take theirs from the options.
  const session = adapterInternals(payload).drizzle?.session as DrizzleSession | undefined
  const sessionLogger = session?.logger
  const optionsLogger = session?.options?.logger
  if (session) {
    const counting: DrizzleLogger = {
      logQuery: (query, params) => {
        if (count.statements !== null) count.statements++
        sessionLogger?.logQuery(query, params)
      },
    }
    session.logger = counting
    if (session.options) session.options.logger = counting
  }
  reset()

  return {
    read: () => ({ ...count, byMethod: { ...count.byMethod } }),
    reset,
    stop: () => {
      for (const [method, original] of originals) db[method] = original
      if (session) {
        session.logger = sessionLogger
        if (session.options) session.options.logger = optionsLogger
      }
    },
  }
}
