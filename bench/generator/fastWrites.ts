import type { Payload } from 'payload'

/**
 * The generator writes tens of thousands of rows through Payload; waiting for the disk on every
 * commit would make it several times slower and tells nothing about the reads we measure. These
 * settings hold for the generator's own connections only: the server that is measured afterwards
 * (and its write path) runs with the databases' default durability.
 */
export function withoutCommitFlush(databaseUrl: string): string {
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) return databaseUrl
  const url = new URL(databaseUrl)
  url.searchParams.set('options', '-c synchronous_commit=off')
  return url.toString()
}

export async function relaxSqliteSync(payload: Payload): Promise<void> {
  const client = (
    payload.db as unknown as { client?: { execute?: (sql: string) => Promise<unknown> } }
  ).client
  if (payload.db.name === 'sqlite' && client?.execute)
    await client.execute('PRAGMA synchronous = OFF')
}
