import { gunzipSync } from 'node:zlib'

import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import type { Express } from 'express'
import type { SanitizedConfig } from 'payload'
import supertest from 'supertest'

/** What the suites read of an answer, alike from either host (supertest's names). */
export interface ApiResponse {
  status: number
  /** Lower-case names; several set-cookie headers one per line. */
  headers: Record<string, string>
  /** Parsed JSON (any `json` or `+json` media type), else `{}`. */
  body: any // eslint-disable-line @typescript-eslint/no-explicit-any
  /** The body as text, decompressed; '' when there is none. */
  text: string
}

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'OPTIONS'

export interface RequestOptions {
  headers?: Record<string, string>
  /** Sent as JSON; a string is sent as it is (set its Content-Type in `headers`). */
  body?: unknown
}

/** Sends one request to Payload's REST API (and the plugin's endpoints) at a path like `/api/claims?x=1`. */
export type RestClient = (
  method: Method,
  url: string,
  options?: RequestOptions,
) => Promise<ApiResponse>

const isJson = (type: string | undefined) => /[/+]json(;|$)/.test(type ?? '')

/**
 * The REST API the way a Next.js Payload app serves it: `app/(payload)/api/[...slug]/route.ts` exports
 * these handlers of `@payloadcms/next/routes`, and Next calls them with a Web Request and a promise of
 * the route's params. They serve the instance `getPayload({ config })` keeps under its default key.
 */
export function nextRestClient(
  config: SanitizedConfig,
  origin = config.serverURL || 'http://localhost:3000',
): RestClient {
  const handlers = {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    PUT: REST_PUT(config),
    DELETE: REST_DELETE(config),
    OPTIONS: REST_OPTIONS(config),
  }
  const apiRoute = config.routes.api
  return async (method, url, { headers = {}, body } = {}) => {
    const { pathname } = new URL(url, origin)
    if (!pathname.startsWith(`${apiRoute}/`)) throw new Error(`${url} is not under ${apiRoute}`)
    // Next hands the route the decoded segments of [...slug]; the handler encodes them again.
    const slug = pathname
      .slice(apiRoute.length + 1)
      .split('/')
      .map((segment) => decodeURIComponent(segment))
    const request = new Request(new URL(url, origin), {
      method,
      headers: {
        ...(body === undefined || typeof body === 'string'
          ? {}
          : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined || typeof body === 'string' ? body : JSON.stringify(body),
    })
    const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
    return fromWebResponse(response)
  }
}

async function fromWebResponse(response: Response): Promise<ApiResponse> {
  const headers: ApiResponse['headers'] = {}
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) headers['set-cookie'] = cookies.join('\n')
  let bytes = Buffer.from(await response.arrayBuffer())
  // As an HTTP client would (supertest does): the test reads the content, the header says how it came.
  if (headers['content-encoding'] === 'gzip' && bytes.length) bytes = gunzipSync(bytes)
  const text = bytes.toString('utf8')
  const type = headers['content-type']
  return {
    status: response.status,
    headers,
    text,
    body: isJson(type) && text ? JSON.parse(text) : {},
  }
}

/** The same requests through the Express host (supertest, no port of its own unless given a URL). */
export function expressRestClient(app: Express | string): RestClient {
  const http = supertest(app)
  return async (method, url, { headers = {}, body } = {}) => {
    let test = http[method.toLowerCase() as 'get'](url)
    for (const [name, value] of Object.entries(headers)) test = test.set(name, value)
    const res = body === undefined ? await test : await test.send(body as object)
    return {
      status: res.status,
      headers: Object.fromEntries(
        Object.entries(res.headers).map(([name, value]) => [
          name,
          Array.isArray(value) ? value.join('\n') : String(value),
        ]),
      ),
      body: res.body,
      text: res.text ?? '',
    }
  }
}
