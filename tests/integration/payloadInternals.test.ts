import fs from 'node:fs'
import path from 'node:path'

import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type PayloadRequest,
} from 'payload'

import {
  CHECKED_PAYLOAD_VERSION,
  adapterInternals,
  onTransactionEnd,
  openTransaction,
  type TransactionEnd,
} from '../../src/payloadInternals.js'
import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'

/**
 * src/payloadInternals.ts is the one place that uses Payload's non-public APIs. This pins it to the
 * Payload it was checked against, and checks on real databases that each internal is still there with
 * the shape the module relies on.
 */
const installed: string = JSON.parse(
  fs.readFileSync(
    path.resolve(import.meta.dirname, '../../node_modules/payload/package.json'),
    'utf8',
  ),
).version

describe('Payload internals (src/payloadInternals.ts)', () => {
  it('were checked against the installed Payload', () => {
    if (installed !== CHECKED_PAYLOAD_VERSION) {
      throw new Error(
        `payload ${installed} is installed, but src/payloadInternals.ts was checked against ${CHECKED_PAYLOAD_VERSION}: ` +
          'check each internal it uses against the new version (the tests below), then update CHECKED_PAYLOAD_VERSION.',
      )
    }
  })
})

describe.each(TEST_DATABASES)('Payload internals on %s', (database) => {
  let n: TestNewsroom
  beforeAll(async () => {
    n = await startNewsroom(database, {
      host: 'express',
      logLevel: 'silent',
      transactional: true,
    })
  })
  afterAll(async () => {
    await n?.stop()
  })

  it('has each internal the module uses, with that shape', () => {
    const db = adapterInternals(n.payload)
    // stopWithPayload: payload.destroy() stops every entry of `crons`.
    expect(Array.isArray(n.payload.crons)).toBe(true)
    expect(db.name).toBe(database)
    for (const method of [
      'beginTransaction',
      'commitTransaction',
      'rollbackTransaction',
      'execute',
    ])
      expect(typeof db[method as keyof typeof db]).toBe('function')
    expect(typeof db.sessions).toBe('object')
    expect(typeof db.drizzle?.session).toBe('object')
    expect(db.drizzle?.session).toHaveProperty('logger')
    if (database === 'sqlite') {
      expect(typeof db.client?.execute).toBe('function')
      expect(typeof db.client?.close).toBe('function')
      expect(typeof db.clientConfig?.url).toBe('string')
      expect(typeof db.connect).toBe('function')
      expect(typeof db.destroy).toBe('function')
    } else {
      expect(typeof db.pool?.on).toBe('function')
      expect(typeof db.pool?.end).toBe('function')
      expect(Array.isArray(db.pool?._clients)).toBe(true)
      expect(typeof db.pool?.options).toBe('object')
    }
  })

  it('tells an open transaction from none, and says when it ended', async () => {
    const db = adapterInternals(n.payload)
    const ends: [string, TransactionEnd][] = []
    onTransactionEnd(n.payload, (id, end) => ends.push([id, end]))
    const asReq = (transactionID: unknown) =>
      ({ payload: n.payload, transactionID }) as unknown as PayloadRequest

    // What adapters and Payload's dataloader leave where there is no transaction.
    expect(await openTransaction(asReq(undefined))).toBeNull()
    expect(await openTransaction(asReq(Promise.resolve(null)))).toBeNull()
    expect(await openTransaction(asReq({}))).toBeNull()
    expect(await openTransaction(asReq('no-such-transaction'))).toBeNull()

    const req = await createLocalReq({}, n.payload)
    expect(await initTransaction(req)).toBe(true)
    const id = await openTransaction(req)
    expect(id).not.toBeNull()
    expect(db.sessions?.[id!]).toBeDefined()
    await commitTransaction(req)
    // Only these two: the plugin's own background work has transactions too.
    const endsOf = (...ids: (string | null)[]) => ends.filter(([e]) => ids.includes(e))
    expect(endsOf(id)).toEqual([[id, 'committed']])
    expect(await openTransaction(asReq(id))).toBeNull()

    const other = await createLocalReq({}, n.payload)
    await initTransaction(other)
    const otherId = await openTransaction(other)
    await killTransaction(other)
    expect(endsOf(id, otherId)).toEqual([
      [id, 'committed'],
      [otherId, 'rolledBack'],
    ])
  })
})
