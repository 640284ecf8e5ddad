import type { Endpoint, PayloadRequest } from 'payload'

import type { ResolvedNewsroomOptions } from '../../options.js'
import { publicNow } from '../../live/embargo.js'
import { classifyDatabaseError, RETRY_AFTER_SECONDS } from '../../reliability/databaseErrors.js'
import { clientMistake } from '../../reliability/inputErrors.js'
import { toHttpResponse, renderResponse } from './httpCaching.js'
import { openApiDocument } from './openApiDocument.js'
import { preflightResponse } from './cors.js'
import {
  isProblemName,
  problemContext,
  problemPage,
  problemResponse,
  ProblemError,
} from './problem.js'
import { publicApiRuntime } from './publicApiRuntime.js'
import { renderInTurn } from './renderTurns.js'
import { parseReadParams } from './queryParams.js'
import { STORY_ROUTES, type Context, type Route } from './storyRoutes.js'

/** The canonical cache key: the route, the validated parameters and the host (links carry it). */
function cacheKey(route: Route, ctx: Context): string {
  const { asOf, since, page, limit, keyEvents } = ctx.params
  return JSON.stringify([
    ctx.base,
    route.path,
    ctx.slug,
    ctx.item,
    asOf,
    since,
    page,
    limit,
    keyEvents,
  ])
}

/** The absolute address of the public API, as the request reached it. */
const apiBase = (req: PayloadRequest, prefix: string) =>
  `${new URL(req.url ?? '/', 'http://localhost').origin}${req.payload.config.routes.api}${prefix}`

const notAStory = (ctx: Context) =>
  `No published story "${ctx.slug}"${ctx.params.asOf ? ` at ${ctx.params.asOf}` : ''}.`

async function serve(
  route: Route,
  req: PayloadRequest,
  { slugs, publicApi, publicSite }: ResolvedNewsroomOptions,
): Promise<Response> {
  const problems = problemContext(req, publicApi)
  try {
    const cache = publicApiRuntime(req.payload)?.cache ?? null
    // A URL already rendered is answered before its parameters are even parsed (any host does this;
    // the Express host and `withCachedPublicResponses` in a Next route do it before Payload runs at all).
    const early = req.url ? cache?.getByUrl(req.url) : undefined
    if (early) return toHttpResponse(early, req, publicApi)
    const url = new URL(req.url ?? '/', 'http://localhost')
    const ctx: Context = {
      payload: req.payload,
      slugs,
      params: parseReadParams(url.searchParams, route.accepts, publicNow(req.payload)),
      slug: String(req.routeParams?.slug ?? ''),
      base: apiBase(req, publicApi.prefix),
      site: publicSite,
      problemTypeBase: problems.typeBase,
      item: String(req.routeParams?.update ?? req.routeParams?.claim ?? ''),
    }
    const key = cacheKey(route, ctx)
    // The request's URL finds the entry from now on without parsing (see express/cachedPublicResponses).
    const hit = cache?.get(key, req.url)
    if (hit) return toHttpResponse(hit, req, publicApi)
    const startedAt = cache?.begin() ?? 0
    // Readers of the same document at once share its render and its bytes (see renderTurns).
    const result = await renderInTurn(req.payload, key, async () => {
      const read = await route.render(ctx)
      return read && { rendered: renderResponse(read.body, route.contentType), story: read.story }
    })
    if (!result) return problemResponse(problems, 404, (route.notFound ?? notAStory)(ctx))
    const { rendered } = result
    const tags = result.story != null ? [`story:${result.story}`] : ['list']
    cache?.set(key, rendered, tags, startedAt, req.url)
    return toHttpResponse(rendered, req, publicApi)
  } catch (err) {
    if (err instanceof ProblemError)
      return problemResponse(problems, err.status, err.detail, err.invalidParams)
    if (classifyDatabaseError(err)) {
      const res = problemResponse(
        problems,
        503,
        'The database does not answer; try again in a moment.',
      )
      res.headers.set('Retry-After', String(RETRY_AFTER_SECONDS))
      return res
    }
    const mistake = clientMistake(err)
    if (mistake) return problemResponse(problems, 400, mistake)
    req.payload.logger.error({ err }, `newsroom public API: ${req.url}`)
    return problemResponse(problems, 500, 'The public API failed to answer; the error is logged.')
  }
}

const OTHER_METHODS = ['post', 'put', 'patch', 'delete'] as const

/** The public read API as Payload root endpoints under `publicApi.prefix` (`/api/public/...`). */
export function publicEndpoints(options: ResolvedNewsroomOptions): Endpoint[] {
  const { prefix } = options.publicApi
  const openApi = {
    path: '/openapi.json',
    accepts: [],
    contentType: 'application/vnd.oai.openapi+json; charset=utf-8',
    render: async (ctx: Context) => ({
      body: openApiDocument(ctx.base, { problemTypeBase: ctx.problemTypeBase, options }),
      story: null,
    }),
  } satisfies Route
  const problemPages = {
    path: '/problems/:slug',
    accepts: [],
    contentType: 'text/html; charset=utf-8',
    render: async (ctx: Context) =>
      isProblemName(ctx.slug) ? { body: problemPage(ctx.slug), story: null } : null,
    notFound: (ctx: Context) => `No problem type "${ctx.slug}".`,
  } satisfies Route
  const reads: Endpoint[] = [...STORY_ROUTES, openApi, problemPages].map((route) => ({
    path: `${prefix}${route.path}`,
    method: 'get',
    handler: (req: PayloadRequest) => serve(route, req, options),
  }))
  return reads
}

/**
 * Everything else under the prefix is the public API's too, and answers as it does: problem+json for an
 * unknown path (404) or another method (405), and CORS preflights. They match any path, so the plugin
 * adds them after all its other endpoints (the live streams included); endpoints another plugin adds
 * under the same prefix later would be shadowed: mount those elsewhere.
 */
export function publicFallbackEndpoints(options: ResolvedNewsroomOptions): Endpoint[] {
  const { prefix } = options.publicApi
  const rest = `${prefix}/:rest*`
  const preflight: Endpoint = {
    path: rest,
    method: 'options',
    handler: (req) => preflightResponse(options.publicApi.cors, req.headers.get('origin')),
  }
  const unknown: Endpoint = {
    path: rest,
    method: 'get',
    handler: (req) =>
      problemResponse(
        problemContext(req, options.publicApi),
        404,
        `No public API endpoint at ${new URL(req.url ?? '/', 'http://localhost').pathname}.`,
      ),
  }
  const readOnly: Endpoint[] = OTHER_METHODS.map((method) => ({
    path: rest,
    method,
    handler: (req) =>
      problemResponse(
        problemContext(req, options.publicApi),
        405,
        `The public API is read-only; ${req.method} is not answered.`,
        [],
        { Allow: 'GET, HEAD, OPTIONS' },
      ),
  }))
  return [preflight, unknown, ...readOnly]
}
