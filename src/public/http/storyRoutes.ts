/**
 * The story read routes: what each serves (its path, query parameters, content type, render) and how
 * the OpenAPI document describes it. The router (publicEndpoints) and the OpenAPI document
 * (openApiDocument) both read this one table, so a route cannot be served undocumented or documented
 * with parameters it does not take.
 */
import type { Payload } from 'payload'

import type { NewsroomSlugs, ResolvedPublicSite } from '../../options.js'
import { storyLinks, type StoryLinks } from '../rendering/publicLinks.js'
import type { ReadParams } from './queryParams.js'
import { storyBody } from '../rendering/storyBody.js'
import { storyFigureTimeline } from '../rendering/storyFigureTimeline.js'
import { storyFigures } from '../rendering/storyFigures.js'
import { readStoryList } from '../queries/readStoryList.js'
import { readStoryProvenance } from '../queries/readStoryProvenance.js'
import { readStorySnapshot } from '../queries/readStorySnapshot.js'
import { readStoryTimeline } from '../queries/readStoryTimeline.js'
import { storyAtomFeed, storyJsonFeed } from '../rendering/storyFeed.js'
import { storyJsonLd } from '../rendering/storyJsonLd.js'
import { storyNinjs, updateNinjs } from '../rendering/storyNinjs.js'
import { storyProvenance } from '../rendering/storyProvenance.js'
import type { Id, StorySnapshot } from '../types.js'

export interface Context {
  payload: Payload
  slugs: NewsroomSlugs
  params: ReadParams
  slug: string
  /** The absolute address of the public API (`https://host/api/public`), for links in documents. */
  base: string
  /** The newsroom's website, or null: then documents carry no links to reader pages. */
  site: ResolvedPublicSite | null
  /** Where problem `type`s point. */
  problemTypeBase: string
  /** The id in the path after the story's slug (the `:update` or the `:claim` parameter), where the route has one. */
  item: string
}

/** What one endpoint renders: the body and the story it depends on, or null for an unknown story. */
type Render = (ctx: Context) => Promise<{ body: unknown; story: Id | null } | null>

/** How the OpenAPI document describes a route's GET operation. */
export interface RouteDoc {
  operationId: string
  summary: string
  /** The 200 response's description. */
  response: string
  /** The body's schema in the document's components, or null for a body described as a string (XML). */
  schema: string | null
  /** The 404's description, where it is not "no such published story". */
  notFound?: string
}

export interface Route {
  path: string
  accepts: readonly (keyof ReadParams)[]
  contentType: string
  render: Render
  /** The 404's detail when render finds nothing (default: no such published story). */
  notFound?: (ctx: Context) => string
  /** Its OpenAPI description; routes without one (the document itself, problem pages) are described by hand. */
  openApi?: RouteDoc
}

const JSON_TYPE = 'application/json; charset=utf-8'

/**
 * Renders a document of the story's snapshot (every story route's one read), or null for an unknown
 * story or when `render` finds nothing (an unknown update or claim).
 */
const fromSnapshot =
  (render: (snapshot: StorySnapshot, links: StoryLinks, ctx: Context) => unknown): Render =>
  async (ctx) => {
    const snapshot = await readStorySnapshot(
      ctx.payload,
      ctx.slugs,
      ctx.slug,
      ctx.params.asOf,
      ctx.params.keyEvents,
    )
    if (!snapshot) return null
    const body = await render(snapshot, storyLinks(ctx.base, ctx.site, snapshot.story), ctx)
    return body === null ? null : { body, story: snapshot.story.id }
  }
const withStory =
  <T extends { story: { id: Id } }>(read: (ctx: Context) => Promise<T | null>): Render =>
  async (ctx) => {
    const body = await read(ctx)
    return body && { body, story: body.story.id }
  }

const NINJS_TYPE = 'application/json; charset=utf-8'

