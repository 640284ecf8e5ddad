import type { Payload, PayloadRequest } from 'payload'

import { onTransactionEnd, openTransaction } from '../payloadInternals.js'

const queues = new WeakMap<Payload, Map<string, (() => void)[]>>()

/** Once per Payload instance: run what waited for a commit, drop it on a rollback. */
function queueFor(payload: Payload): Map<string, (() => void)[]> {
  let queue = queues.get(payload)
  if (queue) return queue
  const waiting = new Map<string, (() => void)[]>()
  queue = waiting
  queues.set(payload, waiting)
  onTransactionEnd(payload, (id, end) => {
    const fns = waiting.get(id) ?? []
    waiting.delete(id)
    if (end === 'committed') fns.forEach((fn) => fn())
  })
  return waiting
}

/**
 * Runs `fn` once the write's transaction has committed (at once if it runs in none): what others read
 * is only there after the commit. A rollback drops it.
 */
export async function afterCommit(req: PayloadRequest, fn: () => void): Promise<void> {
  const queue = queueFor(req.payload)
  const key = await openTransaction(req)
  if (key === null) {
    fn()
    return
  }
  queue.set(key, [...(queue.get(key) ?? []), fn])
}
