/**
 * The baseline: Express answering every GET with the same bytes and headers from memory (what the
 * public story endpoint returned), with no work per request. The cached public API is compared to it.
 * BODY_FILE holds the body, HEADERS_FILE the response headers as JSON. GET /__bench/cpu: its CPU time.
 */
import fs from 'node:fs'

import express from 'express'

const body = fs.readFileSync(process.env.BODY_FILE as string)
const headers = JSON.parse(fs.readFileSync(process.env.HEADERS_FILE as string, 'utf8')) as Record<
  string,
  string
>

const app = express()
app.disable('x-powered-by')
app.disable('etag')
app.get('/__bench/cpu', (_req, res) => {
  res.json(process.cpuUsage())
})
app.get('/{*path}', (_req, res) => {
  res.set(headers).end(body)
})
const server = app.listen(Number(process.env.PORT ?? 3101), '127.0.0.1')
process.on('SIGTERM', () => {
  server.close(() => process.exit(0))
  server.closeAllConnections()
})
