import fs from 'node:fs'
import path from 'node:path'

import type { RequestHandler } from 'express'
import next from 'next'

export interface AdminPanelOptions {
  /** Development: Next compiles pages on first visit. Production: serves what `next build` left in `.next/`. */
  dev: boolean
  /** The Next app's directory (where `next.config` and `app/` are); default the working directory. */
  dir?: string
  hostname?: string
  port?: number
  /** Bundle with webpack instead of Next's default (Turbopack); only matters in development. */
  webpack?: boolean
}

/**
 * Payload's admin panel (the host app's Next app, `app/(payload)`) as an Express handler, through
 * Next's own request handler: mount it after the API, it serves `/admin` and the assets it loads.
 */
export async function adminPanelHandler(options: AdminPanelOptions): Promise<RequestHandler> {
  const dir = path.resolve(options.dir ?? process.cwd())
  if (!options.dev && !fs.existsSync(path.join(dir, '.next', 'BUILD_ID'))) {
    throw new Error(
      `The admin panel is not built: run \`next build\` in ${dir} before starting in production.`,
    )
  }
  const app = next({
    dev: options.dev,
    dir,
    hostname: options.hostname ?? 'localhost',
    port: options.port,
    ...(options.webpack ? { webpack: true } : {}),
  })
  await app.prepare()
  const handle = app.getRequestHandler()
  return (req, res) => handle(req, res)
}
