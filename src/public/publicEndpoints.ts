import type { Endpoint, Payload, PayloadRequest } from 'payload'

import type { NewsroomSlugs, ResolvedNewsroomOptions, ResolvedPublicSite } from '../options.js'
import { toHttpResponse, renderResponse } from './httpCaching.js'
import { openApiDocument } from './openApiDocument.js'
import { problemResponse, ProblemError } from './problem.js'
import { storyLinks, type StoryLinks } from './publicLinks.js'
import { publicApiRuntime } from './publicApiRuntime.js'
import { parseReadParams, type ReadParams } from './queryParams.js'
import { readStory } from './readStory.js'
import { readStoryFigureTimeline } from './readStoryFigureTimeline.js'
import { readStoryFigures } from './readStoryFigures.js'
import { readStoryList } from './readStoryList.js'
import { readStorySnapshot } from './readStorySnapshot.js'
import { readStoryTimeline } from './readStoryTimeline.js'
import { storyAtomFeed, storyJsonFeed } from './storyFeed.js'
import { storyJsonLd } from './storyJsonLd.js'
import type { Id } from './types.js'

interface Context {
  payload: Payload
  slugs: NewsroomSlugs
  params: ReadParams
  slug: string
  /** The absolute address of the public API (`https://host/api/public`), for links in documents. */
  base: string
  /** The newsroom's website, or null: then documents carry no links to reader pages. */
  site: ResolvedPublicSite | null
}

/** What one endpoint renders: the body and the story it depends on, or null for an unknown story. */
type Render = (ctx: Context) => Promise<{ body: unknown; story: Id | null } | null>

interface Route {
  path: string
  accepts: readonly (keyof ReadParams)[]
  contentType: string
  render: Render
}

const JSON_TYPE = 'application/json; charset=utf-8'

/** Renders a snapshot-based document, or null for an unknown story. */
const fromSnapshot =
  (
    render: (
      snapshot: NonNullable<Awaited<ReturnType<typeof readStorySnapshot>>>,
      links: StoryLinks,
    ) => unknown,
  ): Render =>
  async (ctx) => {
    const snapshot = await readStorySnapshot(ctx.payload, ctx.slugs, ctx.slug, ctx.params.asOf)
    if (!snapshot) return null
    const links = storyLinks(ctx.base, ctx.site, snapshot.story)
    return { body: render(snapshot, links), story: snapshot.story.id }
  }
const withStory =
  <T extends { story: { id: Id } }>(read: (ctx: Context) => Promise<T | null>): Render =>
  async (ctx) => {
    const body = await read(ctx)
    return body && { body, story: body.story.id }
  }

const ROUTES: Route[] = [
  {
    path: '/stories',
    accepts: ['page', 'limit', 'asOf'],
    contentType: JSON_TYPE,
    render: async ({ payload, slugs, params }) => ({
      body: await readStoryList(payload, slugs, params),
      story: null,
    }),
  },
  {
    path: '/stories/:slug',
    accepts: ['asOf'],
    contentType: JSON_TYPE,
    render: withStory((c) => readStory(c.payload, c.slugs, c.slug, c.params.asOf)),
  },
  {
    path: '/stories/:slug/figures',
    accepts: ['asOf'],
    contentType: JSON_TYPE,
    render: withStory((c) => readStoryFigures(c.payload, c.slugs, c.slug, c.params.asOf)),
  },
  {
    path: '/stories/:slug/figures/timeline',
    accepts: ['asOf'],
    contentType: JSON_TYPE,
    render: withStory((c) => readStoryFigureTimeline(c.payload, c.slugs, c.slug, c.params.asOf)),
  },
  {
    path: '/stories/:slug/timeline',
    accepts: ['asOf', 'since'],
    contentType: JSON_TYPE,
    render: withStory((c) => readStoryTimeline(c.payload, c.slugs, c.slug, c.params)),
  },
  {
    path: '/stories/:slug/jsonld',
    accepts: ['asOf'],
    contentType: 'application/ld+json; charset=utf-8',
    render: fromSnapshot(storyJsonLd),
  },
  {
    path: '/stories/:slug/feed.json',
    accepts: ['asOf'],
    contentType: 'application/feed+json; charset=utf-8',
    render: fromSnapshot((snapshot, links) =>
      storyJsonFeed(snapshot, links, `${links.api}/feed.json`),
    ),
  },
  {
    path: '/stories/:slug/feed.atom',
    accepts: ['asOf'],
    contentType: 'application/atom+xml; charset=utf-8',
    render: fromSnapshot((snapshot, links) =>
      storyAtomFeed(snapshot, links, `${links.api}/feed.atom`),
    ),
  },
]

/** The canonical cache key: the route, the validated parameters and the host (links carry it). */
function cacheKey(route: Route, ctx: Context): string {
  const { asOf, since, page, limit } = ctx.params
  return JSON.stringify([ctx.base, route.path, ctx.slug, asOf, since, page, limit])
}

async function serve(
  route: Route,
  req: PayloadRequest,
  { slugs, publicApi, publicSite }: ResolvedNewsroomOptions,
): Promise<Response> {
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
      params: parseReadParams(url.searchParams, route.accepts),
      slug: String(req.routeParams?.slug ?? ''),
      base: `${url.origin}${req.payload.config.routes.api}${publicApi.prefix}`,
      site: publicSite,
    }
    const key = cacheKey(route, ctx)
    // The request's URL finds the entry from now on without parsing (see express/cachedPublicResponses).
    const hit = cache?.get(key, req.url)
    if (hit) return toHttpResponse(hit, req, publicApi)
    const startedAt = cache?.begin() ?? 0
    const result = await route.render(ctx)
    if (!result)
      return problemResponse(
        404,
        `No published story "${ctx.slug}"${ctx.params.asOf ? ` at ${ctx.params.asOf}` : ''}.`,
      )
    const rendered = renderResponse(result.body, route.contentType)
    const tags = result.story != null ? [`story:${result.story}`] : ['list']
    cache?.set(key, rendered, tags, startedAt, req.url)
    return toHttpResponse(rendered, req, publicApi)
  } catch (err) {
    if (err instanceof ProblemError)
      return problemResponse(err.status, err.detail, err.invalidParams)
    req.payload.logger.error({ err }, `newsroom public API: ${req.url}`)
    return problemResponse(500, 'The public API failed to answer; the error is logged.')
  }
}

/** The public read API as Payload root endpoints under `publicApi.prefix` (`/api/public/...`). */
export function publicEndpoints(options: ResolvedNewsroomOptions): Endpoint[] {
  const { prefix } = options.publicApi
  const openApi = {
    path: '/openapi.json',
    accepts: [],
    contentType: 'application/vnd.oai.openapi+json; charset=utf-8',
    render: async (ctx: Context) => ({ body: openApiDocument(ctx.base), story: null }),
  } satisfies Route
  return [...ROUTES, openApi].map((route) => ({
    path: `${prefix}${route.path}`,
    method: 'get',
    handler: (req: PayloadRequest) => serve(route, req, options),
  }))
}
