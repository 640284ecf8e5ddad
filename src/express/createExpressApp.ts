import express, { type Express, type RequestHandler } from 'express'
import type { CollectionSlug, Payload } from 'payload'

import { cachedPublicResponses } from './cachedPublicResponses.js'
import { payloadRestHandler } from './payloadBridge.js'

export interface ExpressAppOptions {
  /** Payload's admin panel (`adminPanelHandler`); without it the app serves the API alone. */
  adminPanel?: RequestHandler
  /** The getPayload cache key of the instance to serve, when one process holds several. */
  payloadInstanceCacheKey?: string
}

/**
 * An Express app hosting Payload: its REST API (with the plugin's endpoints) under `routes.api`, cached
 * public API responses answered before Payload, `GET /healthz` (the database answers), and, when given,
 * the admin panel at `routes.admin` with the assets it loads.
 */
export function createExpressApp(payload: Payload, options: ExpressAppOptions = {}): Express {
  const { payloadInstanceCacheKey } = options
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', true)
  app.get('/healthz', async (_req, res) => {
    try {
      await payload.count({
        collection: payload.config.admin.user as CollectionSlug,
        overrideAccess: true,
      })
      res.json({ status: 'ok' })
    } catch {
      res.status(503).json({ status: 'unavailable', detail: 'The database does not answer.' })
    }
  })
  app.use(
    payload.config.routes.api,
    cachedPublicResponses(payload),
    payloadRestHandler(payload.config, payloadInstanceCacheKey),
  )
  if (options.adminPanel) {
    app.get('/', (_req, res) => res.redirect(payload.config.routes.admin))
    // Next serves /admin and its own assets (/_next/...), whatever their paths.
    app.use(options.adminPanel)
  }
  return app
}
