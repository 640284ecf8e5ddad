import { dryRunActions, type ClaimWorkflowView } from '../workflow/planTransition.js'
import { TRANSITIONS, type PersonAction } from '../workflow/states.js'
import { extractID } from '../extractID.js'

/** The review actions a person takes with a button: the workflow's (supersession follows an approval by itself). */
export type ButtonAction = PersonAction

type Id = number | string
type Ref = Id | { id: Id } | null

/** A claim as the admin panel has it: people may be populated, the public state not yet set. */
export type ReviewedClaim = Pick<ClaimWorkflowView, 'reviewState'> &
  Partial<Record<'publicState', ClaimWorkflowView['publicState'] | null>> &
  Partial<Record<'createdBy' | 'lastEditedBy', Ref>>

export interface ReviewUser {
  id: Id
  roles?: unknown
}

export interface OfferedAction {
  action: ButtonAction
  /** Why the workflow would refuse it (the four-eyes rule), shown instead of letting it fail. */
  blockedBecause: string | null
}

/**
 * The buttons to show a user for a claim, as the workflow itself answers in a dry run (the rule the
 * collection hooks apply): an action it would refuse for the claim's state or the user's roles is not
 * offered; one it refuses under the four-eyes rule is shown disabled with the workflow's reason. The
 * server decides again on every click.
 */
export function offeredActions(claim: ReviewedClaim, user: ReviewUser | null): OfferedAction[] {
  if (!user) return []
  const view: ClaimWorkflowView = {
    reviewState: claim.reviewState,
    publicState: claim.publicState ?? 'none',
    createdBy: extractID(claim.createdBy),
    lastEditedBy: extractID(claim.lastEditedBy),
  }
  return dryRunActions(view, user).flatMap(({ action, refusal }): OfferedAction[] => {
    if (!refusal) return [{ action, blockedBecause: null }]
    return refusal.reason === 'fourEyes' ? [{ action, blockedBecause: refusal.message }] : []
  })
}

/** Whether the action needs a note: a rejection's reason for the editor, a retraction's public reason. */
export const needsNote = (action: ButtonAction): boolean => TRANSITIONS[action].needsNote

export const ACTION_LABELS: Record<ButtonAction, string> = {
  submit: 'Submit for review',
  approve: 'Approve',
  reject: 'Reject',
  revise: 'Back to draft',
  retract: 'Retract',
}

/** What happened, in words, after the workflow accepted an action. */
export const ACTION_DONE: Record<ButtonAction, string> = {
  submit: 'Submitted for review.',
  approve: 'Approved: it is now public.',
  reject: 'Rejected: the editor sees your note.',
  revise: 'Back to draft: edit it and submit it again.',
  retract: 'Retracted: the public sees it as a correction with your reason.',
}

/** What the click is doing, shown at once (the optimistic step). */
export const ACTION_PENDING: Record<ButtonAction, string> = {
  submit: 'Submitting…',
  approve: 'Approving…',
  reject: 'Rejecting…',
  revise: 'Moving back to draft…',
  retract: 'Retracting…',
}
