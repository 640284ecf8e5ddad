import pg from 'pg'

import { classifyDatabaseError } from '../../src/reliability/databaseErrors.js'
import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'

/**
 * A COMMIT that fails must fail the write. The connection of an open transaction is cut by the server
 * (pg_terminate_backend, as a restart or a network cut would) just before the commit: Payload's adapter
 * used to report that commit as done, so the caller heard 201 for a document that was never stored.
 */
const postgres = TEST_DATABASES.includes('postgres')

;(postgres ? describe : describe.skip)('a commit that fails on PostgreSQL', () => {
  let n: TestNewsroom
  beforeAll(async () => {
    n = await startNewsroom('postgres', { logLevel: 'silent' })
  })
  afterAll(async () => {
    await n?.stop()
  })

  /** The server-side process of the transaction's connection. */
  async function backendOf(id: string | number): Promise<number> {
    const db = n.payload.db as unknown as {
      sessions: Record<string, { db: unknown }>
      execute: (a: { db: unknown; raw: string }) => Promise<{ rows: { pid: number }[] }>
    }
    const res = await db.execute({
      db: db.sessions[String(id)].db,
      raw: 'select pg_backend_pid() as pid',
    })
    return res.rows[0].pid
  }

  async function terminate(pid: number): Promise<void> {
    const url = (n.payload.db as unknown as { pool: { options: { connectionString: string } } })
      .pool.options.connectionString
    const admin = new pg.Client({ connectionString: url })
    await admin.connect()
    try {
      await admin.query('select pg_terminate_backend($1)', [pid])
    } finally {
      await admin.end()
    }
  }

  it('throws a database failure from commitTransaction, and the write is not there', async () => {
    const id = (await n.payload.db.beginTransaction()) as string | number
    const req = { transactionID: id } as never
    const source = await n.payload.create({
      collection: 'sources',
      data: { name: 'Lost at commit', kind: 'official' },
      req,
    })
    await terminate(await backendOf(id))

    let failure: unknown = null
    await n.payload.db.commitTransaction(id).catch((err: unknown) => (failure = err))
    expect(failure).not.toBeNull()
    expect(classifyDatabaseError(failure)).toBe('unavailable')
    const found = await n.payload.find({
      collection: 'sources',
      where: { id: { equals: source.id } },
    })
    expect(found.docs).toEqual([])
  })

  it('commits as before when nothing fails', async () => {
    const id = (await n.payload.db.beginTransaction()) as string | number
    const source = await n.payload.create({
      collection: 'sources',
      data: { name: 'Kept', kind: 'official' },
      req: { transactionID: id } as never,
    })
    await n.payload.db.commitTransaction(id)
    const found = await n.payload.findByID({ collection: 'sources', id: source.id })
    expect(found.name).toBe('Kept')
  })
})
