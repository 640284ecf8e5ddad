import type { NewsroomMessage } from '../i18n/translate.js'
import type { NewsroomKey } from '../i18n/translations.js'
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
  blockedBecause: NewsroomMessage | null
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
    return refusal.reason === 'fourEyes' ? [{ action, blockedBecause: refusal.words }] : []
  })
}

/** Whether the action needs a note: a rejection's reason for the editor, a retraction's public reason. */
export const needsNote = (action: ButtonAction): boolean => TRANSITIONS[action].needsNote

/** Each button's words (src/i18n/translations.ts): its label, what happened, what it is doing. */
const capitalised = (action: ButtonAction) =>
  (action[0].toUpperCase() + action.slice(1)) as Capitalize<ButtonAction>
export const actionLabel = (action: ButtonAction): NewsroomKey => `action${capitalised(action)}`
/** What happened, in words, after the workflow accepted an action. */
export const actionDone = (action: ButtonAction): NewsroomKey => `done${capitalised(action)}`
/** What the click is doing, shown at once (the optimistic step). */
export const actionPending = (action: ButtonAction): NewsroomKey => `pending${capitalised(action)}`
