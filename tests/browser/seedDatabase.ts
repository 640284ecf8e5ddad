/**
 * Creates the schema and the demo newsroom in the SQLite file named by DATABASE_URL, then exits.
 * Run outside production (where Payload pushes the schema) before a production server starts on it.
 */
import { getPayload } from 'payload'

import config from '../../payload.config.js'
import { closePayload } from '../../demo/database/closePayload.js'
import { seedDemoIfEmpty } from '../../demo/seed/seedDemo.js'

const payload = await getPayload({ config })
await seedDemoIfEmpty(payload)
await closePayload(payload)
process.exit(0)
