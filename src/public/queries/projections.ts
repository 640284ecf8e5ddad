import { publicSince } from '../../live/embargo.js'
import {
  CLAIM_PUBLIC_RECORD,
  CLAIM_SUBSTANCE,
  type ClaimSubstance,
  type Evidence,
  type PublicValue,
  type SubstanceField,
  type SubstanceSpec,
} from '../../claims/claimModel.js'
import { PUBLIC_CLAIM_STATES } from '../../workflow/states.js'
import type { StoredClaim, StoredSource, StoredStory, StoredUpdate } from '../../documents.js'
import type {
  Id,
  PublicClaim,
  PublicClaimState,
  PublicSource,
  PublicStory,
  PublicUpdate,
} from '../types.js'
import { extractID } from '../../extractID.js'

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null)
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)
const ids = (v: unknown): Id[] =>
  Array.isArray(v) ? v.map(extractID).filter((id): id is Id => id !== null) : []
const evidence = (v: unknown): Evidence[] =>
  Array.isArray(v)
    ? (v as { url?: unknown; label?: unknown }[]).map((e) => ({
        url: String(e.url ?? ''),
        label: str(e.label),
      }))
    : []

/** How each kind of public value is read from a stored approved version. */
const READ: Record<PublicValue, (v: unknown) => unknown> = {
  id: extractID,
  source: extractID,
  sources: ids,
  text: str,
  number: num,
  time: str,
  evidence,
  flag: (v) => v === true,
}
const SUBSTANCE = Object.entries(CLAIM_SUBSTANCE) as [SubstanceField, SubstanceSpec][]
const VISIBLE = new Set<string>(PUBLIC_CLAIM_STATES)

/**
 * The stored fields a public claim is made from: its approved version and the public state around it.
 * Reads select only these; the review history and the rest stay in the database.
 */
export const PUBLIC_CLAIM_SELECT = {
  story: true,
  approvedVersion: true,
  ...Object.fromEntries(CLAIM_PUBLIC_RECORD.map((f) => [f, true])),
} as { story: true; approvedVersion: true } & Record<(typeof CLAIM_PUBLIC_RECORD)[number], true>

/**
 * A stored claim (a row or a version, straight from the adapter) as the public sees it, or null if it is
 * not public. The substance is the approved version's, always: a revision awaiting approval, or one that
 * was under way when the claim was retracted, was never public.
 */
export function toPublicClaim(doc: StoredClaim): PublicClaim | null {
  const state = doc.publicState ?? 'none'
  const s = doc.approvedVersion
  // Approval sets both the public state and the approved version; one without the other was never public.
  if (!VISIBLE.has(state) || !s || typeof s !== 'object') return null
  const substance: Record<string, unknown> = {}
  for (const [name, spec] of SUBSTANCE) {
    const value = READ[spec.public](s[name]) ?? spec.fallback ?? null
    if (value === null && spec.required) return null
    substance[name] = value
  }
  return {
    id: doc.id,
    ...(substance as ClaimSubstance),
    state: state as PublicClaimState,
    approvedAt: str(doc.approvedAt),
    endedAt: state === 'approved' ? null : str(doc.endedAt),
    retractionReason: state === 'retracted' ? str(doc.retractionReason) : null,
  }
}

/** The fields of a source the public may read; an anonymous one is named by its description only. */
export const PUBLIC_SOURCE_SELECT = {
  name: true,
  anonymous: true,
  publicDescription: true,
  kind: true,
  interestedParty: true,
} as const

export function toPublicSource(doc: StoredSource): PublicSource {
  const anonymous = Boolean(doc.anonymous)
  return {
    id: doc.id,
    name: (anonymous ? str(doc.publicDescription) : str(doc.name)) ?? 'an unnamed source',
    anonymous,
    kind: str(doc.kind),
    interestedParty: Boolean(doc.interestedParty),
  }
}

export function toPublicStory(doc: StoredStory): PublicStory {
  return {
    id: doc.id,
    slug: String(doc.slug),
    title: str(doc.title) ?? '',
    summary: doc.summary ?? null,
    state: str(doc.state) ?? 'developing',
    keyMetrics: Array.isArray(doc.keyMetrics)
      ? doc.keyMetrics.filter((m): m is string => typeof m === 'string')
      : [],
    createdAt: String(doc.createdAt),
    updatedAt: String(doc.updatedAt),
  }
}

export function toPublicUpdate(doc: StoredUpdate): PublicUpdate {
  return {
    id: doc.id,
    story: extractID(doc.story) as Id,
    headline: str(doc.headline) ?? '',
    kind: str(doc.kind) ?? 'development',
    keyEvent: Boolean(doc.keyEvent),
    pinned: Boolean(doc.pinned),
    occurredAt: String(doc.occurredAt ?? doc.publishedAt),
    // Stamped on first publication; an update published before the stamp existed falls back to its save time.
    // Under an embargo that lifted after publication, the public first saw it when the embargo lifted.
    publishedAt: publicSince(doc, String(doc.publishedAt ?? doc.updatedAt)),
    updatedAt: String(doc.updatedAt),
    body: doc.body ?? null,
  }
}
