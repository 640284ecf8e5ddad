import express, { type Express } from 'express'
import type { CollectionSlug, Payload } from 'payload'

import { payloadRestHandler } from './payloadBridge.js'

/** The Express app: Payload's REST API (and the plugin's endpoints) under /api, and a health check. */
export function createApp(payload: Payload, payloadInstanceCacheKey?: string): Express {
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
  app.use(payload.config.routes.api, payloadRestHandler(payload.config, payloadInstanceCacheKey))
  return app
}
