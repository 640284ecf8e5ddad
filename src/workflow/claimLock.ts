import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * Two reviewers acting on one claim at once must not both win. Within a process, transitions on a claim
 * run one after another; across processes, the row is written first inside the operation's transaction
 * (PostgreSQL, MongoDB replica sets), so a concurrent transaction waits and then reads the new state.
 */
const queues = new Map<string, Promise<unknown>>()

export async function withClaimLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve()
  const run = previous.then(fn, fn)
  const tail = run.catch(() => undefined)
  queues.set(key, tail)
  try {
    return await run
  } finally {
    if (queues.get(key) === tail) queues.delete(key)
  }
}

export async function touchClaimRow(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<void> {
  // Only a real transaction holds the row lock until commit (a pending begin is a promise).
  const transaction = await req.transactionID
  if (typeof transaction !== 'string' && typeof transaction !== 'number') return
  await req.payload.db.updateOne({
    collection,
    id,
    data: { updatedAt: new Date().toISOString() },
    req,
    returning: false,
  })
}
