import type { Payload } from 'payload'

import type { NewsroomSlugs } from '../../options.js'
import { letTheLoopTurn } from '../../reliability/loopTurns.js'
import { findPublicClaims } from './findPublicClaims.js'
import { findPublicSources } from './findPublicSources.js'
import { findPublicStories } from './findPublicStories.js'
import { findPublicUpdates } from './findPublicUpdates.js'
import type { StorySnapshot } from '../types.js'

/**
 * Everything public about one story, now or at `asOf`, in a fixed number of queries (four now, at most
 * seven in the past) whatever the number of updates and claims. Null if no such story was public.
 * On SQLite each query, and what the caller builds of the snapshot, runs in a turn of the event loop
 * of its own (see reliability/loopTurns).
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
  // What the caller builds of it (a document of thousands of claims) is a step of its own.
  await letTheLoopTurn(payload)
  return {
    story,
    updates: keyEvents ? updates.filter((u) => u.keyEvent) : updates,
    claims,
    sources,
    asOf,
  }
}
