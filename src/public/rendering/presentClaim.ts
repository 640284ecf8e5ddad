import type { Id, PublicClaim, PublicSource } from '../types.js'

export interface PresentedClaim {
  id: Id
  kind: string
  statement: string
  quote: string | null
  figure: Pick<
    PublicClaim,
    'phrase' | 'value' | 'lower' | 'upper' | 'qualifier' | 'unit' | 'metric'
  > | null
  source: PublicSource | null
  via: PublicSource[]
  verb: string | null
  attributedAt: string | null
  /** Its source is a party to the events (an army, a militant group): nobody else has confirmed it. */
  notIndependentlyVerified: boolean
  /** An approved figure: other independent origins that agree with it (see compareFigures). */
  corroboratedBy?: number
  update: Id | null
  evidence: { url: string; label: string | null }[]
  state: PublicClaim['state']
  approvedAt: string | null
  supersedes: Id | null
  /** Retracted: when, and the public reason. Superseded: when, and by which claim. */
  retractedAt?: string | null
  retractionReason?: string | null
  supersededAt?: string | null
  supersededBy?: Id | null
}

/** A public claim with its source and relay chain spelled out, as every endpoint shows it. */
export function presentClaim(
  claim: PublicClaim,
  sources: ReadonlyMap<string, PublicSource>,
  supersededBy: ReadonlyMap<string, Id> = new Map(),
): PresentedClaim {
  const source = claim.source != null ? (sources.get(String(claim.source)) ?? null) : null
  return {
    id: claim.id,
    kind: claim.kind,
    statement: claim.statement,
    quote: claim.quote,
    figure:
      claim.kind === 'figure'
        ? {
            phrase: claim.phrase,
            value: claim.value,
            lower: claim.lower,
            upper: claim.upper,
            qualifier: claim.qualifier,
            unit: claim.unit,
            metric: claim.metric,
          }
        : null,
    source,
    via: claim.via
      .map((id) => sources.get(String(id)))
      .filter((s): s is PublicSource => s !== undefined),
    verb: claim.verb,
    attributedAt: claim.attributedAt,
    notIndependentlyVerified: Boolean(source?.interestedParty),
    update: claim.update,
    evidence: claim.evidence,
    state: claim.state,
    approvedAt: claim.approvedAt,
    supersedes: claim.supersedes,
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
