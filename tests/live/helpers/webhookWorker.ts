/**
 * A newsroom instance that only runs the webhook deliveries, for the crash test: started as its own
 * process on the database in DATABASE_URL, killed with SIGKILL, started again.
 */
import { getPayload } from 'payload'

import { buildAppConfig } from '../../../demo/appConfig.js'

const payload = await getPayload({
  config: buildAppConfig({
    logLevel: 'warn',
    secret: 'webhook-worker-secret',
    newsroom: {
      live: {
        webhooks: {
          allowPrivateTargets: ['127.0.0.1'],
          runSeconds: 0.2,
          backoffMs: 100,
          timeoutMs: 60_000,
          // An attempt left by a killed instance is picked up again this soon (the test's patience).
          staleSeconds: 2,
        },
      },
    },
  }),
})
process.stdout.write(`ready ${payload.db.name}\n`)
setInterval(() => undefined, 1 << 30)
