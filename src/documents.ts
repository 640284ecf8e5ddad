import type { Id, Ref, StoredSubstance } from './claims/claimModel.js'
import type { Action, PublicState, ReviewState } from './workflow/states.js'

/**
 * The plugin's documents as its code reads them (from the Local API, the adapter or a hook). The plugin
 * cannot use an app's generated `payload-types.ts` (its slugs are configurable, and the package may not
 * import the app), so these are its own, written from the collections' fields; every field is optional
 * where a query may leave it out. tests/unit/storedDocuments.test.ts checks that the demo app's generated
 * types fit them, so a field renamed in a collection and not here fails the type check.
 */
export type { Id, Ref }

/** A document whose fields are read by name (the substance set is open: an override may add fields). */
export type FieldValues = Record<string, unknown>

/** What the reviewers approved: the substance at approval, and when. */
export type ApprovedVersion = StoredSubstance & { approvedAt?: string | null }

export interface ReviewStep {
  action?: Action | null
  from?: ReviewState | null
  to?: ReviewState | null
  by?: Ref | null
  at?: string | null
  note?: string | null
}

export interface StoredClaim extends StoredSubstance {
  id: Id
  reviewState?: ReviewState | null
  reviewNote?: string | null
  publicState?: PublicState | null
  retractionReason?: string | null
  endedAt?: string | null
  createdBy?: Ref | null
  lastEditedBy?: Ref | null
  approvedBy?: Ref | null
  approvedAt?: string | null
  approvedVersion?: ApprovedVersion | null
  reviewHistory?: ReviewStep[] | null
  revision?: string | null
  createdAt?: string
  updatedAt?: string
}

/** Drafts and publication: stories and updates have versions with drafts. */
interface Publishable {
  _status?: 'draft' | 'published' | null
  createdAt?: string
  updatedAt?: string
}

export interface StoredStory extends Publishable {
  id: Id
  title?: string | null
  slug?: string | null
  summary?: unknown
  state?: string | null
  keyMetrics?: string[] | null
}

export interface StoredUpdate extends Publishable {
  id: Id
  story?: Ref | null
  headline?: string | null
  body?: unknown
  kind?: string | null
  occurredAt?: string | null
  publishedAt?: string | null
  embargoUntil?: string | null
  keyEvent?: boolean | null
  pinned?: boolean | null
  author?: Ref | null
}

export interface StoredSource {
  id: Id
  name?: string | null
  publicName?: string | null
  kind?: string | null
  interestedParty?: boolean | null
  aliases?: string[] | null
  anonymous?: boolean | null
  publicDescription?: string | null
  anonymityReason?: string | null
  positionToKnow?: string | null
  identityKnownBy?: Ref | null
  createdAt?: string
  updatedAt?: string
}
