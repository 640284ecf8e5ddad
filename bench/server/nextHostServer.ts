/**
 * The Next.js host under load: the route handlers a Payload Next app exports from
 * `app/(payload)/api/[...slug]/route.ts` (`@payloadcms/next/routes`, GET wrapped by the plugin's
 * `withCachedPublicResponses`, as the README's install section says), called by a plain Node http server
 * the way `next start` calls an app route: a Web Request in, `{ params: Promise<{ slug }> }` beside it,
 * the Web Response's status, headers and body streamed back. What it leaves out is Next's own routing
 * and its server around the handler (the same for every route, this one and the baseline's alike).
 *
 * It is also the Next static baseline: a GET carrying `x-bench-baseline: 1` goes to a route handler that
 * answers the bytes and headers last POSTed to /__bench/baseline (headers as JSON in
 * `x-bench-baseline-headers`) from memory. In the same process, as such a route would be in a newsroom's
 * app: the same Next and Payload modules loaded, the same heap and timers, so that what the pair
 * measures apart is the plugin's shortcut and nothing else.
 * Also answers GET /__bench/cpu and /__bench/queries (+ POST /__bench/queries/reset) like benchServer.ts.
 */
import http from 'node:http'
import { Readable } from 'node:stream'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => unknown

const port = Number(process.env.PORT ?? 3100)
const bench: Record<string, () => unknown> = { '/__bench/cpu': () => process.cpuUsage() }
let baseline: Handler = () => new Response(null, { status: 404 })

const [{ getPayload }, { REST_DELETE, REST_GET, REST_PATCH, REST_POST, REST_PUT }, next] =
  await Promise.all([
    import('payload'),
    import('@payloadcms/next/routes'),
    import('../../src/next/index.js'),
  ])
const { default: config } = await import('../../payload.config.js')
const { countQueries } = await import('./queryCounter.js')
const { closePayload } = await import('../../demo/database/closePayload.js')
// The instance Payload's Next routes use (getPayload's default key), initialised before the first request.
const payload = await getPayload({ config })
const counter = countQueries(payload)
bench['/__bench/queries'] = () => counter.read()
bench['/__bench/queries/reset'] = () => counter.reset()
const routes = {
  GET: next.withCachedPublicResponses(config, REST_GET(config)),
  POST: REST_POST(config),
  PATCH: REST_PATCH(config),
  PUT: REST_PUT(config),
  DELETE: REST_DELETE(config),
} as Partial<Record<string, Handler>>
const stop = () => closePayload(payload)

async function setBaseline(req: http.IncomingMessage) {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const body = Buffer.concat(chunks)
  const headers = JSON.parse(String(req.headers['x-bench-baseline-headers'] ?? '{}'))
  baseline = () => new Response(body, { headers })
}

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
    if (url.pathname === '/__bench/baseline' && req.method === 'POST') {
      await setBaseline(req)
      return void res.writeHead(204).end()
    }
    const benchRoute = bench[url.pathname]
    if (benchRoute) {
      const answer = benchRoute()
      if (answer === undefined) res.writeHead(204).end()
      else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer))
      return
    }
    const handler = req.headers['x-bench-baseline'] === '1' ? baseline : routes[req.method ?? 'GET']
    if (!handler) return void res.writeHead(405).end()
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      if (Array.isArray(value)) for (const v of value) headers.append(name, v)
      else if (value !== undefined) headers.set(name, value)
    }
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
    const request = new Request(url, {
      method: req.method,
      headers,
      body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
      // @ts-expect-error Node's fetch needs it for a streamed body; RequestInit's type lacks it.
      duplex: hasBody ? 'half' : undefined,
    })
    // As Next hands `[...slug]` its decoded segments.
    const slug = url.pathname
      .replace(/^\/api\/?/, '')
      .split('/')
      .filter(Boolean)
      .map(decodeURIComponent)
    const response = (await handler(request, { params: Promise.resolve({ slug }) })) as Response
    const out: Record<string, string | string[]> = {}
    response.headers.forEach((value, name) => {
      if (name !== 'set-cookie') out[name] = value
    })
    const cookies = response.headers.getSetCookie()
    if (cookies.length) out['set-cookie'] = cookies
    res.writeHead(response.status, out)
    if (!response.body || req.method === 'HEAD') return void res.end()
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>)
      res.write(chunk)
    res.end()
  } catch (err) {
    console.error(err)
    if (!res.headersSent) res.writeHead(500)
    res.end()
  }
})
server.keepAliveTimeout = 60_000
server.listen(port, '127.0.0.1')
process.on('SIGTERM', () => {
  server.close(async () => {
    await stop()
    process.exit(0)
  })
  server.closeAllConnections()
})
