import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations as postgresMigrations } from '../../migrations/postgres/index.js'
import { migrations as sqliteMigrations } from '../../migrations/sqlite/index.js'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export function databaseKind(url: string | undefined): DatabaseKind {
  if (!url || url.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(url)) return 'mongodb'
  throw new Error(
    `DATABASE_URL "${url}" is not understood: use file:<path> (SQLite), postgres://… or mongodb://…, or leave it unset.`,
  )
}

/**
 * DATABASE_URL picks the database: unset → an embedded SQLite file under data/; file:<path> → that
 * SQLite file; postgres:// → PostgreSQL; mongodb:// → MongoDB. Migrations live per SQL dialect; in
 * production (NODE_ENV=production, where Payload never pushes the schema) they run when Payload starts.
 */
export function adapterFromUrl(url: string | undefined, root: string): DatabaseAdapterObj {
  const kind = databaseKind(url)
  if (kind === 'postgres') {
    return postgresAdapter({
      pool: {
        connectionString: url,
        // Sized for the plugin's bound on transactions in flight (pool size − 3, see
        // src/reliability/boundTransactions.ts), and every wait bounded: for a connection, a statement,
        // an idle transaction. A wait that runs out is answered 503 with Retry-After.
        max: Number(process.env.DATABASE_POOL_SIZE) || 20,
        connectionTimeoutMillis: 5000,
        statement_timeout: 8000,
        idle_in_transaction_session_timeout: 10000,
      },
      migrationDir: path.join(root, 'migrations/postgres'),
      prodMigrations: postgresMigrations,
    })
  }
  if (kind === 'mongodb') return mongooseAdapter({ url: url as string })
  if (!url) fs.mkdirSync(path.join(root, 'data'), { recursive: true })
  const file = url ?? `file:${path.join(root, 'data/newsroom.db')}`
  return sqliteAdapter({
    client: { url: file },
    // Transactions: every write of a claim (state, history, version, public view, event) commits
    // whole or not at all, a kill -9 included. libSQL gives each transaction the connection and opens
    // a new one for the rest, so an in-memory database (the tests') cannot have them: each new
    // connection would be a new, empty database.
    transactionOptions: /^file::memory:|^:memory:/.test(file) ? false : {},
    // WAL: readers never wait for the writer, and a crash leaves the last committed write. A busy
    // file waits up to 5 s for its lock, then is a 503 with Retry-After (never a 500). The adapter
    // turns WAL off by itself for an in-memory database.
    wal: true,
    busyTimeout: 5000,
    migrationDir: path.join(root, 'migrations/sqlite'),
    prodMigrations: sqliteMigrations,
  })
}
