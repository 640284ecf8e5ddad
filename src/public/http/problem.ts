import { corsHeaders, type CorsOrigins } from './cors.js'

/** RFC 9457 problem details: the one error shape of the public API. */
export interface InvalidParam {
  name: string
  reason: string
}

/**
 * Every problem the public API answers with. Its `type` is `<problem type base>/<name>`: by default the
 * API's own `/problems/<name>`, which serves `description` as a page for people (RFC 9457 §3.1.1).
 */
export const PROBLEMS = {
  'invalid-parameters': {
    status: 400,
    title: 'Invalid query parameters',
    description:
      'A query parameter has a value the API does not accept, or is given more than once. `invalid-params` names each one and says why. Times are ISO 8601 with a time zone (2025-03-11T15:00:00Z) or a date (UTC midnight), and never in the future; `page` and `limit` are whole numbers in range.',
  },
  'not-found': {
    status: 404,
    title: 'Not found',
    description:
      'Nothing public has this address: no published story with this slug (at `asOf`, when given), or no such endpoint. Drafts, and stories taken down, are not found.',
  },
  'method-not-allowed': {
    status: 405,
    title: 'Method not allowed',
    description: 'The public API is read-only: it answers GET, HEAD and OPTIONS.',
  },
  'internal-error': {
    status: 500,
    title: 'Internal error',
    description: 'The API failed to answer. The error is logged on the server; try again later.',
  },
  unavailable: {
    status: 503,
    title: 'Service unavailable',
    description:
      'The server cannot answer this now (a live stream starting, too many live connections): try again after `Retry-After` seconds.',
  },
} as const
export type ProblemName = keyof typeof PROBLEMS

const nameOf = (status: number): ProblemName =>
  (Object.keys(PROBLEMS) as ProblemName[]).find((n) => PROBLEMS[n].status === status) ??
  'internal-error'

/** Thrown by the parameter parsers; the endpoint renders it. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly invalidParams: InvalidParam[] = [],
  ) {
    super(detail)
  }
}

/** What a problem answer depends on beyond the problem: where types point, and CORS. */
export interface ProblemContext {
  /** `https://host/api/public/problems`, or the configured `publicApi.problemTypeBase`. */
  typeBase: string
  cors: CorsOrigins
  origin: string | null | undefined
}

/** The problem context of a request to the public API (or its live streams). */
export function problemContext(
  req: { url?: string; headers: Headers; payload: { config: { routes: { api: string } } } },
  publicApi: { prefix: string; problemTypeBase: string | null; cors: CorsOrigins },
): ProblemContext {
  const origin = new URL(req.url ?? '/', 'http://localhost').origin
  return {
    typeBase:
      publicApi.problemTypeBase ??
      `${origin}${req.payload.config.routes.api}${publicApi.prefix}/problems`,
    cors: publicApi.cors,
    origin: req.headers.get('origin'),
  }
}

export function problemResponse(
  ctx: ProblemContext,
  status: number,
  detail: string,
  invalidParams: InvalidParam[] = [],
  headers: Record<string, string> = {},
): Response {
  const name = nameOf(status)
  const body = {
    type: `${ctx.typeBase}/${name}`,
    title: PROBLEMS[name].title,
    status: PROBLEMS[name].status,
    detail,
    ...(invalidParams.length > 0 ? { 'invalid-params': invalidParams } : {}),
  }
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: {
      'Content-Type': 'application/problem+json',
      'Cache-Control': 'no-store',
      ...corsHeaders(ctx.cors, ctx.origin),
      ...headers,
    },
  })
}

const escapeHtml = (s: string): string =>
  s.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string,
  )

/** The page a problem `type` resolves to: what the problem means, for the person reading the error. */
export function problemPage(name: ProblemName): string {
  const { status, title, description } = PROBLEMS[name]
  const text = escapeHtml(description).replace(/`([^`]+)`/g, '<code>$1</code>')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><h1>${escapeHtml(title)} (HTTP ${status})</h1><p>${text}</p>
<p>Errors of this API are RFC 9457 problem details (<code>application/problem+json</code>).</p></body></html>
`
}

export const isProblemName = (name: string): name is ProblemName =>
  Object.prototype.hasOwnProperty.call(PROBLEMS, name)
