/** The plugin's server components, referenced as `payload-plugin-newsroom/rsc#Name`. */
import './newsroom-admin.css'

export { PersonField } from './PersonField.js'
export { RelationTitleCell } from './RelationTitleCell.js'
export { ReviewQueueView } from './ReviewQueueView.js'
