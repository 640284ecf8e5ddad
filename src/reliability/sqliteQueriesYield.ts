import type { DatabaseAdapterObj, Payload } from 'payload'

import { adjustingAdapter, rawAdapter, type AdapterInternals } from '../payloadInternals.js'

/**
 * Why SQLite queries yield to the event loop first. libSQL answers a query synchronously (its async
 * `execute` runs it on the calling thread and resolves at once), so a request's chain of queries, and
 * several requests' chains, run one after the other in microtasks without the event loop ever reaching
 * its poll phase. That phase is where Node accepts connections — one per turn of the loop (libuv since
 * 1.45, libuv/libuv#3696) — and reads requests. Under 100 connections of uncached reads of a
 * 1,000-claim story a turn of the loop lasted 0.3–2 s (the bench server's `loop delay`), so about two
 * connections a second were accepted: connections that were not accepted at the start waited in the
 * listening socket's queue (89 of them), their clients gave up at 10 s and reconnected at the back of the
 * queue, never served, while the connections already accepted were served over and over.
 *
 * Each query outside a transaction now waits for the loop's next turns (`setImmediate`, see
 * TURNS_PER_QUERY), so a turn of the loop runs at most one step (one query and the JavaScript up to
 * the next) of each request in flight, and connections are accepted and requests read between them. While a transaction is open no
 * query yields, in it or beside it (Payload runs some of a write's queries outside its transaction):
 * SQLite has one writer, and the write holding it (and the plugin's one transaction slot) finishes
 * before anything else runs, as it did before; yielding there made other writes wait past their slot's
 * bound (503). PostgreSQL's queries wait for the network and need none of this.
 */
export function queriesAnswerAtOnce(db: Pick<AdapterInternals, 'name'> | undefined): boolean {
  return db?.name === 'sqlite'
}

/** Whether this instance's queries run synchronously (SQLite), so that its loop needs yields. */
export const synchronousQueries = (payload: Payload): boolean =>
  queriesAnswerAtOnce(rawAdapter(payload.db))

/**
 * Turns of the loop a query waits for. Node accepts one connection per turn, and a turn without a
 * render's step is short (I/O only, renders take turns one at a time on SQLite): four turns per query
 * accept up to four waiting connections per step of a render. Measured at 100 connections on the
 * 1,000-claim story (load 6–7, 20 s): reads p99 2.9–4.7 s with 4, 6.1–7.0 s with 1, requests alike.
 */
const TURNS_PER_QUERY = 4
const nextTurnOfTheLoop = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Where long work without queries happens between a request's queries (a public render's serialising
 * after its reads), the event loop's next turn on an adapter whose queries answer at once; nothing
 * elsewhere.
 */
export const letTheLoopTurn = (payload: Payload): Promise<void> | undefined =>
  synchronousQueries(payload) ? nextTurnOfTheLoop() : undefined

type Client = NonNullable<AdapterInternals['client']> & Record<string, unknown>
const yielding = new WeakSet<object>()

/**
 * Makes the client's queries (`execute`, `batch`) wait for the event loop's next turn, unless
 * `inTransaction` says a transaction is open; once per client.
 */
export function yieldBeforeEachQuery(
  client: Client,
  inTransaction: () => boolean = () => false,
): void {
  if (yielding.has(client)) return
  yielding.add(client)
  for (const name of ['execute', 'batch'] as const) {
    const original = client[name]
    if (typeof original !== 'function') continue
    client[name] = async function (this: unknown, ...args: unknown[]) {
      if (!inTransaction()) for (let i = 0; i < TURNS_PER_QUERY; i++) await nextTurnOfTheLoop()
      return (original as (...a: unknown[]) => Promise<unknown>).apply(this, args)
    }
  }
}

/**
 * The app's database adapter, its SQLite client's queries yielding to the event loop (above) from
 * its connection on. Other adapters unchanged.
 */
export function yieldingSqliteQueries(db: DatabaseAdapterObj): DatabaseAdapterObj {
  return adjustingAdapter(db, (raw) => {
    if (!queriesAnswerAtOnce(raw) || !raw.connect) return
    const connect = raw.connect
    raw.connect = async function (this: unknown, ...rest: unknown[]) {
      await connect.apply(this, rest)
      if (raw.client)
        yieldBeforeEachQuery(raw.client as Client, () => Object.keys(raw.sessions ?? {}).length > 0)
    }
  })
}
