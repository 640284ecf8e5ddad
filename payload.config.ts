import { buildAppConfig } from './demo/appConfig.js'

/** The app: DATABASE_URL picks the database (see README); the newsroom plugin does the rest. */
export default buildAppConfig()
