/**
 * The admin panel offers exactly what the workflow allows: for every role, review state, public state
 * and authorship, a button is offered (enabled) if and only if the write the collection hooks judge
 * (applyClaimChange, the code every entry point passes) succeeds, and shown blocked if and only if that
 * write is refused under the four-eyes rule. A copy of a rule in the admin would break the equality.
 */
import { offeredActions } from '../../src/admin/offeredActions.js'
import { resolveOptions } from '../../src/options.js'
import { applyClaimChange } from '../../src/workflow/applyClaimChange.js'
import { claimWorkflowEndpoints } from '../../src/workflow/endpoints.js'
import { WorkflowRefusal } from '../../src/workflow/planTransition.js'
import {
  ACTIONS,
  PERSON_ACTIONS,
  PUBLIC_STATES,
  REVIEW_STATES,
  TRANSITIONS,
} from '../../src/workflow/states.js'
import { MODEL_SUBSTANCE } from '../../src/workflow/substance.js'

const ROLES = [[], ['editor'], ['reviewer'], ['editor', 'reviewer'], ['admin']]
const ME = 7
const OTHER = 8
const AUTHORSHIP = {
  mine: { createdBy: ME, lastEditedBy: ME },
  editedByMe: { createdBy: OTHER, lastEditedBy: ME },
  others: { createdBy: OTHER, lastEditedBy: OTHER },
}

type Outcome = 'allowed' | 'fourEyes' | 'refused'

/** What the hooks do with the review action, as the action endpoint asks for it (with a note). */
function workflowAnswer(
  claim: Record<string, unknown>,
  user: { id: number; roles: string[] } | null,
  action: (typeof PERSON_ACTIONS)[number],
): Outcome {
  const to = TRANSITIONS[action].to
  try {
    applyClaimChange({
      data: { ...claim, reviewState: to, reviewNote: 'a note' },
      original: claim,
      substance: MODEL_SUBSTANCE,
      actor: user,
      system: false,
      now: '2026-01-01T00:00:00.000Z',
      action: to,
    })
    return 'allowed'
  } catch (err) {
    if (!(err instanceof WorkflowRefusal)) throw err
    return err.reason === 'fourEyes' ? 'fourEyes' : 'refused'
  }
}

const cases = ROLES.flatMap((roles) =>
  REVIEW_STATES.flatMap((reviewState) =>
    PUBLIC_STATES.flatMap((publicState) =>
      Object.entries(AUTHORSHIP).map(([who, people]) => ({
        roles,
        reviewState,
        publicState,
        who,
        people,
      })),
    ),
  ),
)

describe('the admin offers what the workflow allows', () => {
  test.each(cases)(
    '$roles on a $reviewState claim (public: $publicState, $who)',
    ({ roles, reviewState, publicState, people }) => {
      const user = { id: ME, roles }
      const claim = { id: 1, reviewState, publicState, reviewHistory: [], story: 3, ...people }
      const offered = new Map(
        offeredActions(claim, user).map((o) => [
          o.action,
          o.blockedBecause ? 'fourEyes' : 'allowed',
        ]),
      )
      for (const action of PERSON_ACTIONS) {
        expect([action, offered.get(action) ?? 'refused']).toEqual([
          action,
          workflowAnswer(claim, user, action),
        ])
      }
    },
  )

  test('nobody signed in is offered nothing, and the workflow refuses them everything', () => {
    const claim = { id: 1, reviewState: 'pending' as const, publicState: 'none' as const }
    expect(offeredActions(claim, null)).toEqual([])
    for (const action of PERSON_ACTIONS) expect(workflowAnswer(claim, null, action)).toBe('refused')
  })

  test('the cases cover every kind of answer', () => {
    const answers = new Set(
      cases.flatMap(({ roles, reviewState, publicState, people }) =>
        PERSON_ACTIONS.map((a) =>
          workflowAnswer({ id: 1, reviewState, publicState, ...people }, { id: ME, roles }, a),
        ),
      ),
    )
    expect([...answers].sort()).toEqual(['allowed', 'fourEyes', 'refused'])
  })
})

describe('the person-facing actions come from the transition table', () => {
  test('they are every action but those only the workflow takes', () => {
    expect(PERSON_ACTIONS).toEqual(ACTIONS.filter((a) => TRANSITIONS[a].roles !== 'system'))
    expect(PERSON_ACTIONS).not.toContain('supersede')
  })

  test('each has its endpoint, and nothing else does', () => {
    const paths = claimWorkflowEndpoints(resolveOptions())
      .map((e) => e.path)
      .filter((p) => p.startsWith('/:id/'))
    expect(paths.sort()).toEqual(PERSON_ACTIONS.map((a) => `/:id/${a}`).sort())
  })
})
