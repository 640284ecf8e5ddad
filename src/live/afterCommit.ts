import type { Payload, PayloadRequest } from 'payload'

type TransactionId = number | string
type CommitLike = (
  id?: TransactionId | Promise<TransactionId | null | undefined> | null,
) => Promise<unknown>
interface Adapter {
  commitTransaction: CommitLike
  rollbackTransaction: CommitLike
  sessions?: Record<string, unknown>
}

const queues = new WeakMap<Payload, Map<string, (() => void)[]>>()

/** The open transaction a write runs in, if any (adapters without one leave a promise of null). */
export async function openTransaction(req: PayloadRequest): Promise<string | null> {
  const id = await req.transactionID
  if (typeof id !== 'string' && typeof id !== 'number') return null
  const db = req.payload.db as unknown as Adapter
  return db.sessions?.[String(id)] ? String(id) : null
}

/** Wraps the adapter's commit once per Payload instance, to run what waited for it. */
function queueFor(payload: Payload): Map<string, (() => void)[]> {
  let queue = queues.get(payload)
  if (queue) return queue
  const waiting = new Map<string, (() => void)[]>()
  queue = waiting
  queues.set(payload, waiting)
  const db = payload.db as unknown as Adapter
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (id) => {
    const key = String(await id)
    const result = await commit(id)
    const fns = waiting.get(key) ?? []
    waiting.delete(key)
    fns.forEach((fn) => fn())
    return result
  }
  db.rollbackTransaction = async (id) => {
    waiting.delete(String(await id))
    return rollback(id)
  }
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
