import type { CollectionSlug, Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { NewsroomRefusal } from '../errors.js'
import { unwrapHandler } from '../reliability/bodyLimits.js'
import { isPossibleId } from '../reliability/documentIds.js'
import { Semaphore } from '../reliability/semaphore.js'

/**
 * Two writers on one claim at once must not both win, and must not wait for each other inside the
 * database. Within a process, writes of one claim take turns here, BEFORE their transaction begins:
 * a storm of edits on one claim then holds one database connection, not the whole pool. Across
 * processes, the row is written first inside the operation's transaction (PostgreSQL, MongoDB replica
 * sets), so a concurrent transaction waits for it (bounded by lock_timeout) and then reads the new state.
 * The order is always: claim turn, transaction slot, row lock — so no two requests wait on each other
 * in opposite orders.
 */
const turns = new Map<string, { gate: Semaphore; users: number }>()

/**
 * A write waits at most `waitMs` (option `database.claimTurnWait`, default 15 s) for its turn on one
 * claim, then is answered 503 with Retry-After, having written nothing: a storm of writes on one claim
 * queues behind each other, and a queue longer than the bound is told to come back rather than held.
 */
export async function withClaimLock<T>(
  key: string,
  fn: () => Promise<T>,
  waitMs: number,
): Promise<T> {
  const turn = turns.get(key) ?? { gate: new Semaphore(1), users: 0 }
  turns.set(key, turn)
  turn.users++
  try {
    const release = await turn.gate.acquire(waitMs)
    try {
      return await fn()
    } finally {
      release()
    }
  } finally {
    if (--turn.users === 0) turns.delete(key)
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

/**
 * PATCH /api/<claims>/:id, taking its turn on the claim first: Payload's own handler (the one this
 * endpoint precedes) does the work. Collection endpoints are matched in order, custom ones first.
 */
export function claimEditTurns(collection: CollectionSlug, waitMs: number): Endpoint {
  const handler: PayloadHandler = async (req) => {
    const own = req.payload.collections[collection]?.config.endpoints
    const payloadsOwn = (own || []).find(
      (e) =>
        e !== self &&
        e.path === '/:id' &&
        e.method === 'patch' &&
        unwrapHandler(e.handler) !== handler,
    )?.handler as PayloadHandler | undefined
    if (!payloadsOwn) return Response.json({ errors: [{ message: 'Not found' }] }, { status: 404 })
    const id = String(req.routeParams?.id)
    if (!isPossibleId(req.payload, collection, id)) {
      throw NewsroomRefusal.say(req, { key: 'refusedNoClaim', vars: { id } }, 404)
    }
    return withClaimLock(`${collection}:${id}`, async () => payloadsOwn(req), waitMs)
  }
  const self: Endpoint = { path: '/:id', method: 'patch', handler }
  return self
}
