import {
  CLAIM_SUBSTANCE,
  FIGURE_FIELDS,
  type PublicValue,
  type SubstanceField,
  type SubstanceSpec,
} from '../../claims/claimModel.js'
import { STORY_STATES, UPDATE_KINDS } from '../../newsroomModel.js'
import { PUBLIC_CLAIM_STATES } from '../../workflow/states.js'
import type { ResolvedNewsroomOptions } from '../../options.js'
import { DEFAULT_LIMIT, ISO_TIME, MAX_LIMIT } from './queryParams.js'
import { TIMELINE_EVENT_TYPES } from '../queries/readStoryTimeline.js'
import { storyBundleSchema } from '../../bundle/bundleSchema.js'
import { STORY_ROUTES } from './storyRoutes.js'

type Schema = Record<string, unknown>

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` })
const nullable = (type: string, extra: Schema = {}): Schema => ({ type: [type, 'null'], ...extra })
const object = (properties: Record<string, Schema>, optional: string[] = []): Schema => ({
  type: 'object',
  // Closed objects: a field the schema does not name (a private one) fails the response tests.
  additionalProperties: false,
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
  properties,
})
const time: Schema = { type: 'string', format: 'date-time' }
const nullableTime: Schema = { type: ['string', 'null'], format: 'date-time' }
const ID: Schema = {
  type: ['integer', 'string'],
  description: 'A document id (an integer on SQL databases).',
}

/** The schema of each kind of public value (see src/claims/claimModel.ts), and of a missing one. */
const PUBLIC_VALUE: Record<PublicValue, { schema: Schema; orNull: Schema | null }> = {
  id: { schema: ref('Id'), orNull: { oneOf: [ref('Id'), { type: 'null' }] } },
  source: { schema: ref('Source'), orNull: { oneOf: [ref('Source'), { type: 'null' }] } },
  sources: { schema: { type: 'array', items: ref('Source') }, orNull: null },
  text: { schema: { type: 'string' }, orNull: nullable('string') },
  number: { schema: { type: 'number' }, orNull: nullable('number') },
  time: { schema: time, orNull: nullableTime },
  flag: { schema: { type: 'boolean' }, orNull: null },
  evidence: {
    schema: {
      type: 'array',
      items: object({ url: { type: 'string' }, label: nullable('string') }),
    },
    orNull: null,
  },
}

/** A substance field's schema as the public claim shows it. */
function substance(name: SubstanceField): Schema {
  const spec: SubstanceSpec = CLAIM_SUBSTANCE[name]
  const { schema, orNull } = PUBLIC_VALUE[spec.public]
  const nullable = !spec.required && spec.fallback === undefined && orNull !== null
  const base = nullable ? orNull : schema
  return {
    ...base,
    ...(spec.options ? { enum: [...spec.options, ...(nullable ? [null] : [])] } : {}),
    ...(spec.description ? { description: spec.description } : {}),
  }
}
const substances = (names: readonly SubstanceField[]): Record<string, Schema> =>
  Object.fromEntries(names.map((name) => [name, substance(name)]))

/** The claim's substance but its story and figure, which the public claim shows apart. */
const CLAIM_FIELDS = (Object.keys(CLAIM_SUBSTANCE) as SubstanceField[]).filter(
  (f) => f !== 'story' && !(FIGURE_FIELDS as readonly string[]).includes(f),
)

const storyHeader: Record<string, Schema> = {
  id: ref('Id'),
  slug: { type: 'string' },
  title: { type: 'string' },
  state: { type: 'string', enum: [...STORY_STATES] },
  keyMetrics: { type: 'array', items: { type: 'string' } },
  summaryHtml: { type: 'string' },
  createdAt: time,
  updatedAt: time,
  lastActivityAt: time,
}

const schemas: Record<string, Schema> = {
  Id: ID,
  Source: object({
    id: ref('Id'),
    name: {
      type: 'string',
      description: 'For an anonymous source, its public description ("a security source").',
    },
    anonymous: { type: 'boolean' },
    kind: nullable('string'),
    interestedParty: {
      type: 'boolean',
      description: 'A party to the events: its claims are not independently verified.',
    },
  }),
  Interval: object({
    lower: nullable('number', { description: 'null: unbounded below' }),
    upper: nullable('number', { description: 'null: unbounded above' }),
    lowerInclusive: { type: 'boolean' },
    upperInclusive: { type: 'boolean' },
  }),
  Figure: object(substances(FIGURE_FIELDS)),
  Claim: object(
    {
      id: ref('Id'),
      ...substances(CLAIM_FIELDS),
      figure: { oneOf: [ref('Figure'), { type: 'null' }] },
      notIndependentlyVerified: { type: 'boolean' },
      corroboratedBy: {
        type: 'integer',
        minimum: 0,
        description:
          'Approved figures: other independent origins whose figure for the metric overlaps this one (relays count as their source).',
      },
      state: { type: 'string', enum: [...PUBLIC_CLAIM_STATES] },
      approvedAt: nullableTime,
      retractedAt: nullableTime,
      retractionReason: nullable('string'),
      supersededAt: nullableTime,
      supersededBy: { oneOf: [ref('Id'), { type: 'null' }] },
    },
    ['retractedAt', 'retractionReason', 'supersededAt', 'supersededBy', 'corroboratedBy'],
  ),
  ComparedClaim: object({
    claim: ref('Id'),
    ...substances(['phrase', 'value', 'qualifier', 'unit', 'vague']),
    interval: ref('Interval'),
    ...substances(['source', 'via', 'verb', 'attributedAt']),
    origin: {
      type: 'string',
      description: '`source:<id>`, or `claim:<id>` for an unattributed claim.',
    },
    notIndependentlyVerified: { type: 'boolean' },
    corroboratedBy: {
      type: 'integer',
      minimum: 0,
      description:
        'Other independent origins with an overlapping figure for the metric (relays count as their source).',
    },
  }),
  MetricComparison: object({
    metric: { type: 'string' },
    units: { type: 'array', items: { type: 'string' } },
    comparedIn: {
      ...nullable('string'),
      description:
        'The unit intervals, spread and agreement are in when the figures are physical measures ("5 km" and "5,000 m" compared as metres); null for counts, money and percentages.',
    },
    claims: { type: 'array', items: ref('ComparedClaim'), minItems: 1 },
    spread: object({
      lowest: { type: 'number' },
      highest: { type: 'number' },
      difference: { type: 'number' },
    }),
    origins: {
      type: 'integer',
      minimum: 1,
      description: 'Independent origins: a relayed claim counts as its source.',
    },
    agreement: {
      oneOf: [ref('Interval'), { type: 'null' }],
      description: 'Values every origin allows.',
    },
    conflict: {
      type: 'boolean',
      description: 'Two or more independent origins with no value in common.',
    },
  }),
  StoryHeader: object(storyHeader),
  StoryRef: object({ id: ref('Id'), slug: { type: 'string' }, title: { type: 'string' } }),
  Update: object({
    id: ref('Id'),
    headline: { type: 'string' },
    kind: {
      type: 'string',
      enum: [...UPDATE_KINDS],
    },
    keyEvent: { type: 'boolean' },
    pinned: { type: 'boolean', description: 'Pinned to the top of the story: listed first.' },
    occurredAt: time,
    publishedAt: time,
    updatedAt: time,
    bodyHtml: { type: 'string' },
    claims: {
      type: 'array',
      items: ref('Id'),
      description: 'Approved claims first reported in this update.',
    },
  }),
  Pagination: object({
    page: { type: 'integer', minimum: 1 },
    limit: { type: 'integer', minimum: 1, maximum: MAX_LIMIT },
    pages: { type: 'integer', minimum: 1 },
    total: { type: 'integer', minimum: 0 },
    next: nullable('integer'),
    prev: nullable('integer'),
  }),
  StoryList: object({
    asOf: nullableTime,
    stories: {
      type: 'array',
      items: object({
        ...storyHeader,
        keyFigures: { type: 'array', items: ref('MetricComparison') },
      }),
    },
    meta: object({ pagination: ref('Pagination') }),
  }),
  Story: object({
    asOf: nullableTime,
    story: ref('StoryHeader'),
    updates: { type: 'array', items: ref('Update') },
    claims: { type: 'array', items: ref('Claim') },
    corrections: {
      type: 'array',
      items: ref('Claim'),
      description: 'Retracted claims, with the public reason.',
    },
    superseded: { type: 'array', items: ref('Claim') },
  }),
  Figures: object({
    asOf: nullableTime,
    story: ref('StoryRef'),
    metrics: { type: 'array', items: ref('MetricComparison') },
  }),
  FigurePoint: object({
    claim: ref('Id'),
    at: { ...time, description: 'When the source said it, or else when it was approved.' },
    ...substances(['phrase', 'value', 'qualifier', 'unit', 'vague']),
    interval: ref('Interval'),
    state: { type: 'string', enum: [...PUBLIC_CLAIM_STATES] },
    endedAt: { ...nullableTime, description: 'When it was retracted or superseded.' },
    supersedes: { oneOf: [ref('Id'), { type: 'null' }] },
  }),
  FigureSeries: object({
    origin: {
      type: 'string',
      description: '`source:<id>`, or `claim:<id>` for an unattributed claim.',
    },
    source: { oneOf: [ref('Source'), { type: 'null' }] },
    points: { type: 'array', items: ref('FigurePoint'), minItems: 1 },
  }),
  FigureTimeline: object({
    asOf: nullableTime,
    story: ref('StoryRef'),
    metrics: {
      type: 'array',
      items: object({
        metric: { type: 'string' },
        units: { type: 'array', items: { type: 'string' } },
        series: { type: 'array', items: ref('FigureSeries'), minItems: 1 },
      }),
    },
  }),
  EventUpdate: object({
    id: ref('Id'),
    headline: { type: 'string' },
    kind: { type: 'string', enum: [...UPDATE_KINDS] },
    keyEvent: { type: 'boolean' },
    pinned: { type: 'boolean' },
    occurredAt: time,
    publishedAt: time,
    bodyHtml: { type: 'string' },
    revision: {
      type: 'string',
      description:
        'Changes when the published content changes (not when a claim it cites is approved).',
    },
  }),
  EventStory: object({
    id: ref('Id'),
    slug: { type: 'string' },
    title: { type: 'string' },
    state: { type: 'string', enum: [...STORY_STATES] },
  }),
  TimelineEvent: object(
    {
      id: { type: 'integer', description: 'The event id: SSE `id:`, `Last-Event-ID`, webhook-id.' },
      type: { type: 'string', enum: [...TIMELINE_EVENT_TYPES] },
      at: time,
      storyId: ref('Id'),
      story: ref('EventStory'),
      update: {
        oneOf: [ref('EventUpdate'), object({ id: ref('Id') })],
        description: 'update.withdrawn carries the id only.',
      },
      claim: ref('Claim'),
      previous: {
        oneOf: [ref('Claim'), ref('EventUpdate')],
        description: 'claim.corrected, update.corrected: what was public before.',
      },
      embargoLifted: { type: 'boolean' },
    },
    ['story', 'update', 'claim', 'previous', 'embargoLifted'],
  ),
  Timeline: object({
    asOf: nullableTime,
    since: nullableTime,
    story: ref('StoryRef'),
    events: { type: 'array', items: ref('TimelineEvent') },
  }),
  LiveBlogPosting: {
    type: 'object',
    required: ['@context', '@type', 'headline', 'liveBlogUpdate'],
    properties: {
      '@context': { const: 'https://schema.org' },
      '@type': { const: 'LiveBlogPosting' },
      headline: { type: 'string' },
      liveBlogUpdate: {
        type: 'array',
        items: {
          type: 'object',
          required: ['@type', 'headline', 'datePublished'],
          properties: {
            '@type': { const: 'BlogPosting' },
            headline: { type: 'string' },
            datePublished: time,
          },
        },
      },
      correction: {
        type: 'array',
        items: {
          type: 'object',
          required: ['@type', 'text'],
          properties: { '@type': { const: 'CorrectionComment' }, text: { type: 'string' } },
        },
      },
    },
  },
  JsonFeed: {
    type: 'object',
    required: ['version', 'title', 'items'],
    properties: {
      version: { const: 'https://jsonfeed.org/version/1.1' },
      title: { type: 'string' },
      home_page_url: { type: 'string', format: 'uri' },
      feed_url: { type: 'string', format: 'uri' },
      items: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id'],
          anyOf: [{ required: ['content_html'] }, { required: ['content_text'] }],
          properties: {
            id: { type: 'string' },
            url: { type: 'string', format: 'uri' },
            title: { type: 'string' },
            content_html: { type: 'string' },
            content_text: { type: 'string' },
            date_published: time,
            date_modified: time,
            tags: { type: 'array', items: { type: 'string' } },
          },
        },
      },
    },
  },
  Ninjs: {
    type: 'object',
    description: 'IPTC ninjs 2.2 (http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json).',
    required: ['uri', 'type', 'versioncreated', 'pubstatus'],
    properties: {
      uri: { type: 'string', format: 'uri' },
      type: { type: 'string', enum: ['text', 'composite'] },
      versioncreated: time,
      firstcreated: time,
      pubstatus: { type: 'string', enum: ['usable', 'withheld', 'canceled'] },
      associations: { type: 'array', items: { type: 'object' } },
    },
  },
  Provenance: {
    type: 'object',
    required: ['@context', '@graph'],
    properties: {
      '@context': { type: 'object' },
      '@graph': {
        type: 'array',
        items: {
          type: 'object',
          required: ['@id', '@type'],
          properties: { '@id': { type: 'string' }, '@type': { type: ['string', 'array'] } },
        },
      },
    },
  },
  Problem: {
    type: 'object',
    required: ['type', 'title', 'status', 'detail'],
    properties: {
      type: { type: 'string', format: 'uri' },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      'invalid-params': {
        type: 'array',
        items: object({ name: { type: 'string' }, reason: { type: 'string' } }),
      },
    },
  },
}

const param = (
  name: string,
  description: string,
  schema: Schema,
  where = 'query',
  required = false,
): Schema => ({
  name,
  in: where,
  required,
  description,
  schema,
})
const parameters: Record<string, Schema> = {
  slug: param('slug', 'The story slug.', { type: 'string' }, 'path', true),
  claim: param('claim', 'A public claim of the story.', { type: 'string' }, 'path', true),
  update: param('update', 'A published update of the story.', { type: 'string' }, 'path', true),
  problem: param('name', 'The problem type name.', { type: 'string' }, 'path', true),
  asOf: param(
    'asOf',
    'Answer with exactly what was public then: an ISO 8601 time with a time zone (`2025-03-11T15:00:00Z`, `2025-03-11T20:00+05:00`; seconds optional), or a date meaning UTC midnight (`2025-03-11`). Not in the future.',
    {
      type: 'string',
      pattern: ISO_TIME.source,
      examples: ['2025-03-11T15:00:00Z', '2025-03-11'],
    },
  ),
  since: param('since', 'Only events after this time (the same formats as `asOf`).', {
    type: 'string',
    pattern: ISO_TIME.source,
    examples: ['2025-03-11T15:00:00Z'],
  }),
  keyEvents: param('keyEvents', 'true: only the updates marked as key events.', {
    type: 'boolean',
    default: false,
  }),
  page: param('page', 'The page, from 1.', { type: 'integer', minimum: 1, default: 1 }),
  limit: param('limit', `Stories per page, 1 to ${MAX_LIMIT}.`, {
    type: 'integer',
    minimum: 1,
    maximum: MAX_LIMIT,
    default: DEFAULT_LIMIT,
  }),
  ifNoneMatch: param(
    'If-None-Match',
    'An ETag from an earlier response: 304 if unchanged.',
    { type: 'string' },
    'header',
  ),
}
const paramRefs = (...names: string[]) =>
  names.map((n) => ({ $ref: `#/components/parameters/${n}` }))

