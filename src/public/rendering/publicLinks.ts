import type { ResolvedPublicSite } from '../../options.js'
import type { Id, PublicStory, StorySnapshot } from '../types.js'

/**
 * Where a story lives: its address in this API (an identifier, and where its feeds are) and, when the
 * plugin knows the newsroom's site (`publicSite`), the web page people read. Documents link to the page;
 * without a site they leave page links out rather than point readers at JSON.
 */
export interface StoryLinks {
  site: ResolvedPublicSite | null
  /** `https://host/api/public/stories/<slug>` */
  api: string
  /** The story's web page, or null without `publicSite`. */
  page: string | null
  /** The newsroom as author and publisher: the site's name, else the API's host name. */
  publisherName: string
}

export function storyLinks(
  base: string,
  site: ResolvedPublicSite | null,
  story: Pick<PublicStory, 'id' | 'slug'>,
): StoryLinks {
  return {
    site,
    api: `${base}/stories/${encodeURIComponent(story.slug)}`,
    page: site ? site.storyUrl({ id: story.id, slug: story.slug }) : null,
    publisherName: site?.name ?? new URL(base).host,
  }
}

/** A fragment of the story page for one update (`#update-<id>`), or null without a page. */
export const updatePage = (links: StoryLinks, update: Id): string | null =>
  links.page && `${links.page}#update-${update}`

/**
 * The last moment anything public about the story changed: a published version of the story or of an
 * update, a claim approved (or a revision of it), retracted or superseded. Feeds and JSON-LD say so in
 * `updated` / `dateModified`, so a retraction moves them too.
 */
export function lastPublicChange({ story, updates, claims }: StorySnapshot): string {
  let latest = story.updatedAt
  const consider = (t: string | null | undefined) => {
    if (t && t > latest) latest = t
  }
  for (const u of updates) {
    consider(u.publishedAt)
    consider(u.updatedAt)
  }
  for (const c of claims) {
    consider(c.approvedAt)
    consider(c.endedAt)
  }
  return latest
}
