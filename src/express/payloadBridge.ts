import { Readable } from 'node:stream'

import type { Request as ExpressRequest, RequestHandler } from 'express'
import { handleEndpoints, type SanitizedConfig } from 'payload'

/** The request's absolute URL as Payload sees it (`req.url` in an endpoint), normalised. */
export function requestUrl(req: ExpressRequest): string {
  return new URL(`${req.protocol}://${req.get('host') ?? 'localhost'}${req.originalUrl}`).href
}

function toWebRequest(req: ExpressRequest): Request {
  const url = requestUrl(req)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v))
    else if (value != null) headers.set(name, value)
  }
  // As a proxy does: the address the connection came from, last, where a client cannot forge it (the
  // login throttling counts failures by it).
  const forwarded = [req.headers['x-forwarded-for'], req.socket.remoteAddress]
    .flat()
    .filter(Boolean)
  if (forwarded.length) headers.set('x-forwarded-for', forwarded.join(', '))
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  return new Request(url, {
    // HEAD is GET without the body: Payload routes GET, and Node leaves the body out of a HEAD answer.
    method: req.method === 'HEAD' ? 'GET' : req.method,
    headers,
    // The body is streamed as it comes: no body parser may run before this handler.
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
    duplex: 'half',
  } as RequestInit)
}

/** Serves Payload's REST API (collections, auth, custom endpoints) from Express through handleEndpoints. */
export function payloadRestHandler(
  config: SanitizedConfig | Promise<SanitizedConfig>,
  /** The getPayload cache key of the instance to serve (several live in one test process). */
  payloadInstanceCacheKey?: string,
): RequestHandler {
  return async (req, res, next) => {
    try {
      decodeURIComponent(req.path)
    } catch {
      // Payload's router would throw on it: a malformed path is the client's error.
      res.status(400).type('application/problem+json').json({
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'The path has malformed percent-encoding.',
      })
      return
    }
    try {
      const response = await handleEndpoints({
        config,
        request: toWebRequest(req),
        payloadInstanceCacheKey,
      })
      res.status(response.status)
      response.headers.forEach((value, name) => {
        if (name !== 'set-cookie') res.setHeader(name, value)
      })
      const cookies = response.headers.getSetCookie()
      if (cookies.length) res.setHeader('set-cookie', cookies)
      if (response.body && response.headers.get('content-type')?.startsWith('text/event-stream')) {
        // A live stream goes out as it is written, and ends when the reader leaves.
        res.flushHeaders()
        req.socket.setNoDelay(true)
        const body = Readable.fromWeb(response.body as never)
        res.on('close', () => body.destroy())
        body.pipe(res)
        return
      }
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (err) {
      next(err)
    }
  }
}
