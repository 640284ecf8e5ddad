export { newsroomPlugin } from './plugin.js'
export type { NewsroomPluginOptions, NewsroomSlugs } from './options.js'
export { ROLES, type Role } from './access/roles.js'
export { REVIEW_STATES, PUBLIC_STATES, TRANSITIONS, type ReviewState } from './workflow/states.js'
