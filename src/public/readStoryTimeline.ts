import type { Payload } from 'payload'

import type { NewsroomSlugs } from '../options.js'
import { findClaimHistory } from './findClaimHistory.js'
import { findPublicSources } from './findPublicSources.js'
import { findPublicStories } from './findPublicStories.js'
import { findPublicUpdates } from './findPublicUpdates.js'
import { presentClaim, supersessions, type PresentedClaim } from './presentClaim.js'
import type { Id, PublicClaim } from './types.js'

export const TIMELINE_EVENT_TYPES = [
  'update.published',
  'claim.approved',
  'claim.corrected',
  'claim.superseded',
  'claim.retracted',
] as const
export type TimelineEventType = (typeof TIMELINE_EVENT_TYPES)[number]

export interface TimelineEvent {
  type: TimelineEventType
  at: string
  update?: { id: Id; headline: string; kind: string; keyEvent: boolean; occurredAt: string }
  /** The claim as the public saw it right after the event. */
  claim?: PresentedClaim
  /** claim.corrected: the claim as it was public before the approved revision. */
  previous?: PresentedClaim
}

export interface TimelineBody {
  asOf: string | null
  since: string | null
  story: { id: Id; slug: string; title: string }
  events: TimelineEvent[]
}

/** The public events in one claim's history: each change of what the public saw of it. */
function claimEvents(
  versions: readonly PublicClaim[],
  present: (c: PublicClaim) => PresentedClaim,
): TimelineEvent[] {
  const events: TimelineEvent[] = []
  let before: PublicClaim | null = null
  for (const now of versions) {
    if (now.approvedAt !== before?.approvedAt && now.state === 'approved') {
      events.push(
        before
          ? {
              type: 'claim.corrected',
              at: now.approvedAt ?? '',
              claim: present(now),
              previous: present(before),
            }
          : { type: 'claim.approved', at: now.approvedAt ?? '', claim: present(now) },
      )
    } else if (before === null) {
      // Public history that starts after the approval (a claim approved before versions were kept).
      events.push({
        type: 'claim.approved',
        at: now.approvedAt ?? '',
        claim: present({ ...now, state: 'approved' }),
      })
    }
    if (now.state !== 'approved' && now.state !== before?.state) {
      events.push({ type: `claim.${now.state}`, at: now.endedAt ?? '', claim: present(now) })
    }
    before = now
  }
  return events
}

const ORDER = new Map<string, number>(TIMELINE_EVENT_TYPES.map((t, i) => [t, i]))

/**
 * GET /stories/:slug/timeline — the story's public events in order: updates published, claims approved,
 * corrected (a revision approved), superseded and retracted; only those after `since`, as known at `asOf`.
 */
export async function readStoryTimeline(
  payload: Payload,
  slugs: NewsroomSlugs,
  slug: string,
  { asOf, since }: { asOf: string | null; since: string | null },
): Promise<TimelineBody | null> {
  const [story] = await findPublicStories(payload, slugs.stories, { slug, asOf })
  if (!story) return null
  const [updates, history] = await Promise.all([
    findPublicUpdates(payload, slugs.updates, [story.id], asOf),
    findClaimHistory(payload, slugs.claims, story.id, asOf),
  ])
  const latest = history.map((versions) => versions[versions.length - 1])
  const sources = await findPublicSources(payload, slugs.sources, history.flat())
  const replacedBy = supersessions(latest)
  const present = (c: PublicClaim) => presentClaim(c, sources, replacedBy)

  const events: TimelineEvent[] = [
    ...updates.map((u): TimelineEvent => ({
      type: 'update.published',
      at: u.publishedAt,
      update: {
        id: u.id,
        headline: u.headline,
        kind: u.kind,
        keyEvent: u.keyEvent,
        occurredAt: u.occurredAt,
      },
    })),
    ...history.flatMap((versions) => claimEvents(versions, present)),
  ]
  return {
    asOf,
    since,
    story: { id: story.id, slug: story.slug, title: story.title },
    events: events
      .filter((e) => !since || e.at > since)
      .sort(
        (a, b) =>
          a.at.localeCompare(b.at) ||
          (ORDER.get(a.type) ?? 0) - (ORDER.get(b.type) ?? 0) ||
          String(a.claim?.id ?? a.update?.id).localeCompare(String(b.claim?.id ?? b.update?.id)),
      ),
  }
}
