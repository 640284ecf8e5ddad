/**
 * The plugin's own document types (src/documents.ts) against the demo app's generated ones
 * (payload-types.ts): checked by `npm run typecheck`, which fails when a collection's field is renamed or
 * retyped and src/documents.ts is not (the demo is configured with the plugin's defaults).
 */
import type { Claim, Source, Story, Update } from '../../payload-types.js'
import type { StoredClaim, StoredSource, StoredStory, StoredUpdate } from '../../src/documents.js'

/** Every generated document can be read as ours… */
type Fits<Generated, Ours> = [Generated] extends [Ours] ? true : false
/** …and ours names no field the collection does not have. */
type NoExtra<Generated, Ours> = [Exclude<keyof Ours, keyof Generated>] extends [never]
  ? true
  : false

// The approved version is a JSON field: generated as any JSON value, typed by us from the claim model.
const checks = {
  claim: true as Fits<Omit<Claim, 'approvedVersion'>, StoredClaim>,
  claimFields: true as NoExtra<Claim, StoredClaim>,
  story: true as Fits<Story, StoredStory>,
  storyFields: true as NoExtra<Story, StoredStory>,
  update: true as Fits<Update, StoredUpdate>,
  updateFields: true as NoExtra<Update, StoredUpdate>,
  source: true as Fits<Source, StoredSource>,
  sourceFields: true as NoExtra<Source, StoredSource>,
} satisfies Record<string, true>

describe('the stored document types', () => {
  it('fit the generated ones (a type check: `npm run typecheck` fails otherwise)', () => {
    expect(Object.values(checks).every(Boolean)).toBe(true)
  })
})
