/**
 * The app's server process (as bench/server/benchServer.ts serves it) with one addition the crash test
 * needs: a claim write of a request that carries `x-stall-after-claim-writes: N` stops after its Nth
 * claim write — inside the write's transaction, after the plugin's own hooks — prints a line the test
 * waits for, and never goes on. The test then kills the process with SIGKILL at a known point in the
 * middle of a write, instead of at a moment that rarely falls inside one.
 */
import express from 'express'
import { getPayload } from 'payload'

import config from '../../../payload.config.js'
import { closePayload } from '../../../demo/database/closePayload.js'
import { createExpressApp } from '../../../src/express/index.js'
import { STALL_HEADER, STALLED } from './stall.js'

const sanitized = await config
const claims = sanitized.collections.find((c) => c.slug === 'claims')
if (!claims) throw new Error('no claims collection')
const writes = new WeakMap<object, number>()
claims.hooks.afterChange = [
  ...(claims.hooks.afterChange ?? []),
  async ({ req }) => {
    const after = Number(req.headers?.get?.(STALL_HEADER))
    if (!after) return undefined
    const count = (writes.get(req) ?? 0) + 1
    writes.set(req, count)
    if (count < after) return undefined
    process.stdout.write(`${STALLED} (${count} claim writes)\n`)
    return new Promise(() => {})
  },
]

const payload = await getPayload({ config: sanitized })
const app = express()
app.disable('x-powered-by')
app.use(createExpressApp(payload))
const server = app.listen(Number(process.env.PORT ?? 3100), '127.0.0.1')
process.on('SIGTERM', () => {
  server.close(async () => {
    await closePayload(payload)
    process.exit(0)
  })
  server.closeAllConnections()
})
