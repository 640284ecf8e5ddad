import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

/** Carries cache invalidations between the server instances that share a database. */
export interface InvalidationBus {
  publish: (tags: readonly string[]) => void
  /** Subscribed and connected: while not, this instance cannot know of other instances' writes. */
  listening: () => boolean
  close: () => Promise<void>
}

/**
 * Redis pub/sub: every instance publishes the tags it invalidates and drops the same entries when another
 * instance publishes. While the subscription is down (Redis unreachable at start, a lost connection) the
 * instance may miss messages: `listening()` says so, and it drops its whole cache when the subscription
 * is back. Starting does not wait for Redis.
 */
export async function redisInvalidationBus(
  payload: Payload,
  { url, channel }: { url: string; channel: string },
  onInvalidate: (tags: readonly string[]) => void,
): Promise<InvalidationBus> {
  const Redis = await loadRedis()
  const instance = randomUUID()
  const publisher = new Redis(url, { maxRetriesPerRequest: 2 })
  // We subscribe again ourselves on each reconnect: ioredis's own resubscription leaves its promise
  // unhandled, so a connection lost before the reply (Redis dying again, or close()) is an unhandled
  // rejection ("Connection is closed.") in the host process.
  const subscriber = new Redis(url, { autoResubscribe: false })
  const logError = (err: Error) =>
    payload.logger.error({ err }, `newsroom public cache: Redis ${url}`)
  publisher.on('error', logError)
  subscriber.on('error', logError)
  let listening = false
  let subscribed = false
  const backOn = () => {
    onInvalidate(['*'])
    listening = true
  }
  const subscribe = () =>
    subscriber
      .subscribe(channel)
      .then(() => {
        subscribed = true
        backOn()
      })
      .catch(logError)
  subscriber.on('ready', () => {
    if (subscribed) void subscribe()
  })
  for (const down of ['close', 'reconnecting', 'end'])
    subscriber.on(down, () => (listening = false))
  subscriber.on('message', (_channel: string, message: string) => {
    try {
      const { from, tags } = JSON.parse(message) as { from?: string; tags?: unknown }
      if (from !== instance && Array.isArray(tags)) onInvalidate(tags.map(String))
    } catch {
      payload.logger.warn(`newsroom public cache: ignored a malformed message on ${channel}`)
    }
  })
  void subscribe()
  return {
    listening: () => listening,
    publish: (tags) => {
      publisher.publish(channel, JSON.stringify({ from: instance, tags })).catch(logError)
    },
    // Nothing is left to flush (a publish is fire and forget), and quit() would wait for an unreachable Redis.
    close: async () => {
      subscriber.disconnect()
      publisher.disconnect()
    },
  }
}

/** ioredis is an optional peer: loaded only when `publicApi.redisUrl` is set, with a clear error if absent. */
async function loadRedis(): Promise<typeof import('ioredis').Redis> {
  try {
    return (await import('ioredis')).Redis
  } catch (err) {
    throw new Error(
      'payload-plugin-newsroom: publicApi.redisUrl is set but the optional peer "ioredis" is not installed: npm install ioredis',
      { cause: err },
    )
  }
}