const header = (description: string): Schema => ({ description, schema: { type: 'string' } })
const headers: Record<string, Schema> = {
  ETag: header('A strong entity tag of the body (its own for the gzipped body).'),
  CacheControl: header('`public, max-age=…, stale-while-revalidate=…`'),
  Vary: header('`Accept-Encoding` (and `Origin` when CORS allows a list of origins).'),
  AllowOrigin: header("CORS: `*` by default, or the reader's origin when it is allowed."),
}
const headerRefs = (...names: [string, string][]) =>
  Object.fromEntries(names.map(([h, n]) => [h, { $ref: `#/components/headers/${n}` }]))
const cachingHeaders = headerRefs(
  ['ETag', 'ETag'],
  ['Cache-Control', 'CacheControl'],
  ['Vary', 'Vary'],
  ['Access-Control-Allow-Origin', 'AllowOrigin'],
)

const problem = (description: string) => ({
  description,
  headers: headerRefs(['Access-Control-Allow-Origin', 'AllowOrigin']),
  content: { 'application/problem+json': { schema: ref('Problem') } },
})
const ok = (description: string, mediaType: string, schema: Schema) => ({
  description,
  headers: cachingHeaders,
  content: { [mediaType]: { schema } },
})
const notModified = {
  description: 'Not modified (If-None-Match matched the ETag).',
  headers: cachingHeaders,
}
const get = (
  operationId: string,
  summary: string,
  params: string[],
  response: Schema,
  errors: { 400?: string; 404?: string },
  tag = 'stories',
) => ({
  get: {
    operationId,
    summary,
    tags: [tag],
    parameters: paramRefs(...params, 'ifNoneMatch'),
    responses: {
      200: response,
      304: notModified,
      ...(errors[400] ? { 400: problem(errors[400]) } : {}),
      ...(errors[404] ? { 404: problem(errors[404]) } : {}),
    },
  },
})
const STORY_ERRORS = {
  400: 'A query parameter is invalid; `invalid-params` names it.',
  404: 'No such published story (at `asOf`).',
}

