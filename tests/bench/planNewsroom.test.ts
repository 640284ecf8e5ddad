import { planNewsroom } from '../../bench/generator/planNewsroom.js'

const options = { seed: 'determinism', claims: [40, 120], reviewQueue: 10 }

describe('bench data plan', () => {
  it('plans the stories and claims asked for, each claim with its steps', () => {
    const plan = planNewsroom(options)
    expect(plan.stories.map((s) => s.claims.length)).toEqual(options.claims)
    for (const claim of plan.stories.flatMap((s) => s.claims))
      expect(claim.steps.length).toBeGreaterThan(0)
  })

  it('is the same for the same seed', () => {
    expect(JSON.stringify(planNewsroom(options))).toBe(JSON.stringify(planNewsroom(options)))
  })

  it('differs for another seed', () => {
    expect(JSON.stringify(planNewsroom({ ...options, seed: 'other' }))).not.toBe(
      JSON.stringify(planNewsroom(options)),
    )
  })

  it('plans a story the same whatever other stories are planned with it', () => {
    const alone = planNewsroom({ ...options, claims: [40] }).stories[0]
    expect(planNewsroom(options).stories[0]).toEqual(alone)
  })

  it('supersedes only approved figure claims of earlier waves, after their last step', () => {
    const story = planNewsroom({ ...options, claims: [400] }).stories[0]
    const superseding = story.claims.filter((c) => c.supersedes !== undefined)
    expect(superseding.length).toBeGreaterThan(10)
    const targets = new Set<number>()
    for (const [i, claim] of story.claims.entries()) {
      if (claim.supersedes === undefined) continue
      const older = story.claims[claim.supersedes]
      expect(Math.floor(claim.supersedes / 8)).toBeLessThan(Math.floor(i / 8))
      expect(older.steps.at(-1)?.action).toBe('approve')
      expect(claim.steps[0].at).toBeGreaterThan(older.steps.at(-1)?.at ?? Infinity)
      expect(targets.has(claim.supersedes)).toBe(false)
      targets.add(claim.supersedes)
    }
  })

  it('never lets the person who wrote a claim review it', () => {
    let approvals = 0
    for (const claim of planNewsroom(options).stories.flatMap((s) => s.claims)) {
      const writers = new Set(
        claim.steps.filter((s) => ['create', 'edit'].includes(s.action)).map((s) => s.by),
      )
      for (const step of claim.steps.filter((s) => s.action === 'approve')) {
        approvals++
        expect(writers.has(step.by)).toBe(false)
      }
    }
    expect(approvals).toBeGreaterThan(10)
  })
})
