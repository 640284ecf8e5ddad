import { getPayload, type SanitizedConfig } from 'payload'

import { toHttpResponse } from '../public/http/httpCaching.js'
import { publicApiRuntime } from '../public/http/publicApiRuntime.js'

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response> | Response

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
  /** The getPayload cache key, when the process holds several Payload instances (as tests do). */
  options: { payloadInstanceCacheKey?: string } = {},
): RouteHandler<Context> {
  return async (request, context) => {
    if (request.method === 'GET' || request.method === 'HEAD') {
      // getPayload returns the instance Payload's own routes use (initialised once per process).
      const runtime = publicApiRuntime(
        await getPayload({ config, key: options.payloadInstanceCacheKey }),
      )
      const hit = runtime?.cache?.getByUrl(request.url)
      if (hit && runtime) return toHttpResponse(hit, request, runtime.policy)
    }
    return handler(request, context)
  }
}
