import type { Config } from 'payload'

import type { ResolvedNewsroomOptions } from '../options.js'
import { withPublicCacheInvalidation } from './http/cacheInvalidationHooks.js'
import { publicEndpoints } from './http/publicEndpoints.js'
import { startPublicApiRuntime } from './http/publicApiRuntime.js'

/**
 * Adds the public read API to a config the plugin has built: its endpoints, the hooks that invalidate its
 * cache (after the collections' own hooks, so the workflow runs first) and its cache and Redis at init.
 */
export function withPublicApi(config: Config, options: ResolvedNewsroomOptions): Config {
  if (!options.enabled) return config
  const newsroom = new Set<string>(Object.values(options.slugs))
  return {
    ...config,
    collections: (config.collections ?? []).map((c) =>
      newsroom.has(c.slug) ? withPublicCacheInvalidation(c, options.slugs) : c,
    ),
    endpoints: [...(config.endpoints ?? []), ...publicEndpoints(options)],
    onInit: async (payload) => {
      await config.onInit?.(payload)
      await startPublicApiRuntime(payload, options.publicApi)
    },
  }
}
