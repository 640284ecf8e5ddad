import net from 'node:net'

/**
 * Redis for the suites that need it (cache invalidation across instances), at TEST_REDIS_URL (default
 * the local server). Outside CI an unreachable Redis skips them with a message, so `npm test` works on a
 * bare machine; in CI (CI=true) it is required and its absence fails them.
 */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

/** Sends PING and waits for the reply: a port that accepts connections is not enough. */
function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) })
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(2000, () => done(false))
    socket.once('error', () => done(false))
    socket.once('connect', () => socket.write('PING\r\n'))
    // +PONG, or -NOAUTH from a server that wants a password (still a Redis: let the suite say why).
    socket.once('data', (data) => done(/^[+-]/.test(data.toString())))
  })
}

async function resolveRedis(): Promise<boolean> {
  if (process.env.CI) return true
  if (await redisAnswers(TEST_REDIS_URL)) return true
  console.warn(
    `Skipped: the Redis suites — no Redis answers at ${TEST_REDIS_URL} (start one or set TEST_REDIS_URL).`,
  )
  return false
}

export const REDIS_AVAILABLE: boolean = await resolveRedis()

/** `describe` when Redis is there (or required), `describe.skip` otherwise. */
export const describeWithRedis = REDIS_AVAILABLE ? describe : describe.skip
