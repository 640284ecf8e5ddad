import type { Config } from 'payload'

import type { ResolvedNewsroomOptions } from '../options.js'
import { boundTransactions } from './boundTransactions.js'
import { answerDatabaseFailures } from './errorAnswers.js'
import { watchDatabaseFailures } from './watchDatabaseFailures.js'

/**
 * What keeps every host of the plugin (Next's route handlers, Express, the Local API) answering when
 * the database is slow, contended or gone: bounded transactions and waits, and 503 with Retry-After
 * for a database failure instead of a 500 or a wrong "anonymous". Added even with `enabled: false`:
 * it changes no behaviour a working database shows.
 */
export function withReliability(config: Config, opts: ResolvedNewsroomOptions): Config {
  return {
    ...config,
    hooks: {
      ...config.hooks,
      afterError: [...(config.hooks?.afterError ?? []), answerDatabaseFailures],
    },
    onInit: async (payload) => {
      boundTransactions(payload, opts.database)
      watchDatabaseFailures(payload)
      await config.onInit?.(payload)
    },
  }
}
