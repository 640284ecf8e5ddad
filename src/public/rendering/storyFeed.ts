import { UPDATE_KIND_LABELS } from '../../newsroomModel.js'
import { lastPublicChange, updatePage, type StoryLinks } from './publicLinks.js'
import { richTextToHtml, richTextToText } from './renderRichText.js'
import type { PublicUpdate, StorySnapshot } from '../types.js'

/** An update kind as people read it ("Editor's note"); the stored value is the Atom term. */
export const updateKindLabel = (kind: string): string =>
  (UPDATE_KIND_LABELS as Record<string, string>)[kind] ?? kind

/** An update's words: its body, or its headline when it has none (a one-line update is all headline). */
function updateText(u: PublicUpdate, byId: Parameters<typeof richTextToText>[1]) {
  const html = richTextToHtml(u.body, byId)
  const text = richTextToText(u.body, byId).trim()
  return text ? { html, text } : { html: `<p>${escapeXml(u.headline)}</p>`, text: u.headline }
}

/** The feed's id for an update: its page fragment when there is a page, else an API-based URI. */
const entryId = (links: StoryLinks, u: PublicUpdate) =>
  updatePage(links, u.id) ?? `${links.api}#update-${u.id}`

/**
 * GET /stories/:slug/feed.json — the published updates, newest first, as JSON Feed 1.1
 * (https://www.jsonfeed.org/version/1.1/). `home_page_url` and item `url`s are the story's web page,
 * left out without `publicSite`.
 */
export function storyJsonFeed(
  snapshot: StorySnapshot,
  links: StoryLinks,
  feedUrl: string,
): Record<string, unknown> {
  const { story, updates, claims } = snapshot
  const byId = new Map(claims.map((c) => [String(c.id), c]))
  const author = { name: links.publisherName, ...(links.site ? { url: links.site.url } : {}) }
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: story.title,
    ...(links.page ? { home_page_url: links.page } : {}),
    feed_url: feedUrl,
    description: richTextToText(story.summary, byId) || undefined,
    ...(links.site?.logo ? { icon: links.site.logo } : {}),
    authors: [author],
    ...(links.site?.language ? { language: links.site.language } : {}),
    items: updates.map((u) => {
      const { html, text } = updateText(u, byId)
      const page = updatePage(links, u.id)
      return {
        id: entryId(links, u),
        ...(page ? { url: page } : {}),
        title: u.headline,
        content_html: html,
        content_text: text,
        date_published: u.publishedAt,
        date_modified: u.updatedAt,
        tags: [updateKindLabel(u.kind), ...(u.keyEvent ? ['Key event'] : [])],
      }
    }),
  }
}

const escapeXml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string,
  )
const element = (name: string, text: string, attrs = '') =>
  `<${name}${attrs}>${escapeXml(text)}</${name}>`
const link = (rel: string, href: string, type?: string) =>
  `<link rel="${rel}" href="${escapeXml(href)}"${type ? ` type="${type}"` : ''}/>`

/**
 * GET /stories/:slug/feed.atom — the same as Atom (RFC 4287). Written here rather than with the `feed`
 * package: it always writes an entry link (a reader page we may not have) and no `xml:lang`, and labels
 * categories without the `term` RFC 4287 requires. The newsroom is the feed's author (the one
 * `atom:author` every entry inherits); the update kind is each entry's category.
 */
export function storyAtomFeed(snapshot: StorySnapshot, links: StoryLinks, feedUrl: string): string {
  const { story, updates, claims } = snapshot
  const byId = new Map(claims.map((c) => [String(c.id), c]))
  const summary = richTextToText(story.summary, byId)
  const lang = links.site?.language ? ` xml:lang="${escapeXml(links.site.language)}"` : ''
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${lang}>`,
    element('id', links.page ?? links.api),
    element('title', story.title, ' type="text"'),
    ...(summary ? [element('subtitle', summary, ' type="text"')] : []),
    element('updated', new Date(lastPublicChange(snapshot)).toISOString()),
    `<author>${element('name', links.publisherName)}${links.site ? element('uri', links.site.url) : ''}</author>`,
    ...(links.page ? [link('alternate', links.page, 'text/html')] : []),
    link('self', feedUrl, 'application/atom+xml'),
    ...(links.site?.logo ? [element('logo', links.site.logo)] : []),
    element('generator', 'payload-plugin-newsroom'),
  ]
  for (const u of updates) {
    const { html } = updateText(u, byId)
    const page = updatePage(links, u.id)
    lines.push(
      '<entry>',
      element('id', entryId(links, u)),
      element('title', u.headline, ' type="text"'),
      element('updated', new Date(u.updatedAt).toISOString()),
      element('published', new Date(u.publishedAt).toISOString()),
      ...(page ? [link('alternate', page, 'text/html')] : []),
      `<category term="${escapeXml(u.kind)}" label="${escapeXml(updateKindLabel(u.kind))}"/>`,
      ...(u.keyEvent ? ['<category term="key-event" label="Key event"/>'] : []),
      element('content', html, ' type="html"'),
      '</entry>',
    )
  }
  lines.push('</feed>')
  return lines.join('\n')
}
