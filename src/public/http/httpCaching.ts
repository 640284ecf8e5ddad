import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'

import Negotiator from 'negotiator'

import { corsHeaders, varyHeader, type CorsOrigins } from './cors.js'
import type { RenderedResponse } from './responseCache.js'

export interface CachePolicy {
  /** Who may read answers from another site's page (CORS). */
  cors: CorsOrigins
  /** Seconds a client or CDN may reuse a response without asking. */
  maxAge: number
  /** Seconds after that it may still serve it while it revalidates in the background. */
  staleWhileRevalidate: number
}

/** Smaller bodies are sent as they are: gzip would save less than its own headers cost. */
const MIN_GZIP_BYTES = 1024

export function renderResponse(body: unknown, contentType: string, status = 200): RenderedResponse {
  // Kept as bytes: a cached response is sent many times and should not be encoded each time.
  const bytes = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body))
  const hash = createHash('sha256').update(contentType).update('\0').update(bytes)
  return { status, contentType, body: bytes, etag: hash.digest('base64url').slice(0, 27) }
}

/** The request headers that decide the answer. */
export interface ConditionalRequest {
  method: string
  ifNoneMatch: string | null | undefined
  acceptEncoding: string | null | undefined
  /** The request's `Origin` (a browser's cross-origin read), for CORS. */
  origin: string | null | undefined
}

/** A response ready to write: to a Web Response (Payload endpoints) or straight to Node's (Express). */
export interface HttpAnswer {
  status: number
  headers: Record<string, string>
  body: Buffer | null
}

/** Does If-None-Match name one of these entity tags (weak comparison, RFC 9110 §13.1.2)? */
function matches(ifNoneMatch: string | null | undefined, etags: string[]): boolean {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  const bare = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => etags.includes(bare(tag)))
}

/**
 * The answer to a request for a rendered response: 304 when the client has it already (in either
 * encoding), else the body, gzipped when the client accepts it. The gzip bytes are made once and kept
 * with the rendered response, and carry their own entity tag, as RFC 9110 wants of another encoding.
 */
export function answerFor(
  rendered: RenderedResponse,
  request: ConditionalRequest,
  policy: CachePolicy,
): HttpAnswer {
  const plainTag = `"${rendered.etag}"`
  const gzipTag = `"${rendered.etag}-gzip"`
  const gzip =
    rendered.body.length >= MIN_GZIP_BYTES &&
    new Negotiator({
      headers: { 'accept-encoding': request.acceptEncoding ?? undefined },
    }).encoding(['gzip', 'identity']) === 'gzip'
  const headers: Record<string, string> = {
    ETag: gzip ? gzipTag : plainTag,
    'Cache-Control': `public, max-age=${policy.maxAge}, stale-while-revalidate=${policy.staleWhileRevalidate}`,
    Vary: varyHeader(policy.cors),
    ...corsHeaders(policy.cors, request.origin),
  }
  if (matches(request.ifNoneMatch, [plainTag, gzipTag])) {
    return { status: 304, headers, body: null }
  }
  headers['Content-Type'] = rendered.contentType
  if (gzip) {
    rendered.gzipped ??= gzipSync(rendered.body)
    headers['Content-Encoding'] = 'gzip'
  }
  const body = gzip ? (rendered.gzipped as Buffer) : rendered.body
  headers['Content-Length'] = String(body.length)
  return { status: rendered.status, headers, body: request.method === 'HEAD' ? null : body }
}

/** The answer as a Web Response, for a Payload endpoint. */
export function toHttpResponse(
  rendered: RenderedResponse,
  request: { headers: Headers; method?: string },
  policy: CachePolicy,
): Response {
  const answer = answerFor(
    rendered,
    {
      method: request.method ?? 'GET',
      ifNoneMatch: request.headers.get('if-none-match'),
      acceptEncoding: request.headers.get('accept-encoding'),
      origin: request.headers.get('origin'),
    },
    policy,
  )
  // A Buffer is a Uint8Array; only its type leaves open a shared buffer, which these never are.
  const body = answer.body as Uint8Array<ArrayBuffer> | null
  return new Response(body, { status: answer.status, headers: answer.headers })
}
