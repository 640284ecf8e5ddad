/** The plugin's one options object, and its defaults. */
export interface NewsroomSlugs {
  claims: string
  sources: string
  stories: string
  updates: string
}

export interface NewsroomPluginOptions {
  /** `false` keeps every collection and field (a stable schema) but adds no hooks, access rules or endpoints. */
  enabled?: boolean
  /** Collection slugs; the defaults are `stories`, `updates`, `claims`, `sources`. */
  slugs?: Partial<NewsroomSlugs>
  /** The auth collection that gets the `roles` field; defaults to `admin.user` or `users`. */
  usersCollection?: string
  /** Where the public read API is mounted under Payload's API route (default `/public`). */
  publicApiPrefix?: string
}

export interface ResolvedNewsroomOptions {
  enabled: boolean
  slugs: NewsroomSlugs
  usersCollection: string
  publicApiPrefix: string
}

export const DEFAULT_SLUGS: NewsroomSlugs = {
  claims: 'claims',
  sources: 'sources',
  stories: 'stories',
  updates: 'updates',
}

export function resolveOptions(
  options: NewsroomPluginOptions = {},
  configUsersSlug?: string,
): ResolvedNewsroomOptions {
  return {
    enabled: options.enabled ?? true,
    slugs: { ...DEFAULT_SLUGS, ...options.slugs },
    usersCollection: options.usersCollection ?? configUsersSlug ?? 'users',
    publicApiPrefix: options.publicApiPrefix ?? '/public',
  }
}
