import type { Config } from 'payload'

import type { ResolvedNewsroomOptions } from '../options.js'
import { limitRequestBodies } from './bodyLimits.js'
import { boundTransactions } from './boundTransactions.js'
import { answerDatabaseFailures } from './errorAnswers.js'
import { answerClientMistakes, guardEveryCollection } from './inputErrors.js'
import { claimingSqliteFile } from './sqliteSingleProcess.js'
import { surfaceFailedCommits } from './surfaceFailedCommits.js'
import { watchDatabaseFailures } from './watchDatabaseFailures.js'

/**
 * What keeps every host of the plugin (Next's route handlers, Express, the Local API) answering when
 * the database is slow, contended or gone: bounded transactions and waits, and 503 with Retry-After
 * for a database failure instead of a 500 or a wrong "anonymous". Like every behaviour of the plugin,
 * left out with `enabled: false`, which promises the schema and nothing else.
 */
export function withReliability(config: Config, options: ResolvedNewsroomOptions): Config {
  if (!options.enabled) return config
  return {
    ...config,
    ...(config.db ? { db: claimingSqliteFile(config.db) } : {}),
    hooks: {
      ...config.hooks,
      afterError: [
        ...(config.hooks?.afterError ?? []),
        answerDatabaseFailures,
        answerClientMistakes,
      ],
    },
    onInit: async (payload) => {
      guardEveryCollection(payload)
      surfaceFailedCommits(payload)
      boundTransactions(payload, options.database)
      limitRequestBodies(payload, options.requests)
      watchDatabaseFailures(payload)
      await config.onInit?.(payload)
    },
  }
}