export interface OpenApiContext {
  /** Where problem `type`s point, as the API answers them. */
  problemTypeBase: string
  options: Pick<ResolvedNewsroomOptions, 'publicApi' | 'publicSite' | 'slugs'>
}

const eventStream = (operationId: string, summary: string, story: boolean) => ({
  get: {
    operationId,
    summary,
    tags: ['live'],
    description:
      'Server-Sent Events (text/event-stream). Each event: `id:` the event id, `event:` its type (e.g. `claim.approved`: ' +
      'listen with `addEventListener(type)`), `data:` a TimelineEvent as JSON. ' +
      'A reconnecting EventSource sends `Last-Event-ID` and gets what it missed, from the public event log, ' +
      'each event once and in order. `retry:` at the start; a `: heartbeat` comment when idle.',
    parameters: [
      ...(story ? paramRefs('slug') : []),
      param(
        'Last-Event-ID',
        'Replay the events after this id.',
        { type: 'string', pattern: '^\\d+$' },
        'header',
      ),
      param('lastEventId', 'The same as Last-Event-ID, for a first connection.', {
        type: 'string',
        pattern: '^\\d+$',
      }),
    ],
    responses: {
      200: {
        description: 'The stream; it stays open.',
        content: {
          'text/event-stream': {
            schema: { type: 'string' },
            // OpenAPI 3.2 itemSchema: what each `data:` holds.
            'x-data-schema': ref('TimelineEvent'),
          },
        },
      },
      400: problem('`Last-Event-ID` is not an event id.'),
      ...(story ? { 404: problem('No such published story.') } : {}),
      503: {
        ...problem(
          'This server has as many live connections as it allows; retry after `Retry-After` seconds.',
        ),
        headers: { 'Retry-After': { schema: { type: 'integer' } } },
      },
    },
  },
})

