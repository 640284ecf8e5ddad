import type { CollectionConfig, Config, Plugin } from 'payload'

import { createClaimsCollection } from '../collections/Claim.js'
import { createSourcesCollection } from '../collections/Source.js'
import { createStoriesCollection } from '../collections/Story.js'
import { createUpdatesCollection } from '../collections/Update.js'
import { withCollectionOverride } from './collectionOverride.js'
import { firstUserIsAdmin } from './access/firstUserIsAdmin.js'
import { queryPathGuard } from './access/queryPathGuard.js'
import { rolesField } from './access/roles.js'
import { userAccess } from './access/userAccess.js'
import { throttledLoginEndpoint } from './auth/throttledLogin.js'
import { withNewsroomAdmin } from './admin/adminComponents.js'
import { extractEndpoint } from './extract/endpoints.js'
import { withLiveCoverage } from './live/withLiveCoverage.js'
import { publicFallbackEndpoints } from './public/http/publicEndpoints.js'
import { withPublicApi } from './public/withPublicApi.js'
import { withReliability } from './reliability/withReliability.js'
import {
  resolveOptions,
  type NewsroomPluginOptions,
  type ResolvedNewsroomOptions,
} from './options.js'

/**
 * Payload's lock-out (anyone can lock a named account) replaced by the plugin's throttling. The limit is
 * set out of reach rather than to 0, which would drop Payload's `loginAttempts`/`lockUntil` columns: the
 * schema stays the same with the plugin on, off or throttling switched off.
 */
function withLoginThrottle(
  users: CollectionConfig,
  options: ResolvedNewsroomOptions,
): CollectionConfig {
  if (!options.enabled || !options.loginThrottle || !users.auth || users.endpoints === false)
    return users
  const auth = users.auth === true ? {} : users.auth
  return {
    ...users,
    auth: { ...auth, maxLoginAttempts: Number.MAX_SAFE_INTEGER },
    endpoints: [
      throttledLoginEndpoint(users.slug, options.loginThrottle),
      ...(Array.isArray(users.endpoints) ? users.endpoints : []),
    ],
  }
}

function withRoles(users: CollectionConfig, options: ResolvedNewsroomOptions): CollectionConfig {
  const hasRoles = users.fields.some((f) => 'name' in f && f.name === 'roles')
  return {
    ...withLoginThrottle(users, options),
    fields: hasRoles ? users.fields : [...users.fields, rolesField()],
    access: options.enabled ? { ...userAccess(), ...users.access } : users.access,
    hooks: options.enabled
      ? { ...users.hooks, beforeChange: [firstUserIsAdmin, ...(users.hooks?.beforeChange ?? [])] }
      : users.hooks,
  }
}

/** Filters and sorts through a user, or by a hidden field, refused on the plugin's collections and users. */
function withQueryPathGuard(
  collections: CollectionConfig[],
  options: ResolvedNewsroomOptions,
): CollectionConfig[] {
  if (!options.enabled) return collections
  const guarded = new Set<string>([...Object.values(options.slugs), options.usersCollection])
  const guard = queryPathGuard(options.usersCollection)
  return collections.map((c) =>
    guarded.has(c.slug)
      ? {
          ...c,
          hooks: { ...c.hooks, beforeOperation: [guard, ...(c.hooks?.beforeOperation ?? [])] },
        }
      : c,
  )
}

/**
 * Adds the newsroom collections, the `roles` field on the auth collection, the claim workflow and
 * their access rules. With `enabled: false` the schema is the same and no behaviour is added.
 */
export const newsroomPlugin =
  (pluginOptions: NewsroomPluginOptions = {}): Plugin =>
  (config: Config): Config => {
    const options = resolveOptions(pluginOptions, config.admin?.user)
    const collections = (config.collections ?? []).map((c) =>
      c.slug === options.usersCollection ? withRoles(c, options) : c,
    )
    if (!collections.some((c) => c.slug === options.usersCollection)) {
      throw new Error(
        `payload-plugin-newsroom: no auth collection "${options.usersCollection}" to add roles to.`,
      )
    }
    const allCollections = withQueryPathGuard(
      [
        ...collections,
        withCollectionOverride(createStoriesCollection(options), options.overrides.stories),
        withCollectionOverride(createUpdatesCollection(options), options.overrides.updates),
        // The claims collection takes its override itself: its fields decide its substance.
        createClaimsCollection(options),
        withCollectionOverride(createSourcesCollection(options), options.overrides.sources),
      ],
      options,
    )
    const newsroomConfig = withPublicApi(
      {
        ...config,
        // Refused requests are the caller's mistakes, not server errors.
        loggingLevels: {
          NewsroomRefusal: 'info',
          BodyTooLarge: 'info',
          BodyTooDeep: 'info',
          ...config.loggingLevels,
        } as Config['loggingLevels'],
        endpoints: [
          ...(config.endpoints ?? []),
          ...(options.enabled ? [extractEndpoint(options)] : []),
        ],
        // The admin components act through the workflow: with `enabled: false` Payload's defaults stay.
        ...(options.enabled
          ? withNewsroomAdmin(config, allCollections, options)
          : { collections: allCollections }),
      },
      options,
    )
    const withAll = withReliability(withLiveCoverage(newsroomConfig, options), options)
    // Last: they answer whatever path under the public prefix nothing before them did.
    return options.enabled
      ? {
          ...withAll,
          endpoints: [...(withAll.endpoints ?? []), ...publicFallbackEndpoints(options)],
        }
      : withAll
  }
