import type { Payload } from 'payload'

import type { NewsroomSlugs } from '../../options.js'
import type { MetricComparison } from '../../figures/compareFigures.js'
import { letTheLoopTurn } from '../../reliability/loopTurns.js'
import { findPublicClaims } from './findPublicClaims.js'
import { findPublicSources } from './findPublicSources.js'
import { findPublicStories } from './findPublicStories.js'
import { findPublicUpdates } from './findPublicUpdates.js'
import { publicFigures } from '../rendering/storyFigures.js'
import { storyHeader, type StoryHeader } from '../rendering/storyBody.js'
import type { PublicSource, PublicUpdate } from '../types.js'

export interface Pagination {
  page: number
  limit: number
  pages: number
  total: number
  next: number | null
  prev: number | null
}

export interface StoryListBody {
  asOf: string | null
  stories: (StoryHeader & { keyFigures: MetricComparison<PublicSource>[] })[]
  meta: { pagination: Pagination }
}

/**
 * GET /stories — published stories, latest activity first (last published version or update), a page
 * at a time, each with the comparison of its key metrics. Five to eight queries, whatever the page.
 */
export async function readStoryList(
  payload: Payload,
  slugs: NewsroomSlugs,
  { page, limit, asOf }: { page: number; limit: number; asOf: string | null },
): Promise<StoryListBody> {
  const stories = await findPublicStories(payload, slugs.stories, { asOf })
  const updates = await findPublicUpdates(
    payload,
    slugs.updates,
    stories.map((s) => s.id),
    asOf,
  )
  const updatesOf = new Map<string, PublicUpdate[]>()
  for (const u of updates) {
    const own = updatesOf.get(String(u.story))
    if (own) own.push(u)
    else updatesOf.set(String(u.story), [u])
  }
  const headers = stories
    .map((s) => storyHeader(s, updatesOf.get(String(s.id)) ?? []))
    .sort(
      (a, b) =>
        b.lastActivityAt.localeCompare(a.lastActivityAt) ||
        String(b.id).localeCompare(String(a.id)),
    )

  const total = headers.length
  const pages = Math.max(1, Math.ceil(total / limit))
  const onPage = headers.slice((page - 1) * limit, page * limit)
  const claims = await findPublicClaims(
    payload,
    slugs.claims,
    onPage.map((s) => s.id),
    asOf,
  )
  const sources = await findPublicSources(payload, slugs.sources, claims)
  // Its figures, of every claim on the page, are a step of their own (see reliability/loopTurns).
  await letTheLoopTurn(payload)
  const storyById = new Map(stories.map((s) => [String(s.id), s]))
  return {
    asOf,
    stories: onPage.map((header) => {
      const story = storyById.get(String(header.id))!
      const own = claims.filter((c) => String(c.story) === String(story.id))
      return {
        ...header,
        keyFigures: publicFigures(
          { story, updates: [], claims: own, sources, asOf },
          story.keyMetrics,
        ),
      }
    }),
    meta: {
      pagination: {
        page,
        limit,
        pages,
        total,
        next: page < pages ? page + 1 : null,
        prev: page > 1 ? Math.min(page - 1, pages) : null,
      },
    },
  }
}
