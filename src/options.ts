import type { CollectionSlug } from 'payload'

/** The plugin's one options object, and its defaults. */
export interface NewsroomSlugs {
  claims: CollectionSlug
  /** The public event log (live coverage). */
  events: CollectionSlug
  sources: CollectionSlug
  stories: CollectionSlug
  updates: CollectionSlug
}

export interface NewsroomPluginOptions {
  /** `false` keeps every collection and field (a stable schema) but adds no hooks, access rules or endpoints. */
  enabled?: boolean
  /** Collection slugs; the defaults are `stories`, `updates`, `claims`, `sources`, `newsroom-events`. */
  slugs?: Partial<Record<keyof NewsroomSlugs, string>>
  /** The auth collection that gets the `roles` field; defaults to `admin.user` or `users`. */
  usersCollection?: string
  /** The public read API (see docs/public-api.md). */
  publicApi?: PublicApiOptions
  /** Live coverage: the public event log, Server-Sent Events, webhooks (see docs/live-coverage.md). */
  live?: LiveOptions
}

export interface LiveOptions {
  /** Server-Sent Events connections one instance keeps open; past it a 503 with Retry-After (default 5000). */
  maxConnections?: number
  /** Seconds between heartbeat comments on an idle stream (default 15). */
  heartbeatSeconds?: number
  /** The reconnection delay sent to EventSource clients as `retry:` in milliseconds (default 3000). */
  retryMs?: number
  /**
   * Seconds between reads of the log while streams are open, a safety net for a missed notification
   * (default 5). Commits on this instance, and with Redis on every instance, are pushed at once.
   */
  pollSeconds?: number
  /** The Redis channel for new events (default `<publicApi.redisChannel>:events`, on `publicApi.redisUrl`). */
  redisChannel?: string
  /** The clock embargoes are judged by (default the system clock); tests inject one. */
  now?: () => Date
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

export type ResolvedLiveOptions = Required<LiveOptions>

export interface ResolvedNewsroomOptions {
  enabled: boolean
  slugs: NewsroomSlugs
  usersCollection: CollectionSlug
  publicApi: ResolvedPublicApiOptions
  live: ResolvedLiveOptions
}

export const DEFAULT_SLUGS: NewsroomSlugs = {
  claims: 'claims',
  events: 'newsroom-events' as CollectionSlug,
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
    live: {
      maxConnections: options.live?.maxConnections ?? 5000,
      heartbeatSeconds: options.live?.heartbeatSeconds ?? 15,
      retryMs: options.live?.retryMs ?? 3000,
      pollSeconds: options.live?.pollSeconds ?? 5,
      redisChannel:
        options.live?.redisChannel ??
        `${options.publicApi?.redisChannel ?? 'newsroom:public-cache'}:events`,
      now: options.live?.now ?? (() => new Date()),
    },
  }
}
