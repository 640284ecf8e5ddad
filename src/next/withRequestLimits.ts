import type { SanitizedConfig } from 'payload'

import {
  BodyTooDeep,
  BodyTooLarge,
  jsonTooDeep,
  readLimited,
  requestLimitsOf,
} from '../reliability/bodyLimits.js'
import { beforeRoute, type BeforeRouteOptions, type RouteHandler } from './beforeRoute.js'

/**
 * Holds a route that reads its body outside Payload's REST endpoints to `requests.maxBodyBytes` and
 * `requests.maxJsonDepth`: 413 or 400 naming the limit, in the `{ errors: [{ message }] }` shape both
 * REST and GraphQL clients read. The REST routes are held already (every endpoint is, at init); Payload's
 * GraphQL route reads the body itself, so a Next.js app wraps it:
 *
 * ```ts
 * // app/(payload)/api/graphql/route.ts
 * export const POST = withRequestLimits(config, GRAPHQL_POST(config))
 * ```
 */
export function withRequestLimits<Context>(
  config: SanitizedConfig | Promise<SanitizedConfig>,
  handler: RouteHandler<Context>,
  options: BeforeRouteOptions = {},
): RouteHandler<Context> {
  return beforeRoute(
    config,
    handler,
    options,
    ['POST', 'PATCH', 'PUT'],
    async (request, payload) => {
      const limits = requestLimitsOf(payload)
      if (!limits) return request
      try {
        if (Number(request.headers.get('content-length')) > limits.maxBodyBytes)
          throw new BodyTooLarge(limits.maxBodyBytes)
        const bytes = await readLimited(request.body, limits.maxBodyBytes)
        if (
          /json/i.test(request.headers.get('content-type') ?? '') &&
          jsonTooDeep(bytes.toString('utf8'), limits.maxJsonDepth)
        )
          throw new BodyTooDeep(limits.maxJsonDepth)
        // The bytes read, handed on in a request like the one that came.
        return new Request(request, { body: request.body === null ? null : new Uint8Array(bytes) })
      } catch (err) {
        if (!(err instanceof BodyTooLarge || err instanceof BodyTooDeep)) throw err
        return Response.json(
          {
            errors: [{ message: err.message, extensions: { statusCode: err.status, ...err.data } }],
          },
          // The rest of an oversized body is not read: the connection closes after the answer.
          { status: err.status, headers: err.status === 413 ? { connection: 'close' } : {} },
        )
      }
    },
  )
}
