import { createHash } from 'node:crypto'

import type { RenderedResponse } from './responseCache.js'

export interface CachePolicy {
  /** Seconds a client or CDN may reuse a response without asking. */
  maxAge: number
  /** Seconds after that it may still serve it while it revalidates in the background. */
  staleWhileRevalidate: number
}

export function renderResponse(body: unknown, contentType: string, status = 200): RenderedResponse {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  const etag = `"${createHash('sha256').update(contentType).update('\0').update(text).digest('base64url').slice(0, 27)}"`
  return { status, contentType, body: text, etag }
}

/** Does If-None-Match name this ETag (weak comparison, RFC 9110 §13.1.2)? */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  const bare = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => bare(tag) === bare(etag))
}

/** The response for this request: 304 when the client has it already, else the full body. */
export function toHttpResponse(
  rendered: RenderedResponse,
  request: { headers: Headers },
  policy: CachePolicy,
  method: string,
): Response {
  const headers = {
    ETag: rendered.etag,
    'Cache-Control': `public, max-age=${policy.maxAge}, stale-while-revalidate=${policy.staleWhileRevalidate}`,
    Vary: 'Accept-Encoding',
  }
  if (matches(request.headers.get('if-none-match'), rendered.etag)) {
    return new Response(null, { status: 304, headers })
  }
  return new Response(method === 'HEAD' ? null : rendered.body, {
    status: rendered.status,
    headers: { ...headers, 'Content-Type': rendered.contentType },
  })
}
