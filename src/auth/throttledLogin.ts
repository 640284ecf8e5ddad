import {
  addDataAndFileToRequest,
  headersWithCors,
  type CollectionSlug,
  type Endpoint,
  type PayloadHandler,
  type PayloadRequest,
} from 'payload'

import type { ResolvedLoginThrottleOptions } from '../options.js'
import { unwrapHandler } from '../reliability/bodyLimits.js'
import { LoginThrottle } from './loginThrottle.js'

/**
 * The client's address: the `X-Forwarded-For` hop added by the nearest proxy we trust. With no proxy in
 * front (`trustedProxies: 0`) that is the last hop, which our Express host and Next's server append
 * from the socket themselves, so a client cannot choose it.
 */
export function clientAddress(
  req: Pick<PayloadRequest, 'headers'>,
  trustedProxies: number,
): string {
  const hops = (req.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean)
  return hops[Math.max(0, hops.length - 1 - trustedProxies)] ?? req.headers.get('x-real-ip') ?? ''
}

/**
 * The login's fields, read without using the body up: Payload's login handler parses it again (its
 * wrapper reads `req.text()`), so it is handed the same text.
 */
async function peekBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  const [type] = (req.headers.get('content-type') ?? '').split(';', 1)
  if (type.trim() !== 'application/json' || !req.text) {
    await addDataAndFileToRequest(req)
    // The body stream is used up. Payload's login endpoint parses the body again (its wrapper calls
    // addDataAndFileToRequest), which skips a request without a body and keeps `req.data`; reading a
    // spent multipart stream instead fails with "Unexpected end of form" (the admin's login form).
    Object.defineProperty(req, 'body', { value: null, configurable: true })
    return (req.data ?? {}) as Record<string, unknown>
  }
  const text = await req.text()
  Object.assign(req, { text: () => Promise.resolve(text) })
  try {
    const data: unknown = text ? JSON.parse(text) : {}
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {}
  } catch {
    return {} // Payload's handler answers the bad JSON with its own 400.
  }
}

const statusOf = (err: unknown): number | undefined =>
  err && typeof err === 'object' && 'status' in err ? Number(err.status) : undefined

/**
 * `POST /api/<users>/login` with throttling in front of Payload's own login handler, which it calls
 * unchanged (cookies, token, response as usual). Custom endpoints come before Payload's, so this one
 * answers the route; the admin panel's login form posts to it too.
 */
export function throttledLoginEndpoint(
  usersCollection: string,
  options: ResolvedLoginThrottleOptions,
): Endpoint {
  const throttle = new LoginThrottle(options)
  const handler: PayloadHandler = async (req) => {
    const data = await peekBody(req)
    const account = String(data.email ?? data.username ?? '')
    const address = clientAddress(req, options.trustedProxies)
    const wait = throttle.retryAfter(account, address)
    if (wait > 0) {
      req.payload.logger.warn({ msg: 'Login throttled', account, address, retryAfter: wait })
      return Response.json(
        {
          errors: [{ message: `Too many failed logins from here: try again in ${wait} seconds.` }],
        },
        {
          status: 429,
          headers: headersWithCors({
            headers: new Headers({ 'Retry-After': String(wait) }),
            req,
          }),
        },
      )
    }
    const builtin = req.payload.collections[usersCollection as CollectionSlug]?.config.endpoints
    const payloadLogin = builtin
      ? builtin.find(
          (e: Endpoint) =>
            e.path === '/login' && e.method === 'post' && unwrapHandler(e.handler) !== handler,
        )
      : undefined
    if (!payloadLogin) throw new Error('payload-plugin-newsroom: Payload has no login endpoint.')
    try {
      const response = await payloadLogin.handler(req)
      if (response.ok) throttle.succeed(account, address)
      return response
    } catch (err) {
      if (statusOf(err) === 401) {
        const failures = throttle.fail(account, address)
        req.payload.logger.warn({ msg: 'Failed login', account, address, failures })
      }
      throw err
    }
  }
  return { path: '/login', method: 'post', handler }
}
