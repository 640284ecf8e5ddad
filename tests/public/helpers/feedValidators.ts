import { Readable } from 'node:stream'

import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import FeedParser from 'feedparser'

export interface ParsedAtom {
  meta: FeedParser.Meta
  items: FeedParser.Item[]
}

/** Parses a feed with `feedparser` (strict: malformed XML is an error, not a guess). */
export async function parseFeed(xml: string): Promise<ParsedAtom> {
  const parser = new FeedParser({ strict: true })
  const items: FeedParser.Item[] = []
  let meta: FeedParser.Meta | undefined
  await new Promise<void>((resolve, reject) => {
    parser.on('error', reject)
    parser.on('meta', (m: FeedParser.Meta) => (meta = m))
    parser.on('readable', function (this: FeedParser) {
      for (let item = this.read(); item; item = this.read()) items.push(item)
    })
    parser.on('end', () => resolve())
    Readable.from([xml]).pipe(parser)
  })
  if (!meta) throw new Error('feedparser found no feed')
  return { meta, items }
}

type Node = Record<string, unknown> | undefined
const many = (v: unknown): Record<string, unknown>[] =>
  v === undefined ? [] : ((Array.isArray(v) ? v : [v]) as Record<string, unknown>[])
const text = (v: unknown) => (v as { '#'?: string } | undefined)?.['#']
const attrs = (v: unknown) =>
  ((v as { '@'?: Record<string, string> })?.['@'] ?? {}) as Record<string, string>
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
const isAbsoluteIri = (s: string | undefined) => Boolean(s && /^[a-z][a-z0-9+.-]*:/i.test(s))

/**
 * Every MUST of RFC 4287 that applies to the elements we write, checked on feedparser's namespaced
 * view of the document (`atom:*` keys keep each element as written). Returns the violations.
 */
export function atomMustViolations({ meta, items }: ParsedAtom): string[] {
  const problems: string[] = []
  const must = (ok: unknown, what: string) => void (ok || problems.push(what))
  if (meta['#type'] !== 'atom') problems.push(`not Atom: ${meta['#type']}`)
  const dateConstruct = (node: unknown, where: string) => {
    must(many(node).length === 1, `${where}: exactly one (§4.2)`)
    must(RFC3339.test(text(node) ?? ''), `${where}: an RFC 3339 date-time (§3.3): ${text(node)}`)
  }
  const person = (node: Record<string, unknown>, where: string) =>
    // feedparser keeps a person's children without the prefix.
    must(
      many(node.name ?? node['atom:name']).length === 1,
      `${where}: exactly one atom:name (§3.2.1)`,
    )
  const links = (node: Node, where: string) => {
    const alternates = new Set<string>()
    for (const link of many(node?.['atom:link'])) {
      const a = attrs(link)
      must(a.href, `${where}: atom:link has href (§4.2.7.1)`)
      if ((a.rel ?? 'alternate') === 'alternate') {
        const key = `${a.type ?? ''}|${a.hreflang ?? ''}`
        must(!alternates.has(key), `${where}: one alternate link per type and hreflang (§4.1.1)`)
        alternates.add(key)
      }
    }
    return alternates.size
  }
  const categories = (node: Node, where: string) => {
    for (const c of many(node?.['atom:category']))
      must(attrs(c).term, `${where}: atom:category has a term (§4.2.2.1)`)
  }
  const textConstruct = (node: unknown, where: string) => {
    const type = attrs(node).type ?? 'text'
    must(['text', 'html', 'xhtml'].includes(type), `${where}: type text, html or xhtml (§3.1.1)`)
  }

  const feed = meta as unknown as Record<string, unknown>
  must(many(feed['atom:id']).length === 1, 'feed: exactly one atom:id (§4.1.1)')
  must(isAbsoluteIri(text(feed['atom:id'])), 'feed: atom:id is an absolute IRI (§4.2.6)')
  must(many(feed['atom:title']).length === 1, 'feed: exactly one atom:title (§4.1.1)')
  textConstruct(feed['atom:title'], 'feed title')
  dateConstruct(feed['atom:updated'], 'feed updated')
  for (const a of many(feed['atom:author'])) person(a, 'feed author')
  links(feed, 'feed')
  must(
    many(feed['atom:link']).some((l) => attrs(l).rel === 'self'),
    'feed: a self link (§4.1.1 SHOULD)',
  )
  categories(feed, 'feed')
  const feedHasAuthor = many(feed['atom:author']).length > 0
  const ids = new Set<string>()
  items.forEach((item, i) => {
    const entry = item as unknown as Record<string, unknown>
    const where = `entry ${i}`
    must(many(entry['atom:id']).length === 1, `${where}: exactly one atom:id (§4.1.2)`)
    const id = text(entry['atom:id'])
    must(isAbsoluteIri(id), `${where}: atom:id is an absolute IRI (§4.2.6)`)
    must(!ids.has(id ?? ''), `${where}: atom:id unique in the feed (§4.1.1)`)
    ids.add(id ?? '')
    must(many(entry['atom:title']).length === 1, `${where}: exactly one atom:title (§4.1.2)`)
    textConstruct(entry['atom:title'], `${where} title`)
    dateConstruct(entry['atom:updated'], `${where} updated`)
    if (entry['atom:published']) dateConstruct(entry['atom:published'], `${where} published`)
    must(
      feedHasAuthor || many(entry['atom:author']).length > 0,
      `${where}: an atom:author, on the entry or the feed (§4.1.1)`,
    )
    for (const a of many(entry['atom:author'])) person(a, `${where} author`)
    const alternates = links(entry, where)
    const content = many(entry['atom:content'])
    must(content.length <= 1, `${where}: at most one atom:content (§4.1.2)`)
    must(content.length === 1 || alternates > 0, `${where}: content or an alternate link (§4.1.2)`)
    if (content[0]) textConstruct(content[0], `${where} content`)
    categories(entry, where)
  })
  return problems
}

