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
  /** The public read API (see docs/public-api.md). */
  publicApi?: PublicApiOptions
  /** Claim suggestions: the extractor runs in worker threads behind a bounded queue. */
  extraction?: ExtractionOptions
}

export interface ExtractionOptions {
  /** Worker threads that run the extractor (default 1: it is CPU-bound, and the server needs a core). */
  threads?: number
  /** Texts that may wait for a thread (default 8); beyond that the request gets 503 with Retry-After. */
  queue?: number
  /** A text still being read after this many seconds is stopped and answered 503 (default 60). */
  timeoutSeconds?: number
}

export interface PublicApiOptions {
  /** Where it is mounted under Payload's API route (default `/public`, so `/api/public/...`). */
  prefix?: string
  /** The in-process cache of rendered responses (default on); `false` renders every request afresh. */
  cache?: boolean
  /** With several server instances: Redis through which they tell each other what to invalidate. */
  redisUrl?: string | null
  /** The Redis channel (default `newsroom:public-cache`); instances of one app share it. */
  redisChannel?: string
  /** `Cache-Control` max-age in seconds (default 30). */
  maxAge?: number
  /** `Cache-Control` stale-while-revalidate in seconds (default 60). */
  staleWhileRevalidate?: number
  /** How many rendered responses the cache keeps (default 2000), least recently used dropped first. */
  cacheEntries?: number
}

export type ResolvedPublicApiOptions = Required<Omit<PublicApiOptions, 'redisUrl'>> & {
  redisUrl: string | null
}

export interface ResolvedNewsroomOptions {
  enabled: boolean
  slugs: NewsroomSlugs
  usersCollection: CollectionSlug
  publicApi: ResolvedPublicApiOptions
  extraction: Required<ExtractionOptions>
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
    publicApi: {
      prefix: `/${(options.publicApi?.prefix ?? '/public').replace(/^\/+|\/+$/g, '')}`,
      cache: options.publicApi?.cache ?? true,
      redisUrl: options.publicApi?.redisUrl || null,
      redisChannel: options.publicApi?.redisChannel ?? 'newsroom:public-cache',
      maxAge: options.publicApi?.maxAge ?? 30,
      staleWhileRevalidate: options.publicApi?.staleWhileRevalidate ?? 60,
      cacheEntries: options.publicApi?.cacheEntries ?? 2000,
    },
    extraction: {
      threads: Math.max(1, Math.floor(options.extraction?.threads ?? 1)),
      queue: Math.max(0, Math.floor(options.extraction?.queue ?? 8)),
      timeoutSeconds: options.extraction?.timeoutSeconds ?? 60,
    },
  }
}
