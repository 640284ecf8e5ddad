import { hasRole, type Role } from '../access/roles.js'
import { TRANSITIONS, type Action, type PublicState, type ReviewState } from '../workflow/states.js'

/** The review actions a person takes with a button (supersession follows an approval by itself). */
export const BUTTON_ACTIONS = ['submit', 'approve', 'reject', 'revise', 'retract'] as const
export type ButtonAction = (typeof BUTTON_ACTIONS)[number]

type Id = number | string

export interface ReviewedClaim {
  reviewState: ReviewState
  publicState?: PublicState | null
  createdBy?: Id | { id: Id } | null
  lastEditedBy?: Id | { id: Id } | null
}

export interface ReviewUser {
  id: Id
  roles?: unknown
}

export interface OfferedAction {
  action: ButtonAction
  /** Why the workflow would refuse it (the four-eyes rule), shown instead of letting it fail. */
  blockedBecause: string | null
}

const idOf = (ref: Id | { id: Id } | null | undefined): string | null =>
  ref == null ? null : String(typeof ref === 'object' ? ref.id : ref)

/**
 * The buttons to show a user for a claim: the actions whose role and starting state fit, as the
 * workflow rules in states.ts say. The server decides again on every click; this only keeps buttons
 * that can never work off the screen, and explains the one that the four-eyes rule blocks.
 */
export function offeredActions(claim: ReviewedClaim, user: ReviewUser | null): OfferedAction[] {
  if (!user) return []
  // An approved claim under revision can still be retracted: its approved version is public.
  const approvedInPublic = claim.publicState === 'approved'
  return BUTTON_ACTIONS.filter((action) => {
    const rule = TRANSITIONS[action]
    const from = action === 'retract' && approvedInPublic ? 'approved' : claim.reviewState
    return rule.from.includes(from) && hasRole(user, ...(rule.roles as Role[]))
  }).map((action) => ({ action, blockedBecause: fourEyesBlock(action, claim, user) }))
}

function fourEyesBlock(
  action: ButtonAction,
  claim: ReviewedClaim,
  user: ReviewUser,
): string | null {
  if (action !== 'approve') return null
  const me = String(user.id)
  if (idOf(claim.createdBy) === me) {
    return 'Four-eyes rule: you created this claim, so another reviewer must approve it.'
  }
  if (idOf(claim.lastEditedBy) === me) {
    return 'Four-eyes rule: you edited this claim last, so another reviewer must approve it.'
  }
  return null
}

/** Whether the action needs a note: a rejection's reason for the editor, a retraction's public reason. */
export const needsNote = (action: ButtonAction): boolean => TRANSITIONS[action as Action].needsNote

export const ACTION_LABELS: Record<ButtonAction, string> = {
  submit: 'Submit for review',
  approve: 'Approve',
  reject: 'Reject',
  revise: 'Back to draft',
  retract: 'Retract',
}