/**
 * The JSON Feed 1.1 rules (https://www.jsonfeed.org/version/1.1/) as a JSON Schema, written for these
 * tests: no JSON Schema of JSON Feed is published on npm. Required: version, title, items; each item an
 * id and content_html or content_text; authors objects with at least one of name, url, avatar.
 */
const JSON_FEED_1_1 = {
  type: 'object',
  required: ['version', 'title', 'items'],
  properties: {
    version: { const: 'https://jsonfeed.org/version/1.1' },
    title: { type: 'string' },
    home_page_url: { type: 'string', format: 'uri' },
    feed_url: { type: 'string', format: 'uri' },
    description: { type: 'string' },
    icon: { type: 'string', format: 'uri' },
    language: { type: 'string', pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
    authors: { type: 'array', items: { $ref: '#/$defs/author' } },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id'],
        anyOf: [
          { required: ['content_html'], properties: { content_html: { minLength: 1 } } },
          { required: ['content_text'], properties: { content_text: { minLength: 1 } } },
        ],
        properties: {
          id: { type: 'string', minLength: 1 },
          url: { type: 'string', format: 'uri' },
          title: { type: 'string' },
          content_html: { type: 'string' },
          content_text: { type: 'string' },
          date_published: { type: 'string', format: 'date-time' },
          date_modified: { type: 'string', format: 'date-time' },
          authors: { type: 'array', items: { $ref: '#/$defs/author' } },
          tags: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
  $defs: {
    author: {
      type: 'object',
      minProperties: 1,
      anyOf: [{ required: ['name'] }, { required: ['url'] }, { required: ['avatar'] }],
      properties: {
        name: { type: 'string' },
        url: { type: 'string', format: 'uri' },
        avatar: { type: 'string', format: 'uri' },
      },
    },
  },
}

const ajv = new Ajv2020({ allErrors: true, strict: false })
;(addFormats as unknown as (a: Ajv2020) => void)(ajv)
const validateJsonFeed = ajv.compile(JSON_FEED_1_1)

export function jsonFeedErrors(feed: unknown): string[] {
  return validateJsonFeed(feed)
    ? []
    : (validateJsonFeed.errors ?? []).map((e) => `${e.instancePath} ${e.message}`)
}
