import type { Payload, PayloadRequest } from 'payload'

import type { ResolvedPublicApiOptions } from '../../options.js'
import { onTransactionEnd, openTransaction, stopWithPayload } from '../../payloadInternals.js'
import type { CachePolicy } from './httpCaching.js'
import { redisInvalidationBus, type InvalidationBus } from './invalidationBus.js'
import { ResponseCache } from './responseCache.js'
import { perPayload } from '../../perPayload.js'

/** The public API's state in one Payload instance (several may live in one process). */
export interface PublicApiRuntime {
  /** The cache to read and fill, or null: off (`publicApi.cache: false`), or blind to other instances. */
  readonly cache: ResponseCache | null
  /** How long clients and CDNs may keep a response. */
  readonly policy: CachePolicy
  /** Invalidate now and, for a write inside a transaction, again (and across instances) once it commits. */
  invalidate: (req: PayloadRequest, tags: readonly string[]) => Promise<void>
}

const runtimes = perPayload<PublicApiRuntime>()

export const publicApiRuntime = runtimes.of

/**
 * Starts the cache and, with a Redis URL, the invalidation bus. A write's hooks run inside its transaction,
 * before the commit: a read between the two would still see (and cache) the old data, so it invalidates
 * once more after the commit (src/payloadInternals.ts), and only then tells the other instances.
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
    // The Redis connections close with Payload.
    stopWithPayload(payload, bus.close)
  }

  const pending = new Map<string, Set<string>>()
  // A commit that failed invalidates too: what it wrote may be half there.
  onTransactionEnd(payload, (id, end) => {
    const tags = pending.get(id)
    pending.delete(id)
    if (tags && end !== 'rolledBack') {
      cache?.invalidate([...tags])
      bus?.publish([...tags])
    }
  })

  runtimes.keep(payload, {
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