/**
 * A format served for a whole story and for one of its items (`/stories/{slug}/<format>` and
 * `/stories/{slug}/<kind>s/{<kind>}/<format>`): the same answer, one more 404.
 */
/**
 * The story read routes' operations, from the route table the API serves (storyRoutes): the path's
 * parameters and the route's query parameters, its media type, and the 404 where the path names a story.
 */
const storyPaths = () =>
  Object.fromEntries(
    STORY_ROUTES.map(({ path, accepts, contentType, openApi }) => {
      const pathParams = [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!)
      const mediaType = contentType.split(';')[0]!
      const schema: Schema = openApi.schema ? ref(openApi.schema) : { type: 'string' }
      const errors = pathParams.length
        ? { ...STORY_ERRORS, ...(openApi.notFound ? { 404: openApi.notFound } : {}) }
        : { 400: STORY_ERRORS[400] }
      const operation = get(
        openApi.operationId,
        openApi.summary,
        [...pathParams, ...accepts],
        ok(openApi.response, mediaType, schema),
        errors,
      )
      return [path.replace(/:(\w+)/g, '{$1}'), operation]
    }),
  )

const payloadErrors = (description: string) => ({
  description,
  content: { 'application/json': { schema: ref('PayloadErrors') } },
})

/**
 * The two admin endpoints beside the public API (story bundles, see docs/story-bundles.md): under
 * Payload's collection routes, not the public prefix, so with a server of their own, and signed in.
 */
