import type { Payload } from 'payload'

interface AdapterConnections {
  pool?: { end: () => Promise<void>; ended?: boolean; on: (event: 'error', fn: () => void) => void }
  client?: { close?: () => void }
}

/**
 * payload.destroy() leaves the SQL adapters' connections open. The PostgreSQL adapter keeps one pool
 * client checked out for its whole life, so pool.end() only settles once the server drops it: start the
 * end, don't wait for it, and ignore the errors of connections the server terminates.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const db = payload.db as unknown as AdapterConnections
  await payload.destroy()
  if (db.pool && !db.pool.ended) {
    db.pool.on('error', () => {})
    void db.pool.end()
  }
  db.client?.close?.()
}
