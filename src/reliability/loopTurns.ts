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
 * When a step waits, and for how long. Waiting costs a read whole turns of the loop, and a turn is as
 * long as the other work in it: with writes running (each one's chain of synchronous queries is a turn
 * of its own), a turn lasted 150–300 ms in tests/integration/redisGone.test.ts, and a read of a small
 * story that waited `perStep` turns before each of its six steps took 4–5 s instead of 10 ms (its
 * clients gave up at 5 s). So a step waits only once the reads' work in the current turn has lasted
 * `sliceMs` (a large story's query alone takes 80–150 ms; a small story's whole read, a few ms, never
 * waits), and then for `perStep` turns, or fewer once it has waited `waitMs`: a turn of I/O only is
 * short, and the turns are there to accept connections (one per turn), but a turn made long by other
 * work has let the loop poll already.
 *
 * `perStep`: each turn accepts at most one waiting connection. Measured at 100 connections on the
 * 1,000-claim story with the same figure in the reverted adapter-level version (commit 11924ff): reads
 * p99 2.9–4.7 s with 4 turns, 6.1–7.0 s with 1.
 */
export const LOOP_TURNS = { perStep: 4, sliceMs: 20, waitMs: 20 }

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

/** When the reads' work in the current turn of the loop began (null: none has yet). */
let sliceBegan: number | null = null

/** A slice begins now; it ends with the turn (the mark is cleared in the loop's next check phase). */
function beginSlice(now: number): void {
  if (sliceBegan === null) setImmediate(() => (sliceBegan = null))
  sliceBegan = now
}

/**
 * How long the reads' steps have been running in this turn of the loop: since the first step that
 * asked in it, or since a step came back from waiting.
 */
export function sliceSoFar(): number {
  const now = performance.now()
  if (sliceBegan === null) beginSlice(now)
  return now - (sliceBegan as number)
}

/**
 * Before a step of a public read: on SQLite, once this turn's slice is used up, `LOOP_TURNS.perStep`
 * turns of the loop of its own (fewer once it has waited `waitMs`); on other databases, inside a write
 * (`req` given), and within the slice, nothing.
 */
export async function letTheLoopTurn(payload: Payload, req?: PayloadRequest): Promise<void> {
  if (req || !queriesAnswerAtOnce(payload)) return
  if (sliceSoFar() < LOOP_TURNS.sliceMs) return
  const began = performance.now()
  for (let i = 0; i < LOOP_TURNS.perStep; i++) {
    await ownTurnOfTheLoop()
    if (performance.now() - began >= LOOP_TURNS.waitMs) break
  }
  beginSlice(performance.now())
}
