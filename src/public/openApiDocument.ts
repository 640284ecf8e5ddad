import { CLAIM_KINDS } from '../../collections/Claim.js'
import { STORY_STATES } from '../../collections/Story.js'
import { UPDATE_KINDS } from '../../collections/Update.js'
import { QUALIFIERS } from '../figures/index.js'
import { PUBLIC_CLAIM_STATES } from './projections.js'
import { DEFAULT_LIMIT, MAX_LIMIT } from './queryParams.js'
import { TIMELINE_EVENT_TYPES } from './readStoryTimeline.js'

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
  Figure: object({
    phrase: nullable('string'),
    value: nullable('number'),
    lower: nullable('number'),
    upper: nullable('number'),
    qualifier: nullable('string', {
      enum: [...QUALIFIERS, null],
    }),
    unit: nullable('string'),
    metric: nullable('string'),
  }),
  Claim: object(
    {
      id: ref('Id'),
      kind: { type: 'string', enum: [...CLAIM_KINDS] },
      statement: { type: 'string' },
      quote: nullable('string'),
      figure: { oneOf: [ref('Figure'), { type: 'null' }] },
      source: { oneOf: [ref('Source'), { type: 'null' }] },
      via: { type: 'array', items: ref('Source'), description: 'The relay chain, nearest first.' },
      verb: nullable('string'),
      attributedAt: nullableTime,
      notIndependentlyVerified: { type: 'boolean' },
      update: { oneOf: [ref('Id'), { type: 'null' }] },
      evidence: {
        type: 'array',
        items: object({ url: { type: 'string' }, label: nullable('string') }),
      },
      state: { type: 'string', enum: [...PUBLIC_CLAIM_STATES] },
      approvedAt: nullableTime,
      supersedes: { oneOf: [ref('Id'), { type: 'null' }] },
      retractedAt: nullableTime,
      retractionReason: nullable('string'),
      supersededAt: nullableTime,
      supersededBy: { oneOf: [ref('Id'), { type: 'null' }] },
    },
    ['retractedAt', 'retractionReason', 'supersededAt', 'supersededBy'],
  ),
  ComparedClaim: object({
    claim: ref('Id'),
    phrase: nullable('string'),
    value: nullable('number'),
    qualifier: nullable('string'),
    unit: nullable('string'),
    interval: ref('Interval'),
    source: { oneOf: [ref('Source'), { type: 'null' }] },
    via: { type: 'array', items: ref('Source') },
    verb: nullable('string'),
    attributedAt: nullableTime,
    origin: {
      type: 'string',
      description: '`source:<id>`, or `claim:<id>` for an unattributed claim.',
    },
    notIndependentlyVerified: { type: 'boolean' },
  }),
  MetricComparison: object({
    metric: { type: 'string' },
    units: { type: 'array', items: { type: 'string' } },
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
    phrase: nullable('string'),
    value: nullable('number'),
    qualifier: nullable('string', { enum: [...QUALIFIERS, null] }),
    unit: nullable('string'),
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
  asOf: param(
    'asOf',
    'An ISO 8601 time with a time zone (or a date, meaning UTC midnight): answer with exactly what was public then.',
    { type: 'string', format: 'date-time' },
  ),
  since: param('since', 'Only events after this ISO 8601 time.', {
    type: 'string',
    format: 'date-time',
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

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
})
const ok = (description: string, mediaType: string, schema: Schema) => ({
  description,
  headers: {
    ETag: { schema: { type: 'string' } },
    'Cache-Control': { schema: { type: 'string' } },
  },
  content: { [mediaType]: { schema } },
})
const get = (summary: string, params: string[], response: Schema, storyEndpoint = true) => ({
  get: {
    summary,
    parameters: paramRefs(...params, 'ifNoneMatch'),
    responses: {
      200: response,
      304: { description: 'Not modified (If-None-Match matched the ETag).' },
      400: problem('A query parameter is invalid; `invalid-params` names it.'),
      ...(storyEndpoint ? { 404: problem('No such published story (at `asOf`).') } : {}),
    },
  },
})

const eventStream = (summary: string, story: boolean) => ({
  get: {
    summary,
    description:
      'Server-Sent Events (text/event-stream). Each event: `id:` the event id, `data:` a TimelineEvent as JSON. ' +
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

/** The OpenAPI 3.1 description of the public API, served at `<base>/openapi.json`. */
export function openApiDocument(base: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Newsroom public API',
      version: '1.0.0',
      description:
        'Read-only: published stories and updates, approved claims and corrections, now or as they were at any moment (`asOf`). Errors are RFC 9457 problem details.',
    },
    servers: [{ url: base || '/' }],
    paths: {
      '/stories': get(
        'Published stories, latest activity first, with their key figures',
        ['page', 'limit', 'asOf'],
        ok('A page of stories', 'application/json', ref('StoryList')),
        false,
      ),
      '/stories/{slug}': get(
        'A story: its updates, approved claims, corrections and superseded claims',
        ['slug', 'asOf'],
        ok('The story', 'application/json', ref('Story')),
      ),
      '/stories/{slug}/figures': get(
        'Per metric, every approved figure side by side, the spread, origins and conflict',
        ['slug', 'asOf'],
        ok('The figure comparison', 'application/json', ref('Figures')),
      ),
      '/stories/{slug}/figures/timeline': get(
        'Per metric, how each source’s figure moved over time, with its interval; retracted and superseded figures marked',
        ['slug', 'asOf'],
        ok('The figure timeline', 'application/json', ref('FigureTimeline')),
      ),
      '/stories/{slug}/timeline': get(
        'The public events of a story in order',
        ['slug', 'asOf', 'since'],
        ok('The timeline', 'application/json', ref('Timeline')),
      ),
      '/stories/{slug}/jsonld': get(
        'schema.org LiveBlogPosting',
        ['slug', 'asOf'],
        ok('JSON-LD', 'application/ld+json', ref('LiveBlogPosting')),
      ),
      '/stories/{slug}/feed.json': get(
        'JSON Feed 1.1 of the published updates',
        ['slug', 'asOf'],
        ok('The feed', 'application/feed+json', ref('JsonFeed')),
      ),
      '/stories/{slug}/feed.atom': get(
        'Atom feed of the published updates',
        ['slug', 'asOf'],
        ok('The feed', 'application/atom+xml', { type: 'string' }),
      ),
      '/events': eventStream("Every story's public events, live", false),
      '/stories/{slug}/events': eventStream("One story's public events, live", true),
      '/openapi.json': {
        get: {
          summary: 'This document',
          responses: {
            200: ok('OpenAPI 3.1', 'application/vnd.oai.openapi+json', { type: 'object' }),
          },
        },
      },
    },
    components: { schemas, parameters },
  }
}
