import type { Payload } from 'payload'

import { letTheLoopTurn, queriesAnswerAtOnce } from '../../reliability/loopTurns.js'
import { Semaphore } from '../../reliability/semaphore.js'

/**
 * Renders of uncached public reads in flight per instance, the others waiting their turn in order
 * (bounded, then 503 with Retry-After). Under a crowd, every render interleaved with every other makes
 * each read's time the sum of all their database round trips and the reads of many queries starve (at
 * 100 connections on a 1,000-claim story, reads timed out at 10 s while most took 3 s); taking turns,
 * a read waits for those before it and then runs at full speed.
 *
 * Readers of the same document that arrive before its render begins to read share that render:
 * it has not read anything yet, so what it reads is at least as new as each of their requests (a write
 * answered before a reader asked is in it). Once a render has begun reading, a reader who comes later
 * waits for a render of its own. A crowd on one uncached URL then costs about one render per turn, not
 * one per reader.
 */
export const RENDER_TURNS = { inFlight: 4, waitMs: 9000 }
/**
 * On SQLite, whose queries answer at once, one render at a time: renders cannot overlap there (one
 * thread does all their work), and each one more in flight would make every turn of the event loop
 * longer by a step of its render (see reliability/loopTurns), so connections would wait longer to be
 * accepted while the renders gained nothing.
 */
export const RENDER_TURNS_SYNCHRONOUS = { inFlight: 1 }

interface Turns {
  semaphore: Semaphore
  waitMs: number
  /** Renders waiting for a turn, by the document's cache key. */
  waiting: Map<string, Promise<unknown>>
}

const turnsByInstance = new WeakMap<Payload, Turns>()

function turnsOf(payload: Payload): Turns {
  let turns = turnsByInstance.get(payload)
  if (!turns) {
    turns = {
      semaphore: new Semaphore(
        queriesAnswerAtOnce(payload) ? RENDER_TURNS_SYNCHRONOUS.inFlight : RENDER_TURNS.inFlight,
      ),
      waitMs: RENDER_TURNS.waitMs,
      waiting: new Map(),
    }
    turnsByInstance.set(payload, turns)
  }
  return turns
}

/**
 * The render turns of one instance, for tests: `limits` replaces them (renders already holding a turn
 * keep it); the semaphore lets a test hold turns itself, `waiting` says which renders wait for one.
 */
export function renderTurnsOf(
  payload: Payload,
  limits?: Partial<typeof RENDER_TURNS>,
): { semaphore: Semaphore; waitMs: number; waiting: ReadonlyMap<string, unknown> } {
  const turns = turnsOf(payload)
  if (limits?.inFlight !== undefined) turns.semaphore = new Semaphore(limits.inFlight)
  if (limits?.waitMs !== undefined) turns.waitMs = limits.waitMs
  return turns
}

/** Runs `render` (the document named `key`) in its turn, or joins the same render still waiting for one. */
export function renderInTurn<T>(
  payload: Payload,
  key: string,
  render: () => Promise<T>,
): Promise<T> {
  const turns = turnsOf(payload)
  const joined = turns.waiting.get(key)
  if (joined) return joined as Promise<T>
  const { semaphore, waiting } = turns
  const run: Promise<T> = semaphore
    .acquire(turns.waitMs)
    .then(async (release) => {
      try {
        // Its turn come, the render lets the requests that have arrived meanwhile reach it first. On
        // SQLite every query answers at once, so a render, once begun, runs to its end without letting
        // another request in: without this, a render would never wait for anyone to join it.
        await new Promise((resolve) => setImmediate(resolve))
        if (waiting.get(key) === run) waiting.delete(key)
        const rendered = await render()
        // Serialised: on SQLite, what follows (its gzip, the next render) runs in a later turn of the loop.
        await letTheLoopTurn(payload)
        return rendered
      } finally {
        release()
      }
    })
    .finally(() => {
      // Begun (or refused): later readers are not sure to be in what it reads.
      if (waiting.get(key) === run) waiting.delete(key)
    })
  waiting.set(key, run)
  return run
}
