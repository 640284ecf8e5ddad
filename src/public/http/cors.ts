/**
 * CORS for the public API: the one place its headers are made, for rendered responses, cached ones
 * (the Express shortcut), problems and preflights alike, so a browser sees the same answer whichever
 * path served it. Payload adds its own CORS headers (`config.cors`) only where these are not set, so
 * they are all set on every answer.
 */
export type CorsOrigins = '*' | readonly string[] | false

const METHODS = 'GET, HEAD, OPTIONS'
/** The request headers a reader may send beyond the CORS-safelisted ones. */
const ALLOWED_HEADERS = 'If-None-Match'
/** Response headers scripts may read beyond the safelisted ones (Cache-Control is one). */
const EXPOSED_HEADERS = 'ETag'

/** The CORS headers of an answer to a request from `origin` (none when CORS is off). */
export function corsHeaders(
  origins: CorsOrigins,
  origin: string | null | undefined,
): Record<string, string> {
  if (origins === false) return {}
  const allowOrigin = origins === '*' ? '*' : origin && origins.includes(origin) ? origin : null
  return {
    ...(allowOrigin ? { 'Access-Control-Allow-Origin': allowOrigin } : {}),
    'Access-Control-Allow-Methods': METHODS,
    'Access-Control-Allow-Headers': ALLOWED_HEADERS,
    'Access-Control-Expose-Headers': EXPOSED_HEADERS,
  }
}

/** `Vary` of a public answer: the encoding, and the Origin when the allowed origins are a list. */
export function varyHeader(origins: CorsOrigins): string {
  return Array.isArray(origins) ? 'Accept-Encoding, Origin' : 'Accept-Encoding'
}

/** The answer to a preflight (`OPTIONS`): which methods and headers a cross-origin reader may use. */
export function preflightResponse(
  origins: CorsOrigins,
  origin: string | null | undefined,
): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders(origins, origin),
      ...(origins === false ? {} : { 'Access-Control-Max-Age': '86400' }),
      Allow: METHODS,
      Vary: varyHeader(origins),
    },
  })
}
