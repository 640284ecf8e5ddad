import type { Payload, PayloadRequest } from 'payload'

import { adapterInternals } from '../payloadInternals.js'

/**
 * Why public reads on SQLite let the event loop turn between their queries. Node accepts one new
 * connection per turn of its event loop (libuv since 1.45, libuv/libuv#3696), in the loop's poll
 * phase, where it also reads requests. libSQL answers a query synchronously (its `execute` runs on
 * the calling thread and resolves at once), so a render's chain of queries — five to nine for a story,
 * with Payload turning thousands of rows into documents after each — and the building of its document
 * ran in microtasks, inside one turn of the loop. At 100 connections on a 1,000-claim story a turn
 * lasted 350–930 ms, one to three connections were accepted a second, and the others waited in the
 * listening socket's queue past their clients' 10 s timeouts.
 *
 * So each step of a public read (a query and what Payload does with its rows, building the document,
 * serialising it) waits for turns of the loop of its own first: between two steps the loop accepts
 * connections and reads requests. This is the plugin's own code waiting, not the database adapter
 * changed: the libSQL client, its connections and its transactions are used exactly as Payload uses
 * them. PostgreSQL's queries wait for the network, which lets the loop turn; there, nothing waits.
 *
 * Not inside a write (a read given the write's `req`): SQLite has one writer, and the write holding
 * it (and the plugin's one transaction slot) should finish before anything else runs.
 */
export const queriesAnswerAtOnce = (payload: Payload): boolean =>
  payload.db != null && adapterInternals(payload).name === 'sqlite'

/**
 * Turns of the loop a step waits for. Each turn accepts at most one waiting connection, and a turn
 * without a render's step is short (I/O only: on SQLite renders take turns one at a time, see
 * renderTurns). Measured at 100 connections on the 1,000-claim story with the same figure in the
 * reverted adapter-level version (commit 11924ff): reads p99 2.9–4.7 s with 4 turns, 6.1–7.0 s with 1.
 */
export const LOOP_TURNS = { perStep: 4 }

const waiting: (() => void)[] = []
let scheduled = false

/** Lets the first waiter go on; the next one on the loop's next turn (an immediate queued from an immediate runs then). */
function turn(): void {
  waiting.shift()?.()
  scheduled = waiting.length > 0
  if (scheduled) setImmediate(turn)
}

/**
 * A turn of the event loop of its own: resolved in the loop's check phase (after its poll phase, where
 * connections are accepted, once it has waited behind others), never in the same turn as another waiter:
 * steps waiting at once, such as the queries of a `Promise.all`, take one turn each.
 */
export function ownTurnOfTheLoop(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve)
    if (!scheduled) {
      scheduled = true
      setImmediate(turn)
    }
  })
}

/**
 * Before a step of a public read: on SQLite, `LOOP_TURNS.perStep` turns of the loop of its own; on
 * other databases, and inside a write (`req` given), nothing.
 */
export async function letTheLoopTurn(payload: Payload, req?: PayloadRequest): Promise<void> {
  if (req || !queriesAnswerAtOnce(payload)) return
  for (let i = 0; i < LOOP_TURNS.perStep; i++) await ownTurnOfTheLoop()
}