function bundlePaths(base: string, prefix: string, stories: string) {
  const servers = [{ url: base ? base.slice(0, base.length - prefix.length) : '/api' }]
  const security = [{ payloadJwt: [] }, { payloadCookie: [] }]
  const refused = {
    401: payloadErrors('Not signed in.'),
    403: payloadErrors('Signed in, but not as an admin.'),
  }
  return {
    [`/${stories}/{id}/bundle`]: {
      servers,
      get: {
        operationId: 'exportStoryBundle',
        summary: 'Export a story as a bundle (admins only)',
        tags: ['bundles'],
        security,
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            description: 'The story id.',
            schema: { type: 'string' },
          },
        ],
        responses: {
          200: {
            description: 'The bundle (as an attachment).',
            content: { 'application/json': { schema: ref('StoryBundle') } },
          },
          ...refused,
          404: payloadErrors('No such story.'),
        },
      },
    },
    [`/${stories}/bundle`]: {
      servers,
      post: {
        operationId: 'importStoryBundle',
        summary: 'Import a story bundle into this install (admins only)',
        tags: ['bundles'],
        security,
        requestBody: {
          required: true,
          content: { 'application/json': { schema: ref('StoryBundle') } },
        },
        responses: {
          201: {
            description: 'Imported: the story and what each of the bundle’s ids became here.',
            content: { 'application/json': { schema: ref('ImportedStory') } },
          },
          400: payloadErrors(
            'Not a valid bundle: `errors[0].data.path` is the JSON Pointer of the first bad place. Nothing was written.',
          ),
          ...refused,
          409: payloadErrors('A story with the bundle’s slug exists here. Nothing was written.'),
          413: payloadErrors(
            'The bundle is larger than `bundles.maxBodyBytes` allows: `errors[0].data` names the limit (`maxBodyBytes`) and the option. Nothing was written.',
          ),
        },
      },
    },
  }
}

