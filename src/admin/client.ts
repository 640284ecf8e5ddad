/**
 * The plugin's client components, referenced from the Payload config as
 * `payload-plugin-newsroom/client#Name` (Payload's import map resolves them).
 */
import './newsroom-admin.css'

export { ClaimRefLabel } from './ClaimRefLabel.js'
export { FigurePhraseField } from './FigurePhraseField.js'
export { ReviewPanel } from './ReviewPanel.js'
export { ReviewQueueDashboardLink } from './ReviewQueueDashboardLink.js'
export { ReviewQueueNavLink } from './ReviewQueueNavLink.js'
export { ReviewStateCell } from './ReviewStateCell.js'
export { StoryDeskField } from './StoryDeskField.js'
export { SuggestClaimsField } from './SuggestClaimsField.js'
