/** RFC 9457 problem details: the one error shape of the public API. */
export interface InvalidParam {
  name: string
  reason: string
}

const TYPES: Record<number, { type: string; title: string }> = {
  400: {
    type: 'https://newsroom.invalid/problems/invalid-parameters',
    title: 'Invalid query parameters',
  },
  404: { type: 'https://newsroom.invalid/problems/not-found', title: 'Not found' },
  405: {
    type: 'https://newsroom.invalid/problems/method-not-allowed',
    title: 'Method not allowed',
  },
  500: { type: 'https://newsroom.invalid/problems/internal-error', title: 'Internal error' },
  503: { type: 'https://newsroom.invalid/problems/unavailable', title: 'Service unavailable' },
}

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

export function problemResponse(
  status: number,
  detail: string,
  invalidParams: InvalidParam[] = [],
): Response {
  const { type, title } = TYPES[status] ?? TYPES[500]
  const body = {
    type,
    title,
    status,
    detail,
    ...(invalidParams.length > 0 ? { 'invalid-params': invalidParams } : {}),
  }
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' },
  })
}
