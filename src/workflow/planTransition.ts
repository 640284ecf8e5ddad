import { hasRole } from '../access/roles.js'
import { englishText, type NewsroomMessage } from '../i18n/translate.js'
import {
  actionFor,
  actionTo,
  PERSON_ACTIONS,
  TRANSITIONS,
  type Action,
  type PersonAction,
  type TransitionRule,
  type PublicState,
  type ReviewState,
} from './states.js'

export interface WorkflowActor {
  id: number | string
  roles?: unknown
}

export interface ClaimWorkflowView {
  reviewState: ReviewState
  publicState: PublicState
  createdBy?: number | string | null
  lastEditedBy?: number | string | null
}

/**
 * Why a move is refused: the claim's state does not allow it, the actor lacks the role, the four-eyes
 * rule, a missing note, or a move only the workflow makes (supersession). The admin panel uses it to
 * decide which buttons to show without restating the rules.
 */
export type RefusalReason = 'state' | 'role' | 'fourEyes' | 'note' | 'system' | 'other'

/**
 * A refusal with the HTTP status it deserves and, for bad input, the field to blame. Its `message` is
 * English; `words` is said in the reader's language where a request is at hand (see claimHooks).
 */
export class WorkflowRefusal extends Error {
  constructor(
    readonly words: NewsroomMessage,
    readonly status: 400 | 403 | 404 | 409 | 412,
    readonly field?: string,
    readonly reason: RefusalReason = 'other',
  ) {
    super(englishText(words))
  }
}

const sameId = (a: unknown, b: unknown): boolean =>
  a != null && b != null && String(a) === String(b)

interface TransitionRequest {
  claim: ClaimWorkflowView
  to: ReviewState
  actor: WorkflowActor | null | undefined
  note?: string | null
  system?: boolean
}

/**
 * Decide whether `actor` may move `claim` to `to`. Returns the action, or throws a WorkflowRefusal.
 * An approved claim under revision (edited since approval) can still be retracted or superseded: its
 * approved version is what the public sees.
 */
export function planTransition(args: TransitionRequest): Action {
  const verdict = judge(args, true)
  if (verdict instanceof WorkflowRefusal) throw verdict
  return verdict
}

export interface ActionVerdict {
  action: PersonAction
  /** Why the workflow would refuse it, or null. A note it needs is not judged: it is asked for after. */
  refusal: WorkflowRefusal | null
}

/**
 * The workflow's answer without acting (a dry run of planTransition): for every action a person can
 * take, whether `actor` may take it on `claim` now and, if not, why. The admin panel offers its buttons
 * from this; the server judges again, with the note, when one is used.
 */
export function dryRunActions(
  claim: ClaimWorkflowView,
  actor: WorkflowActor | null | undefined,
): ActionVerdict[] {
  return PERSON_ACTIONS.map((action) => {
    const verdict = judge({ claim, to: TRANSITIONS[action].to, actor }, false)
    return { action, refusal: verdict instanceof WorkflowRefusal ? verdict : null }
  })
}

function judge(args: TransitionRequest, checkNote: boolean): Action | WorkflowRefusal {
  const { claim, to, actor, note, system = false } = args
  const wanted = actionTo(to)
  const publiclyApproved = claim.publicState === 'approved'
  const from: ReviewState =
    (wanted === 'retract' || wanted === 'supersede') && publiclyApproved
      ? 'approved'
      : claim.reviewState
  const action = actionFor(from, to)
  if (!action) {
    return new WorkflowRefusal(
      wanted
        ? {
            key: 'refusedStateFor',
            vars: {
              state: claim.reviewState,
              to,
              action: wanted,
              from: TRANSITIONS[wanted].from.join(' or '),
            },
          }
        : { key: 'refusedState', vars: { state: claim.reviewState, to } },
      409,
      'reviewState',
      'state',
    )
  }
  const rule: TransitionRule = TRANSITIONS[action]
  if (rule.roles === 'system') {
    if (!system) {
      return new WorkflowRefusal({ key: 'refusedSupersede' }, 403, 'reviewState', 'system')
    }
    return action
  }
  if (!system) {
    if (!actor)
      return new WorkflowRefusal(
        { key: 'refusedSignedOut', vars: { action } },
        403,
        'reviewState',
        'role',
      )
    if (!hasRole(actor, ...rule.roles)) {
      return new WorkflowRefusal(
        { key: 'refusedRole', vars: { roles: rule.roles.join(' or '), action } },
        403,
        'reviewState',
        'role',
      )
    }
    if (
      action === 'approve' &&
      (sameId(claim.createdBy, actor.id) || sameId(claim.lastEditedBy, actor.id))
    ) {
      return new WorkflowRefusal(
        {
          key: sameId(claim.createdBy, actor.id)
            ? 'refusedFourEyesCreated'
            : 'refusedFourEyesEdited',
        },
        403,
        'reviewState',
        'fourEyes',
      )
    }
  }
  if (checkNote && rule.needsNote && !(typeof note === 'string' && note.trim())) {
    return new WorkflowRefusal(
      { key: action === 'retract' ? 'refusedRetractNote' : 'refusedRejectNote' },
      400,
      'reviewNote',
      'note',
    )
  }
  return action
}