const idMap = { type: 'object', additionalProperties: { type: ['integer', 'string'] } }
const bundleSchemas = (): Record<string, Schema> => ({
  StoryBundle: storyBundleSchema(),
  ImportedStory: {
    type: 'object',
    required: ['story', 'ids', 'reused'],
    additionalProperties: false,
    properties: {
      story: {
        type: 'object',
        required: ['id', 'slug'],
        properties: { id: { type: ['integer', 'string'] }, slug: { type: 'string' } },
      },
      ids: {
        type: 'object',
        required: ['stories', 'updates', 'claims', 'sources', 'events'],
        properties: {
          stories: idMap,
          updates: idMap,
          claims: idMap,
          sources: idMap,
          events: idMap,
        },
      },
      reused: {
        type: 'object',
        required: ['sources'],
        description:
          'The bundle’s sources that were already here (same name and kind, neither anonymous): the ids in `ids.sources` are the existing ones.',
        properties: { sources: { type: 'array', items: { type: ['integer', 'string'] } } },
      },
    },
  },
  PayloadErrors: {
    type: 'object',
    required: ['errors'],
    properties: {
      errors: {
        type: 'array',
        items: {
          type: 'object',
          required: ['message'],
          properties: {
            message: { type: 'string' },
            data: {
              type: 'object',
              properties: {
                path: { type: 'string' },
                maxBodyBytes: { type: 'integer' },
                option: { type: 'string' },
              },
            },
          },
        },
      },
    },
  },
})

