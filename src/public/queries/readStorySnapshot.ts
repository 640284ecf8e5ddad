import type { Payload } from 'payload'

import type { NewsroomSlugs } from '../../options.js'
import { findPublicClaims } from './findPublicClaims.js'
import { findPublicSources } from './findPublicSources.js'
import { findPublicStories } from './findPublicStories.js'
import { findPublicUpdates } from './findPublicUpdates.js'
import type { StorySnapshot } from '../types.js'

/**
 * Everything public about one story, now or at `asOf`, in a fixed number of queries (four now, at most
 * seven in the past) whatever the number of updates and claims. Null if no such story was public.
 */
export async function readStorySnapshot(
  payload: Payload,
  slugs: NewsroomSlugs,
  slug: string,
  asOf: string | null,
  /** Only the updates marked as key events (`?keyEvents=true`). */
  keyEvents = false,
): Promise<StorySnapshot | null> {
  const [story] = await findPublicStories(payload, slugs.stories, { slug, asOf })
  if (!story) return null
  const [updates, claims] = await Promise.all([
    findPublicUpdates(payload, slugs.updates, [story.id], asOf),
    findPublicClaims(payload, slugs.claims, [story.id], asOf),
  ])
  const sources = await findPublicSources(payload, slugs.sources, claims)
  return {
    story,
    updates: keyEvents ? updates.filter((u) => u.keyEvent) : updates,
    claims,
    sources,
    asOf,
  }
}
