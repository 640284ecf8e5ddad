import type { ClaimSubstance, Id } from '../claims/claimModel.js'
import type { PublicState } from '../workflow/states.js'

/** What the public read API shows: the public fields only, relationships as ids until rendered. */
export type { Id }

export interface PublicSource {
  id: Id
  /** An anonymous source's public description ("a security source"), never its name. */
  name: string
  anonymous: boolean
  kind: string | null
  interestedParty: boolean
}

export type PublicClaimState = Exclude<PublicState, 'none'>

/** A public claim: its approved substance (see src/claims/claimModel.ts) and its public state. */
export type PublicClaim = { id: Id } & ClaimSubstance & {
    state: PublicClaimState
    approvedAt: string | null
    /** When it was retracted or superseded. */
    endedAt: string | null
    retractionReason: string | null
  }

export interface PublicStory {
  id: Id
  slug: string
  title: string
  summary: unknown
  state: string
  keyMetrics: string[]
  createdAt: string
  updatedAt: string
}

export interface PublicUpdate {
  id: Id
  story: Id
  headline: string
  kind: string
  keyEvent: boolean
  /** Shown at the top of the story. */
  pinned: boolean
  occurredAt: string
  publishedAt: string
  updatedAt: string
  body: unknown
}

/** Everything public about one story at one moment: what every story endpoint renders from. */
export interface StorySnapshot {
  story: PublicStory
  updates: PublicUpdate[]
  claims: PublicClaim[]
  sources: Map<string, PublicSource>
  asOf: string | null
}
