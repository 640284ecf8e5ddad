import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'

import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => unknown

/**
 * The route handlers a Next.js Payload app exports from `app/(payload)/api/[...slug]/route.ts`, behind
 * a plain Node HTTP server on a loopback port, called as `next start` calls an app route (a Web Request,
 * the decoded `[...slug]` segments) and their Web Response streamed back as it comes — so a real HTTP
 * reader can hold a Server-Sent Events stream open through the Next host, and a cron can hit
 * `/api/payload-jobs/run` over HTTP as it would on a serverless deployment.
 */
export async function startNextHttpHost(
  config: SanitizedConfig,
): Promise<{ url: string; close: () => Promise<void> }> {
  const routes: Record<string, Handler> = {
    GET: REST_GET(config) as Handler,
    POST: REST_POST(config) as Handler,
  }
  const api = config.routes.api
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const handler = routes[req.method ?? 'GET']
    if (!handler || !url.pathname.startsWith(`${api}/`)) return void res.writeHead(404).end()
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string') headers.set(name, value)
    const abort = new AbortController()
    res.on('close', () => abort.abort())
    const hasBody = req.method === 'POST'
    const request = new Request(url, {
      method: req.method,
      headers,
      signal: abort.signal,
      body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
      // @ts-expect-error Node's fetch needs it for a streamed body; RequestInit's type lacks it.
      duplex: hasBody ? 'half' : undefined,
    })
    const slug = url.pathname
      .slice(api.length + 1)
      .split('/')
      .map((segment) => decodeURIComponent(segment))
    try {
      const response = (await handler(request, { params: Promise.resolve({ slug }) })) as Response
      const out: Record<string, string> = {}
      response.headers.forEach((value, name) => (out[name] = value))
      res.writeHead(response.status, out)
      if (!response.body) return void res.end()
      res.flushHeaders()
      const reader = response.body.getReader()
      res.on('close', () => void reader.cancel().catch(() => undefined))
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        res.write(value)
      }
      res.end()
    } catch {
      if (!res.headersSent) res.writeHead(500)
      res.end()
    }
  })
  server.listen(0, '127.0.0.1')
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
