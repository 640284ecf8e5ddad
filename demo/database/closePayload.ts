import type { Payload } from 'payload'

import { adapterInternals } from '../../src/payloadInternals.js'

/**
 * payload.destroy() leaves the SQL adapters' connections open. The PostgreSQL adapter keeps one pool
 * client checked out for its whole life, so pool.end() only settles once the server drops it: start the
 * end, don't wait for it, and ignore the errors of connections the server terminates.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const db = adapterInternals(payload)
  await payload.destroy()
  if (db.pool && !db.pool.ended) {
    db.pool.on?.('error', () => {})
    void db.pool.end?.()
  }
  db.client?.close?.()
}
