/**
 * The server under load: the app of demo/server/start.ts (Payload's REST API, the plugin's endpoints
 * and the public API, from createExpressApp) without the admin panel, which the benchmark does not touch.
 * Run with NODE_ENV=production: the schema comes from the committed migrations, as in production.
 * It also answers GET /__bench/queries (database work since the last POST /__bench/queries/reset),
 * so the harness can count the queries of one read, and GET /__bench/cpu (this process's CPU time).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks'

import express from 'express'
import { getPayload } from 'payload'

import config from '../../payload.config.js'
import { closePayload } from '../../demo/database/closePayload.js'
import { countQueries } from './queryCounter.js'
import { createExpressApp } from '../../src/express/index.js'

const payload = await getPayload({ config })
const counter = countQueries(payload)

const app = express()
app.disable('x-powered-by')
app.get('/__bench/cpu', (_req, res) => {
  res.json(process.cpuUsage())
})
app.get('/__bench/queries', (_req, res) => {
  res.json(counter.read())
})
app.post('/__bench/queries/reset', (_req, res) => {
  counter.reset()
  res.status(204).end()
})
app.use(createExpressApp(payload))

// The event loop's delay, logged each second (max and p99 in ms): a loop that does not come back to
// its poll phase accepts no connection and reads no request, whatever the renders' own latency.
const loopDelay = monitorEventLoopDelay({ resolution: 10 })
loopDelay.enable()
setInterval(() => {
  const ms = (ns: number) => Math.round(ns / 1e6)
  console.log(`loop delay max ${ms(loopDelay.max)} p99 ${ms(loopDelay.percentile(99))} ms`)
  loopDelay.reset()
}, 1000).unref()

const server = app.listen(Number(process.env.PORT ?? 3100), '127.0.0.1')
process.on('SIGTERM', () => {
  server.close(async () => {
    await closePayload(payload)
    process.exit(0)
  })
  server.closeAllConnections()
})
