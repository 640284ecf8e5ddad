import {
  CLAIM_SUBSTANCE,
  type ClaimSubstance,
  type FigureField,
  type SubstanceField,
  type SubstanceSpec,
} from '../../claims/claimModel.js'
import type { Id, PublicClaim, PublicSource } from '../types.js'

type Model = typeof CLAIM_SUBSTANCE
/** The substance as every endpoint shows it: sources spelled out, the figure in one object. */
type PresentedSubstance = {
  -readonly [K in Exclude<SubstanceField, FigureField | 'story'>]: Model[K] extends {
    public: 'source'
  }
    ? PublicSource | null
    : Model[K] extends { public: 'sources' }
      ? PublicSource[]
      : ClaimSubstance[K]
}

export type PresentedClaim = { id: Id } & PresentedSubstance & {
    figure: Pick<ClaimSubstance, FigureField> | null
    /** Its source is a party to the events (an army, a militant group): nobody else has confirmed it. */
    notIndependentlyVerified: boolean
    /** An approved figure: other independent origins that agree with it (see compareFigures). */
    corroboratedBy?: number
    state: PublicClaim['state']
    approvedAt: string | null
    /** Retracted: when, and the public reason. Superseded: when, and by which claim. */
    retractedAt?: string | null
    retractionReason?: string | null
    supersededAt?: string | null
    supersededBy?: Id | null
  }

const SUBSTANCE = Object.entries(CLAIM_SUBSTANCE) as [SubstanceField, SubstanceSpec][]

/** A public claim with its source and relay chain spelled out, as every endpoint shows it. */
export function presentClaim(
  claim: PublicClaim,
  sources: ReadonlyMap<string, PublicSource>,
  supersededBy: ReadonlyMap<string, Id> = new Map(),
): PresentedClaim {
  const sourceOf = (id: unknown) => (id != null ? (sources.get(String(id)) ?? null) : null)
  const presented: Record<string, unknown> = { id: claim.id }
  const figure: Record<string, unknown> = {}
  for (const [name, spec] of SUBSTANCE) {
    const value = claim[name]
    if (name === 'story') continue
    if (spec.figure) {
      // The figure sits where its first field is, as one object (null for a claim that is no figure).
      if (!('figure' in presented)) presented.figure = claim.kind === 'figure' ? figure : null
      figure[name] = value
    } else if (spec.public === 'source') presented[name] = sourceOf(value)
    else if (spec.public === 'sources')
      presented[name] = (value as Id[]).map(sourceOf).filter((s): s is PublicSource => s !== null)
    else presented[name] = value
  }
  const source = sourceOf(claim.source)
  return {
    ...(presented as { id: Id } & PresentedSubstance & Pick<PresentedClaim, 'figure'>),
    notIndependentlyVerified: Boolean(source?.interestedParty),
    state: claim.state,
    approvedAt: claim.approvedAt,
    ...(claim.state === 'retracted'
      ? { retractedAt: claim.endedAt, retractionReason: claim.retractionReason }
      : {}),
    ...(claim.state === 'superseded'
      ? { supersededAt: claim.endedAt, supersededBy: supersededBy.get(String(claim.id)) ?? null }
      : {}),
  }
}

/** Which public claim replaced each superseded one. */
export function supersessions(claims: readonly PublicClaim[]): Map<string, Id> {
  return new Map(
    claims
      .filter((c) => c.supersedes != null && c.state !== 'superseded')
      .map((c) => [String(c.supersedes), c.id]),
  )
}
