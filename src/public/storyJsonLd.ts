import { lastActivityOf } from './readStory.js'
import { richTextToText } from './renderRichText.js'
import type { StorySnapshot } from './types.js'

type JsonLd = Record<string, unknown>

/**
 * GET /stories/:slug/jsonld — a story snapshot as schema.org LiveBlogPosting: one liveBlogUpdate (BlogPosting) per published
 * update, and each retraction as a CorrectionComment in `correction`. `storyUrl` is the story's address.
 */
export function storyJsonLd({ story, updates, claims }: StorySnapshot, storyUrl: string): JsonLd {
  const byId = new Map(claims.map((c) => [String(c.id), c]))
  const chronological = [...updates].reverse()
  const retracted = claims.filter((c) => c.state === 'retracted')
  return {
    '@context': 'https://schema.org',
    '@type': 'LiveBlogPosting',
    '@id': storyUrl,
    url: storyUrl,
    headline: story.title,
    description: richTextToText(story.summary, byId) || undefined,
    datePublished: story.createdAt,
    dateModified: lastActivityOf(story, updates),
    ...(chronological.length > 0 ? { coverageStartTime: chronological[0].occurredAt } : {}),
    ...(story.state === 'concluded' && chronological.length > 0
      ? { coverageEndTime: chronological[chronological.length - 1].occurredAt }
      : {}),
    liveBlogUpdate: updates.map((u) => ({
      '@type': 'BlogPosting',
      '@id': `${storyUrl}#update-${u.id}`,
      headline: u.headline,
      articleBody: richTextToText(u.body, byId),
      datePublished: u.publishedAt,
      dateModified: u.updatedAt,
      ...(u.keyEvent ? { keywords: 'key event' } : {}),
      ...(u.kind !== 'development' ? { genre: u.kind } : {}),
    })),
    ...(retracted.length > 0
      ? {
          correction: retracted.map((c) => ({
            '@type': 'CorrectionComment',
            '@id': `${storyUrl}#claim-${c.id}`,
            text: `Retracted: "${c.statement}"${c.retractionReason ? ` — ${c.retractionReason}` : ''}`,
            datePublished: c.endedAt ?? undefined,
          })),
        }
      : {}),
  }
}
