import type { Payload } from 'payload'

import { PUBLIC_EVENT_TYPES, type PublicEvent } from '../../live/eventTypes.js'
import { toPublicEvent } from '../../live/liveHub.js'
import type { NewsroomSlugs } from '../../options.js'
import { letTheLoopTurn } from '../../reliability/loopTurns.js'
import { findPublicStories } from './findPublicStories.js'
import type { Id } from '../types.js'
import type { FieldValues } from '../../documents.js'

export const TIMELINE_EVENT_TYPES = PUBLIC_EVENT_TYPES
export type TimelineEvent = PublicEvent

export interface TimelineBody {
  asOf: string | null
  since: string | null
  story: { id: Id; slug: string; title: string }
  events: TimelineEvent[]
}

const ORDER = new Map<string, number>(PUBLIC_EVENT_TYPES.map((t, i) => [t, i]))
const WITHDRAWN = new Set(['update.withdrawn', 'story.withdrawn'])

/**
 * GET /stories/:slug/timeline — the story's events from the public event log, in the order they
 * happened; only those after `since`, as known at `asOf`. An update taken down since is left out of the
 * past as everywhere else: only its `update.withdrawn` event stays. Two queries.
 */
export async function readStoryTimeline(
  payload: Payload,
  slugs: NewsroomSlugs,
  slug: string,
  {
    asOf,
    since,
    keyEvents = false,
  }: { asOf: string | null; since: string | null; keyEvents?: boolean },
): Promise<TimelineBody | null> {
  const [story] = await findPublicStories(payload, slugs.stories, { slug, asOf })
  if (!story) return null
  await letTheLoopTurn(payload)
  const { docs } = await payload.db.find<FieldValues>({
    collection: slugs.events,
    where: { story: { equals: String(story.id) } },
    sort: 'id',
    limit: 0,
    pagination: false,
  })
  const final = new Map(docs.map((d) => [String(d.subject), String(d.type)]))
  const events = docs
    .filter(
      (d) => !WITHDRAWN.has(final.get(String(d.subject)) ?? '') || WITHDRAWN.has(String(d.type)),
    )
    .map(toPublicEvent)
    .filter((e) => (!asOf || e.at <= asOf) && (!since || e.at > since))
    // Key events: the events of updates marked as key events (as the event saw them).
    .filter(
      (e) => !keyEvents || (e.update !== undefined && 'keyEvent' in e.update && e.update.keyEvent),
    )
  return {
    asOf,
    since,
    story: { id: story.id, slug: story.slug, title: story.title },
    // By the time each event says it happened; the id (commit order) breaks ties.
    events: events.sort(
      (a, b) =>
        a.at.localeCompare(b.at) ||
        (ORDER.get(a.type) ?? 0) - (ORDER.get(b.type) ?? 0) ||
        Number(a.id) - Number(b.id),
    ),
  }
}
