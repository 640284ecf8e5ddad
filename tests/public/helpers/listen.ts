import type { AddressInfo } from 'node:net'

import type { Express } from 'express'

/**
 * Serves the app on one loopback port until closed. supertest given an app listens on a new port for
 * every request; the public API caches per host, so its tests need one address.
 */
export async function listen(app: Express): Promise<{ url: string; close: () => Promise<void> }> {
  const server = app.listen(0, '127.0.0.1')
  await new Promise<void>((resolve, reject) =>
    server.once('listening', resolve).once('error', reject),
  )
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}
