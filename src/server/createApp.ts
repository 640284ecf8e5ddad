import express, { type Express, type RequestHandler } from 'express'
import type { CollectionSlug, Payload } from 'payload'

import { cachedPublicResponses } from './cachedPublicResponses.js'
import { payloadRestHandler } from './payloadBridge.js'

export interface AppOptions {
  /** Payload's admin panel (see adminPanel.ts); without it the app serves the API alone, as in tests. */
  adminPanel?: RequestHandler
}

/**
 * The Express app: Payload's REST API (and the plugin's endpoints) under /api, a health check, and,
 * when given, the admin panel at /admin with the assets it loads.
 */
export function createApp(
  payload: Payload,
  payloadInstanceCacheKey?: string,
  options: AppOptions = {},
): Express {
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
