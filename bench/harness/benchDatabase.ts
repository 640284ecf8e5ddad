import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

export type BenchDatabaseKind = 'sqlite' | 'postgres'

export interface BenchDatabase {
  kind: BenchDatabaseKind
  url: string
  drop: () => Promise<void>
}

/** The PostgreSQL server to create throwaway databases on (BENCH_POSTGRES_URL). */
export const POSTGRES_ADMIN_URL =
  process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

export async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({
    connectionString: POSTGRES_ADMIN_URL,
    connectionTimeoutMillis: 3000,
  })
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/**
 * The database of a bench run, named after its work directory: a SQLite file in it, or a PostgreSQL
 * database `newsroom_bench_<run id>`. A later run can measure it again (`--data <work dir>`).
 */
export function benchDatabase(kind: BenchDatabaseKind, workDir: string): BenchDatabase {
  if (kind === 'sqlite') {
    const file = path.join(workDir, 'newsroom.db')
    return {
      kind,
      url: `file:${file}`,
      drop: async () => {
        for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`])
          fs.rmSync(f, { force: true })
      },
    }
  }
  const name = `newsroom_bench_${path.basename(workDir)}`
  const url = new URL(POSTGRES_ADMIN_URL)
  url.pathname = `/${name}`
  return {
    kind,
    url: url.toString(),
    drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  }
}

/** A fresh, empty database for a bench run. */
export async function createBenchDatabase(
  kind: BenchDatabaseKind,
  workDir: string,
): Promise<BenchDatabase> {
  const db = benchDatabase(kind, workDir)
  if (kind === 'postgres')
    await adminQuery(`CREATE DATABASE "${new URL(db.url).pathname.slice(1)}"`)
  return db
}
