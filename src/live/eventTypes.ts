import type { PresentedClaim } from '../public/rendering/presentClaim.js'
import type { Id, PublicUpdate } from '../public/types.js'

/** Every kind of change to what the public sees: the one list the log, the streams and webhooks use. */
export const PUBLIC_EVENT_TYPES = [
  'story.published',
  'story.stateChanged',
  'story.withdrawn',
  'update.published',
  'update.corrected',
  'update.withdrawn',
  'claim.approved',
  'claim.corrected',
  'claim.superseded',
  'claim.retracted',
] as const
export type PublicEventType = (typeof PUBLIC_EVENT_TYPES)[number]

/** An update as a public event carries it (the story endpoint's fields, the body rendered). */
export interface PublicUpdateView extends Omit<PublicUpdate, 'story' | 'updatedAt' | 'body'> {
  bodyHtml: string
  /** Changes when the published content changes (not when a claim it cites is approved). */
  revision: string
}

export interface PublicStoryView {
  id: Id
  slug: string
  title: string
  state: string
}

/** What an event says, beside its type, time and story: the public view of the item after the change. */
export interface PublicEventData {
  story?: PublicStoryView
  update?: PublicUpdateView | { id: Id }
  claim?: PresentedClaim
  /** claim.corrected, update.corrected: the item as it was public before. */
  previous?: PresentedClaim | PublicUpdateView
  /** update.published after an embargo: the time it lifted. */
  embargoLifted?: boolean
}

/** One row of the log as readers get it (SSE `data:`, webhook `data`, the timeline). */
export interface PublicEvent extends PublicEventData {
  id: Id
  type: PublicEventType
  at: string
  storyId: Id
}
