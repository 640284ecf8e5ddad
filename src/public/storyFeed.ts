import { Feed } from 'feed'
import { lastActivityOf } from './readStory.js'
import { richTextToHtml, richTextToText } from './renderRichText.js'
import type { StorySnapshot } from './types.js'

export interface FeedUrls {
  story: string
  json: string
  atom: string
}

/**
 * GET /stories/:slug/feed.json — the published updates, newest first, as JSON Feed 1.1
 * (https://www.jsonfeed.org/version/1.1/). The feed library writes 1.0, so this one is built here.
 */
export function storyJsonFeed(
  { story, updates, claims }: StorySnapshot,
  urls: FeedUrls,
): Record<string, unknown> {
  const byId = new Map(claims.map((c) => [String(c.id), c]))
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: story.title,
    home_page_url: urls.story,
    feed_url: urls.json,
    description: richTextToText(story.summary, byId) || undefined,
    items: updates.map((u) => ({
      id: `${urls.story}#update-${u.id}`,
      url: `${urls.story}#update-${u.id}`,
      title: u.headline,
      content_html: richTextToHtml(u.body, byId),
      content_text: richTextToText(u.body, byId),
      date_published: u.publishedAt,
      date_modified: u.updatedAt,
      tags: [u.kind, ...(u.keyEvent ? ['key-event'] : [])],
    })),
  }
}

/** GET /stories/:slug/feed.atom — the same as Atom 1.0. */
export function storyAtomFeed({ story, updates, claims }: StorySnapshot, urls: FeedUrls): string {
  const byId = new Map(claims.map((c) => [String(c.id), c]))
  const feed = new Feed({
    id: urls.story,
    title: story.title,
    link: urls.story,
    description: richTextToText(story.summary, byId) || undefined,
    updated: new Date(lastActivityOf(story, updates)),
    feedLinks: { atom: urls.atom, json: urls.json },
    generator: 'payload-plugin-newsroom',
  })
  for (const u of updates) {
    feed.addItem({
      id: `${urls.story}#update-${u.id}`,
      link: `${urls.story}#update-${u.id}`,
      title: u.headline,
      content: richTextToHtml(u.body, byId),
      date: new Date(u.updatedAt),
      published: new Date(u.publishedAt),
      category: [{ name: u.kind }],
    })
  }
  return feed.atom1()
}
