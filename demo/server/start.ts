import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { getPayload } from 'payload'

import config from '../../payload.config.js'
import { closePayload } from '../database/closePayload.js'
import { seedDemoIfEmpty } from '../seed/seedDemo.js'
import { adminPanelHandler, createExpressApp } from 'payload-plugin-newsroom/express'

/** The project root, where next.config.mjs and app/ live. */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const port = Number(process.env.PORT ?? 3000)
const production = process.env.NODE_ENV === 'production'
const payload = await getPayload({ config })

if (!production) {
  const demo = await seedDemoIfEmpty(payload)
  if (demo) {
    payload.logger.info(
      `Demo data loaded: story "${demo.storySlug}". Sign in as ${demo.users.join(', ')} (password "${demo.password}").`,
    )
  }
}

const adminPanel = await adminPanelHandler({
  dev: !production,
  dir: root,
  hostname: 'localhost',
  port,
  // webpack maps our sources' `./x.js` imports to `.ts` files; Turbopack does not.
  webpack: true,
})
const server = createExpressApp(payload, { adminPanel }).listen(port, () => {
  payload.logger.info(
    `Newsroom on http://localhost:${port}: admin panel /admin, API /api, health /healthz`,
  )
})

// Finish the requests in flight, then close the database, on SIGTERM (containers) or Ctrl-C.
let stopping = false
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    payload.logger.info(`${signal}: closing`)
    server.close(async () => {
      await closePayload(payload)
      process.exit(0)
    })
    server.closeIdleConnections()
    setTimeout(() => process.exit(1), 10_000).unref()
  })
}
