/** The plugin's server components, referenced as `payload-plugin-newsroom/rsc#Name`. */
import './newsroom-admin.css'

export { ReviewQueueView } from './ReviewQueueView.js'
