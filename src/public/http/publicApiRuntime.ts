import type { Payload, PayloadRequest } from 'payload'

import type { ResolvedPublicApiOptions } from '../../options.js'
import type { CachePolicy } from './httpCaching.js'
import { redisInvalidationBus, type InvalidationBus } from './invalidationBus.js'
import { ResponseCache } from './responseCache.js'

/** The public API's state in one Payload instance (several may live in one process). */
export interface PublicApiRuntime {
  /** The cache to read and fill, or null: off (`publicApi.cache: false`), or blind to other instances. */
  readonly cache: ResponseCache | null
  /** How long clients and CDNs may keep a response. */
  readonly policy: CachePolicy
  /** Invalidate now and, for a write inside a transaction, again (and across instances) once it commits. */
  invalidate: (req: PayloadRequest, tags: readonly string[]) => Promise<void>
}

const runtimes = new WeakMap<Payload, PublicApiRuntime>()

export function publicApiRuntime(payload: Payload): PublicApiRuntime | undefined {
  return runtimes.get(payload)
}

type TransactionId = number | string
type CommitLike = (
  id?: TransactionId | Promise<TransactionId | null | undefined> | null,
) => Promise<unknown>

/**
 * Starts the cache and, with a Redis URL, the invalidation bus. A write's hooks run inside its transaction,
 * before the commit: a read between the two would still see (and cache) the old data, so the adapter's
 * commit is wrapped to invalidate once more after it, and only then tell the other instances.
 */
export async function startPublicApiRuntime(
  payload: Payload,
  options: ResolvedPublicApiOptions,
): Promise<void> {
  const cache = options.cache ? new ResponseCache(options.cacheEntries) : null
  let bus: InvalidationBus | null = null
  if (cache && options.redisUrl) {
    bus = await redisInvalidationBus(
      payload,
      { url: options.redisUrl, channel: options.redisChannel },
      (tags) => cache.invalidate(tags),
    )
    // payload.destroy() stops everything in `crons`: the Redis connections close with Payload.
    const closeBus = bus.close
    ;(payload.crons as unknown as { stop: () => Promise<void> }[]).push({ stop: closeBus })
  }

  const pending = new Map<string, Set<string>>()
  const db = payload.db as unknown as {
    commitTransaction: CommitLike
    rollbackTransaction: CommitLike
    sessions?: Record<string, unknown>
  }
  /**
   * The open transaction a write runs in, if any. `req.transactionID` alone does not tell: adapters
   * without transactions leave a promise of null there, and Payload's dataloader can turn that into `{}`.
   */
  const openTransaction = async (req: PayloadRequest): Promise<string | null> => {
    const id = await req.transactionID
    if (typeof id !== 'string' && typeof id !== 'number') return null
    return db.sessions?.[String(id)] ? String(id) : null
  }
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (id) => {
    const key = String(await id)
    try {
      return await commit(id)
    } finally {
      const tags = pending.get(key)
      pending.delete(key)
      if (tags) {
        cache?.invalidate([...tags])
        bus?.publish([...tags])
      }
    }
  }
  db.rollbackTransaction = async (id) => {
    pending.delete(String(await id))
    return rollback(id)
  }

  runtimes.set(payload, {
    policy: options,
    get cache() {
      // Without the Redis subscription, another instance's write would go unnoticed: serve uncached.
      return bus && !bus.listening() ? null : cache
    },
    invalidate: async (req, tags) => {
      if (!cache) return
      cache.invalidate(tags)
      const key = await openTransaction(req)
      if (key === null) {
        bus?.publish(tags)
        return
      }
      const queued = pending.get(key) ?? new Set<string>()
      tags.forEach((t) => queued.add(t))
      pending.set(key, queued)
    },
  })
}