/** The OpenAPI 3.1 description of the public API, served at `<base>/openapi.json`. */
export function openApiDocument(
  base: string,
  { problemTypeBase, options }: OpenApiContext,
): Record<string, unknown> {
  const { license } = options.publicApi
  return {
    openapi: '3.1.0',
    info: {
      title: 'Newsroom public API',
      version: '1.0.0',
      description: `Read-only and anonymous: published stories and updates, approved claims and corrections, now or as they were at any moment (\`asOf\`). Any site may read it from a browser (CORS, per \`publicApi.cors\`). Errors are RFC 9457 problem details; their \`type\` is \`${problemTypeBase}/<name>\`, a page that describes the problem.`,
      license,
    },
    servers: [{ url: base || '/' }],
    // Public: no authentication anywhere.
    security: [],
    tags: [
      { name: 'stories', description: 'Published stories, as JSON, JSON-LD and feeds.' },
      { name: 'meta', description: 'This description and the problem types.' },
      { name: 'live', description: 'Public events as Server-Sent Events.' },
      { name: 'bundles', description: 'Story bundles: export and import (admins only).' },
    ],
    paths: {
      ...storyPaths(),
      '/openapi.json': get(
        'getOpenApiDocument',
        'This document',
        [],
        ok('OpenAPI 3.1', 'application/vnd.oai.openapi+json', { type: 'object' }),
        {},
        'meta',
      ),
      '/problems/{name}': get(
        'getProblemType',
        'What a problem type means, for people',
        ['problem'],
        ok('A page describing the problem', 'text/html', { type: 'string' }),
        { 404: 'No such problem type.' },
        'meta',
      ),
      '/events': eventStream('streamEvents', "Every story's public events, live", false),
      '/stories/{slug}/events': eventStream(
        'streamStoryEvents',
        "One story's public events, live",
        true,
      ),
      ...bundlePaths(base, options.publicApi.prefix, options.slugs.stories),
    },
    components: {
      schemas: { ...schemas, ...bundleSchemas() },
      parameters,
      headers,
      securitySchemes: {
        payloadJwt: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: '`JWT <token>`, the token Payload’s login returns.',
        },
        payloadCookie: { type: 'apiKey', in: 'cookie', name: 'payload-token' },
      },
    },
  }
}
