import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { RequestHandler } from 'express'
import next from 'next'

/** The project root, where next.config.mjs and app/ live (this file is in src/server/). */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * Payload's admin panel (the Next app in app/) as an Express handler. In development Next compiles
 * pages on first visit; in production it serves what `npm run build` left in .next/.
 */
export async function adminPanelHandler(options: {
  dev: boolean
  hostname: string
  port: number
}): Promise<RequestHandler> {
  if (!options.dev && !fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    throw new Error(
      'The admin panel is not built: run `npm run build` before starting in production.',
    )
  }
  // webpack, as `npm run build` uses: it maps our `./x.js` imports to `.ts` files, Turbopack does not.
  const app = next({ ...options, dir: root, webpack: true })
  await app.prepare()
  const handle = app.getRequestHandler()
  return (req, res) => handle(req, res)
}
