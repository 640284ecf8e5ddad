import { offeredActions, type ReviewedClaim } from '../../src/admin/offeredActions.js'
import { englishText } from '../../src/i18n/translate.js'

const editor = { id: 1, roles: ['editor'] }
const reviewer = { id: 2, roles: ['reviewer'] }
const both = { id: 3, roles: ['editor', 'reviewer'] }
const actions = (claim: ReviewedClaim, user: { id: number; roles: string[] } | null) =>
  offeredActions(claim, user).map((a) => a.action)

describe('the review buttons the admin panel offers', () => {
  test('follow the workflow: role and starting state', () => {
    expect(actions({ reviewState: 'draft' }, editor)).toEqual(['submit'])
    expect(actions({ reviewState: 'draft' }, reviewer)).toEqual([])
    expect(actions({ reviewState: 'pending' }, reviewer)).toEqual(['approve', 'reject'])
    expect(actions({ reviewState: 'pending' }, editor)).toEqual([])
    expect(actions({ reviewState: 'rejected' }, editor)).toEqual(['revise'])
    expect(actions({ reviewState: 'approved', publicState: 'approved' }, reviewer)).toEqual([
      'retract',
    ])
    expect(actions({ reviewState: 'retracted' }, both)).toEqual([])
    expect(actions({ reviewState: 'pending' }, null)).toEqual([])
  })

  test('an approved claim under revision can still be retracted', () => {
    expect(actions({ reviewState: 'draft', publicState: 'approved' }, both)).toEqual([
      'submit',
      'retract',
    ])
  })

  test('approval is shown blocked, with the reason, on a claim the reviewer created or last edited', () => {
    const own = offeredActions({ reviewState: 'pending', createdBy: 3, lastEditedBy: 1 }, both)
    const reason = (offered: typeof own) => {
      const blocked = offered.find((a) => a.action === 'approve')?.blockedBecause
      return blocked ? englishText(blocked) : null
    }
    expect(reason(own)).toMatch(/you created/)
    const edited = offeredActions(
      { reviewState: 'pending', createdBy: { id: 1 }, lastEditedBy: { id: 3 } },
      both,
    )
    expect(reason(edited)).toMatch(/edited this claim last/)
    const other = offeredActions({ reviewState: 'pending', createdBy: 1, lastEditedBy: 1 }, both)
    expect(other.every((a) => a.blockedBecause === null)).toBe(true)
  })
})

describe('the buttons come from the workflow, not a copy of its rules', () => {
  test('a claim that only the workflow moves (superseded) offers nothing, even to an admin', () => {
    const admin = { id: 9, roles: ['admin'] }
    expect(actions({ reviewState: 'superseded', publicState: 'superseded' }, admin)).toEqual([])
    expect(actions({ reviewState: 'pending' }, admin)).toEqual(['approve', 'reject'])
  })
})
