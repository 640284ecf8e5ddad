import { randomUUID } from 'node:crypto'

import { Redis } from 'ioredis'
import type { Payload } from 'payload'

/** Carries cache invalidations between the server instances that share a database. */
export interface InvalidationBus {
  publish: (tags: readonly string[]) => void
  close: () => Promise<void>
}

/**
 * Redis pub/sub: every instance publishes the tags it invalidates and drops the same entries when another
 * instance publishes. After a lost connection an instance may have missed messages, so it drops its
 * whole cache when the subscription is back.
 */
export async function redisInvalidationBus(
  payload: Payload,
  { url, channel }: { url: string; channel: string },
  onInvalidate: (tags: readonly string[]) => void,
): Promise<InvalidationBus> {
  const instance = randomUUID()
  const publisher = new Redis(url, { maxRetriesPerRequest: 2 })
  const subscriber = new Redis(url)
  const logError = (err: Error) =>
    payload.logger.error({ err }, `newsroom public cache: Redis ${url}`)
  publisher.on('error', logError)
  subscriber.on('error', logError)
  let subscribedOnce = false
  subscriber.on('ready', () => {
    if (subscribedOnce) onInvalidate(['*'])
    subscribedOnce = true
  })
  subscriber.on('message', (_channel: string, message: string) => {
    try {
      const { from, tags } = JSON.parse(message) as { from?: string; tags?: unknown }
      if (from !== instance && Array.isArray(tags)) onInvalidate(tags.map(String))
    } catch {
      payload.logger.warn(`newsroom public cache: ignored a malformed message on ${channel}`)
    }
  })
  await subscriber.subscribe(channel)
  return {
    publish: (tags) => {
      publisher.publish(channel, JSON.stringify({ from: instance, tags })).catch(logError)
    },
    close: async () => {
      await Promise.allSettled([subscriber.quit(), publisher.quit()])
    },
  }
}