export const STORY_ROUTES: readonly (Route & { openApi: RouteDoc })[] = [
  {
    path: '/stories',
    openApi: {
      operationId: 'listStories',
      summary: 'Published stories, latest activity first, with their key figures',
      response: 'A page of stories',
      schema: 'StoryList',
    },
    accepts: ['page', 'limit', 'asOf'],
    contentType: JSON_TYPE,
    render: async ({ payload, slugs, params }) => ({
      body: await readStoryList(payload, slugs, params),
      story: null,
    }),
  },
  {
    path: '/stories/:slug',
    openApi: {
      operationId: 'getStory',
      summary:
        'A story: its updates (pinned first), approved claims, corrections and superseded claims',
      response: 'The story',
      schema: 'Story',
    },
    accepts: ['asOf', 'keyEvents'],
    contentType: JSON_TYPE,
    render: fromSnapshot(storyBody),
  },
  {
    path: '/stories/:slug/figures',
    openApi: {
      operationId: 'getStoryFigures',
      summary: 'Per metric, every approved figure side by side, the spread, origins and conflict',
      response: 'The figure comparison',
      schema: 'Figures',
    },
    accepts: ['asOf'],
    contentType: JSON_TYPE,
    render: fromSnapshot(storyFigures),
  },
  {
    path: '/stories/:slug/figures/timeline',
    openApi: {
      operationId: 'getStoryFigureTimeline',
      summary:
        'Per metric, how each source’s figure moved over time, with its interval; retracted and superseded figures marked',
      response: 'The figure timeline',
      schema: 'FigureTimeline',
    },
    accepts: ['asOf'],
    contentType: JSON_TYPE,
    render: fromSnapshot(storyFigureTimeline),
  },
  {
    path: '/stories/:slug/timeline',
    openApi: {
      operationId: 'getStoryTimeline',
      summary: 'The public events of a story in order',
      response: 'The timeline',
      schema: 'Timeline',
    },
    accepts: ['asOf', 'since', 'keyEvents'],
    contentType: JSON_TYPE,
    render: withStory((c) => readStoryTimeline(c.payload, c.slugs, c.slug, c.params)),
  },
  {
    path: '/stories/:slug/jsonld',
    openApi: {
      operationId: 'getStoryJsonLd',
      summary: 'schema.org LiveBlogPosting',
      response: 'JSON-LD',
      schema: 'LiveBlogPosting',
    },
    accepts: ['asOf'],
    contentType: 'application/ld+json; charset=utf-8',
    render: fromSnapshot(storyJsonLd),
  },
  {
    path: '/stories/:slug/feed.json',
    openApi: {
      operationId: 'getStoryJsonFeed',
      summary: 'JSON Feed 1.1 of the published updates',
      response: 'The feed',
      schema: 'JsonFeed',
    },
    accepts: ['asOf', 'keyEvents'],
    contentType: 'application/feed+json; charset=utf-8',
    render: fromSnapshot((snapshot, links) =>
      storyJsonFeed(snapshot, links, `${links.api}/feed.json`),
    ),
  },
  {
    path: '/stories/:slug/ninjs',
    openApi: {
      operationId: 'getStoryNinjs',
      summary: 'IPTC ninjs 2.2: the story as a composite, its updates as associations',
      response: 'ninjs 2.2',
      schema: 'Ninjs',
    },
    accepts: ['asOf'],
    contentType: NINJS_TYPE,
    render: fromSnapshot(storyNinjs),
  },
  {
    path: '/stories/:slug/updates/:update/ninjs',
    openApi: {
      operationId: 'getUpdateNinjs',
      summary: 'IPTC ninjs 2.2: one published update',
      response: 'ninjs 2.2',
      schema: 'Ninjs',
      notFound: 'No such published story, or no such published update in it.',
    },
    accepts: ['asOf'],
    contentType: NINJS_TYPE,
    render: fromSnapshot((snapshot, links, ctx) => {
      const update = snapshot.updates.find((u) => String(u.id) === ctx.item)
      return update ? updateNinjs(snapshot, links, update) : null
    }),
    notFound: (ctx) => `No published update ${ctx.item} in story "${ctx.slug}".`,
  },
  {
    path: '/stories/:slug/prov',
    openApi: {
      operationId: 'getStoryProvenance',
      summary:
        'W3C PROV-O (JSON-LD): who each public claim comes from, through whom, its revisions and invalidations',
      response: 'PROV-O JSON-LD',
      schema: 'Provenance',
    },
    accepts: ['asOf'],
    contentType: 'application/ld+json; charset=utf-8',
    render: fromSnapshot(async (snapshot, links, ctx) => {
      const read = await readStoryProvenance(ctx.payload, ctx.slugs, snapshot)
      return storyProvenance(read.snapshot, links, undefined, read.revisions)
    }),
  },
  {
    path: '/stories/:slug/claims/:claim/prov',
    openApi: {
      operationId: 'getClaimProvenance',
      summary:
        'W3C PROV-O (JSON-LD) of one public claim and the claims it revises or is revised by',
      response: 'PROV-O JSON-LD',
      schema: 'Provenance',
      notFound: 'No such published story, or no such public claim in it.',
    },
    accepts: ['asOf'],
    contentType: 'application/ld+json; charset=utf-8',
    render: fromSnapshot(async (snapshot, links, ctx) => {
      if (!snapshot.claims.some((c) => String(c.id) === ctx.item)) return null
      const read = await readStoryProvenance(ctx.payload, ctx.slugs, snapshot)
      return storyProvenance(read.snapshot, links, ctx.item, read.revisions)
    }),
    notFound: (ctx) => `No public claim ${ctx.item} in story "${ctx.slug}".`,
  },
  {
    path: '/stories/:slug/feed.atom',
    openApi: {
      operationId: 'getStoryAtomFeed',
      summary: 'Atom (RFC 4287) feed of the published updates',
      response: 'The feed',
      schema: null,
    },
    accepts: ['asOf', 'keyEvents'],
    contentType: 'application/atom+xml; charset=utf-8',
    render: fromSnapshot((snapshot, links) =>
      storyAtomFeed(snapshot, links, `${links.api}/feed.atom`),
    ),
  },
]
