export { newsroomPlugin } from './plugin.js'
export type { NewsroomPluginOptions, NewsroomSlugs } from './options.js'
export { ROLES, type Role } from './access/roles.js'
export { REVIEW_STATES, PUBLIC_STATES, TRANSITIONS, type ReviewState } from './workflow/states.js'
export {
  ATTRIBUTION_VERBS,
  CLAIM_KINDS,
  CLAIM_SUBSTANCE,
  SUBSTANCE_FIELDS,
  type ClaimSubstance,
} from './claims/claimModel.js'
export { substanceField } from './workflow/substance.js'
export type { CollectionOverride, CollectionOverrides } from './options.js'
