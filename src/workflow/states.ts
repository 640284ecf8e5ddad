import type { Role } from '../access/roles.js'

/** The review states of a claim, and who may move a claim between them. The one place these rules live. */
export const REVIEW_STATES = [
  'draft',
  'pending',
  'approved',
  'rejected',
  'retracted',
  'superseded',
] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

/** What the public sees of a claim: nothing yet, its approved version, or a correction. */
export const PUBLIC_STATES = ['none', 'approved', 'retracted', 'superseded'] as const
export type PublicState = (typeof PUBLIC_STATES)[number]
/** The public states of a claim the public can see: every one but `none`. */
export const PUBLIC_CLAIM_STATES = PUBLIC_STATES.filter(
  (s): s is Exclude<PublicState, 'none'> => s !== 'none',
)

export const ACTIONS = ['submit', 'approve', 'reject', 'revise', 'retract', 'supersede'] as const
export type Action = (typeof ACTIONS)[number]

export interface TransitionRule {
  from: readonly ReviewState[]
  to: ReviewState
  /** Roles allowed; `system` transitions happen only as a consequence of another (supersession). */
  roles: readonly Role[] | 'system'
  /** A note is required (a rejection's reason, a retraction's public reason). */
  needsNote: boolean
}

export const TRANSITIONS = {
  submit: { from: ['draft'], to: 'pending', roles: ['editor'], needsNote: false },
  approve: { from: ['pending'], to: 'approved', roles: ['reviewer'], needsNote: false },
  reject: { from: ['pending'], to: 'rejected', roles: ['reviewer'], needsNote: true },
  revise: { from: ['rejected'], to: 'draft', roles: ['editor'], needsNote: false },
  retract: { from: ['approved'], to: 'retracted', roles: ['reviewer'], needsNote: true },
  supersede: { from: ['approved'], to: 'superseded', roles: 'system', needsNote: false },
} as const satisfies Record<Action, TransitionRule>

/** The actions a person takes (a button in the admin, an endpoint over HTTP); the rest follow by themselves. */
export type PersonAction = {
  [A in Action]: (typeof TRANSITIONS)[A]['roles'] extends 'system' ? never : A
}[Action]
export const PERSON_ACTIONS = ACTIONS.filter(
  (a): a is PersonAction => TRANSITIONS[a].roles !== 'system',
)

/** The action that moves a claim from one state to another, if any. */
export function actionFor(from: ReviewState, to: ReviewState): Action | undefined {
  return ACTIONS.find(
    (a) =>
      TRANSITIONS[a].to === to && (TRANSITIONS[a].from as readonly ReviewState[]).includes(from),
  )
}

/** The action named by its target state alone (for messages when the source state is wrong). */
export function actionTo(to: ReviewState): Action | undefined {
  return ACTIONS.find((a) => TRANSITIONS[a].to === to)
}
