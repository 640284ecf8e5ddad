import { hasRole } from '../access/roles.js'
import { planTransition, WorkflowRefusal, type WorkflowActor } from './planTransition.js'
import type { PublicState, ReviewState } from './states.js'
import { changedSubstanceFields, pickSubstance, type Substance } from './substance.js'
import { extractID } from '../extractID.js'
import type { FieldValues } from '../documents.js'

/**
 * Every write to a claim passes through here (REST, Local API, admin panel, workflow endpoints):
 * it stamps who edited, reopens a revision when approved substance changes, and applies at most one
 * review transition. Returns the data to store.
 */
export function applyClaimChange(args: {
  data: FieldValues
  original?: FieldValues
  /** The collection's substance fields (see substance.ts). */
  substance: Substance
  actor: WorkflowActor | null | undefined
  system: boolean
  now: string
  /**
   * A review action asked for by name (POST /:id/approve …): it is performed or refused, so asking for
   * the state the claim is already in is a conflict (409), not the no-op a PATCH of the whole
   * document (the admin panel's save) makes of it.
   */
  action?: ReviewState
}): FieldValues {
  const { original, actor, system, now, substance } = args
  const data: FieldValues = { ...args.data }
  const merged: FieldValues = { ...original, ...data }
  const note = typeof data.reviewNote === 'string' ? data.reviewNote : null

  if (
    original &&
    merged.supersedes != null &&
    String(extractID(merged.supersedes)) === String(original.id)
  ) {
    throw new WorkflowRefusal('A claim cannot supersede itself.', 400, 'supersedes')
  }

  if (!original) {
    const requested = (data.reviewState ?? 'draft') as ReviewState
    if (requested !== 'draft' && requested !== 'pending') {
      throw new WorkflowRefusal(
        'A new claim starts as a draft (or pending, to submit it at once).',
        403,
        'reviewState',
      )
    }
    Object.assign(data, {
      createdBy: actor?.id ?? null,
      lastEditedBy: actor?.id ?? null,
      publicState: 'none' satisfies PublicState,
      reviewHistory: [],
      reviewState: 'draft',
    })
    return requested === 'pending' ? transition(data, { ...data }, 'pending', args, note) : data
  }

  let current = original.reviewState as ReviewState
  const changed = changedSubstanceFields(original, merged, substance)
  if (changed.length > 0 && !system) {
    if (current === 'retracted' || current === 'superseded') {
      throw new WorkflowRefusal(
        `This claim is ${current}; its words stay as they were. Write a new claim instead.`,
        409,
        changed[0],
      )
    }
    if (!hasRole(actor, 'editor')) {
      throw new WorkflowRefusal(
        'Reviewers review claims; only editors change what a claim says.',
        403,
        changed[0],
      )
    }
    data.lastEditedBy = actor?.id ?? null
    // A changed claim must be reviewed again; an approved one stays public as approved until then.
    if (current !== 'draft') {
      data.reviewHistory = [
        ...((original.reviewHistory as FieldValues[]) ?? []),
        {
          action: 'revise',
          from: current,
          to: 'draft',
          by: actor?.id ?? null,
          at: now,
          note: null,
        },
      ]
      current = 'draft'
    }
    data.reviewState = current
  }

  // `data` holds the whole document: a state the caller did not change is no request.
  const asked = data.reviewState as ReviewState | undefined
  if (args.action)
    return transition(data, { ...original, ...data, reviewState: current }, args.action, args, note)
  const requested = asked !== undefined && asked !== original.reviewState ? asked : current
  if (requested === current) return data
  return transition(data, { ...original, ...data, reviewState: current }, requested, args, note)
}

function transition(
  data: FieldValues,
  claim: FieldValues,
  to: ReviewState,
  { actor, system, now, original, substance }: Parameters<typeof applyClaimChange>[0],
  note: string | null,
): FieldValues {
  const action = planTransition({
    claim: {
      reviewState: claim.reviewState as ReviewState,
      publicState: (claim.publicState ?? 'none') as PublicState,
      createdBy: extractID(claim.createdBy) as string,
      lastEditedBy: extractID(claim.lastEditedBy) as string,
    },
    to,
    actor,
    note,
    system,
  })
  const entry = { action, from: claim.reviewState, to, by: actor?.id ?? null, at: now, note }
  const out: FieldValues = {
    ...data,
    reviewState: to,
    reviewHistory: [...((claim.reviewHistory as FieldValues[]) ?? []), entry],
  }
  if (action === 'approve') {
    Object.assign(out, {
      publicState: 'approved',
      approvedAt: now,
      approvedBy: actor?.id ?? null,
      approvedVersion: { ...pickSubstance({ ...original, ...data }, substance), approvedAt: now },
    })
  }
  if (action === 'retract')
    Object.assign(out, { publicState: 'retracted', retractionReason: note, endedAt: now })
  if (action === 'supersede') Object.assign(out, { publicState: 'superseded', endedAt: now })
  return out
}
