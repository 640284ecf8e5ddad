import { Readable } from 'node:stream'

import type { Request as ExpressRequest, RequestHandler } from 'express'
import { getPayload, handleEndpoints, type SanitizedConfig } from 'payload'

import {
  BodyTooLarge,
  largestBodyLimit,
  readLimited,
  requestLimitsOf,
} from '../reliability/bodyLimits.js'

/** The request's absolute URL as Payload sees it (`req.url` in an endpoint), normalised. */
export function requestUrl(req: ExpressRequest): string {
  return new URL(`${req.protocol}://${req.get('host') ?? 'localhost'}${req.originalUrl}`).href
}

/**
 * Payload reads the JSON body of a POST with `X-HTTP-Method-Override: GET` before it routes it (so
 * before the plugin's per-route limits): read it here, within the limit.
 */
const overridesMethod = (req: ExpressRequest) =>
  req.method === 'POST' &&
  (req.get('x-http-method-override') === 'GET' ||
    req.get('x-payload-http-method-override') === 'GET')

function toWebRequest(req: ExpressRequest, body?: Buffer): Request {
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
    body: body ?? (hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined),
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
      const payload = await getPayload({ config, key: payloadInstanceCacheKey })
      const limits = requestLimitsOf(payload)
      let body: Buffer | undefined
      if (limits) {
        // A declared size over what any route takes is refused before a byte is read (each route
        // checks its own limit too: a bundle import takes more than the rest).
        const largest = largestBodyLimit(payload)
        if (largest && Number(req.get('content-length')) > largest.maxBodyBytes)
          throw new BodyTooLarge(largest.maxBodyBytes, largest.option)
        if (overridesMethod(req))
          body = await readLimited(Readable.toWeb(req) as ReadableStream, limits.maxBodyBytes)
      }
      const response = await handleEndpoints({
        config,
        request: toWebRequest(req, body),
        payloadInstanceCacheKey,
      })
      // Payload answers a method no route of a known collection takes with 501 (e.g. any request to
      // /api/payload-migrations): for a client that is "no such route", a 404.
      res.status(response.status === 501 ? 404 : response.status)
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
      if (err instanceof BodyTooLarge) {
        // Payload's error shape, as its routes answer the same refusal. The rest of the body is not
        // read: the connection closes after the answer.
        res
          .status(413)
          .set('connection', 'close')
          .json({ errors: [{ message: err.message, data: err.data }] })
        return
      }
      next(err)
    }
  }
}
