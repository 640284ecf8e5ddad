import pg from 'pg'

/**
 * Integration suites run once per database in TEST_DATABASES (default "sqlite,postgres"). PostgreSQL
 * gets a throwaway database per suite on TEST_POSTGRES_URL (default the local server's `test` database).
 * Outside CI, an unreachable PostgreSQL is skipped with a warning, so `npm test` works on a bare machine;
 * in CI (CI=true) it is required.
 */
export type TestDatabase = 'sqlite' | 'postgres'

const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}

async function resolveTestDatabases(): Promise<TestDatabase[]> {
  const wanted = (process.env.TEST_DATABASES ?? 'sqlite,postgres')
    .split(',')
    .map((s) => s.trim())
    .filter((s): s is TestDatabase => s === 'sqlite' || s === 'postgres')
  if (!wanted.includes('postgres') || process.env.CI || process.env.TEST_DATABASES) return wanted
  if (await postgresReachable()) return wanted
  console.warn(`PostgreSQL is not reachable at ${adminUrl}: running the SQLite suites only.`)
  return wanted.filter((d) => d !== 'postgres')
}

export const TEST_DATABASES: TestDatabase[] = await resolveTestDatabases()

let counter = 0

export interface ThrowawayDatabase {
  url: string
  drop: () => Promise<void>
}

export async function throwawayDatabase(kind: TestDatabase): Promise<ThrowawayDatabase> {
  if (kind === 'sqlite') return { url: 'file::memory:', drop: async () => {} }
  const name = `newsroom_test_${process.pid}_${Date.now()}_${counter++}`
  const admin = new pg.Client({ connectionString: adminUrl })
  try {
    await admin.connect()
  } catch (err) {
    throw new Error(
      `PostgreSQL is not reachable at ${adminUrl} (${(err as Error).message}). Start it, set TEST_POSTGRES_URL, or run with TEST_DATABASES=sqlite.`,
    )
  }
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await c.end()
    },
  }
}
