import { getPayload, type Payload, type SanitizedConfig } from 'payload'

export type RouteHandler<Context> = (
  request: Request,
  context: Context,
) => Promise<Response> | Response

export interface BeforeRouteOptions {
  /** The getPayload cache key, when the process holds several Payload instances (as tests do). */
  payloadInstanceCacheKey?: string
}

/**
 * A step in front of a route handler of a Next.js app: for the requests of `methods`, `step` sees the
 * request and the Payload instance Payload's own routes use (getPayload: initialised once per process)
 * and answers it itself (a Response) or hands `handler` the request to serve; other requests go to
 * `handler` unchanged.
 */
export function beforeRoute<Context>(
  config: SanitizedConfig | Promise<SanitizedConfig>,
  handler: RouteHandler<Context>,
  { payloadInstanceCacheKey }: BeforeRouteOptions,
  methods: readonly string[],
  step: (request: Request, payload: Payload) => Promise<Request | Response>,
): RouteHandler<Context> {
  return async (request, context) => {
    if (!methods.includes(request.method)) return handler(request, context)
    const payload = await getPayload({ config, key: payloadInstanceCacheKey })
    const next = await step(request, payload)
    return next instanceof Response ? next : handler(next, context)
  }
}
