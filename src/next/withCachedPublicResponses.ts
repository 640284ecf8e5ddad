import type { SanitizedConfig } from 'payload'

import { toHttpResponse } from '../public/http/httpCaching.js'
import { publicApiRuntime } from '../public/http/publicApiRuntime.js'
import { beforeRoute, type BeforeRouteOptions, type RouteHandler } from './beforeRoute.js'

/**
 * Wraps Payload's `REST_GET` in a Next.js app's `app/(payload)/api/[...slug]/route.ts` so that a public
 * API URL already rendered is answered from the cache (ETag, 304, gzip, HEAD) before Payload builds its
 * request (authentication, i18n, routing). Everything else goes to `handler` unchanged. Without it the
 * plugin's endpoints answer from the same cache, after Payload's request pipeline.
 *
 * ```ts
 * export const GET = withCachedPublicResponses(config, REST_GET(config))
 * ```
 */
export function withCachedPublicResponses<Context>(
  config: SanitizedConfig | Promise<SanitizedConfig>,
  handler: RouteHandler<Context>,
  options: BeforeRouteOptions = {},
): RouteHandler<Context> {
  return beforeRoute(config, handler, options, ['GET', 'HEAD'], async (request, payload) => {
    const runtime = publicApiRuntime(payload)
    const hit = runtime?.cache?.getByUrl(request.url)
    return hit && runtime ? toHttpResponse(hit, request, runtime.policy) : request
  })
}
