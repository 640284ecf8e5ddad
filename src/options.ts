import type { CollectionSlug } from 'payload'

/** The plugin's one options object, and its defaults. */
export interface NewsroomSlugs {
  claims: CollectionSlug
  sources: CollectionSlug
  stories: CollectionSlug
  updates: CollectionSlug
}

export interface NewsroomPluginOptions {
  /** `false` keeps every collection and field (a stable schema) but adds no hooks, access rules or endpoints. */
  enabled?: boolean
  /** Collection slugs; the defaults are `stories`, `updates`, `claims`, `sources`. */
  slugs?: Partial<Record<keyof NewsroomSlugs, string>>
  /** The auth collection that gets the `roles` field; defaults to `admin.user` or `users`. */
  usersCollection?: string
  /** Where the public read API is mounted under Payload's API route (default `/public`). */
  publicApiPrefix?: string
}

export interface ResolvedNewsroomOptions {
  enabled: boolean
  slugs: NewsroomSlugs
  usersCollection: CollectionSlug
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
    // Slugs are the app's own strings; its generated types know them as CollectionSlug.
    slugs: { ...DEFAULT_SLUGS, ...(options.slugs as Partial<NewsroomSlugs>) },
    usersCollection: (options.usersCollection ?? configUsersSlug ?? 'users') as CollectionSlug,
    publicApiPrefix: options.publicApiPrefix ?? '/public',
  }
}
