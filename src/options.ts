import type { CollectionSlug } from 'payload'

import type { LoginThrottleSettings } from './auth/loginThrottle.js'

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
  /**
   * Failed logins slow down the address they come from, per account, instead of locking the account
   * (Payload's lock-out, which anyone could trigger, is switched off). `false` keeps Payload's own.
   */
  loginThrottle?: false | LoginThrottleOptions
}

export interface LoginThrottleOptions extends Partial<LoginThrottleSettings> {
  /**
   * Reverse proxies in front of the app that append to `X-Forwarded-For` (default 0): the client's
   * address is the hop that many places from the end.
   */
  trustedProxies?: number
}

export type ResolvedLoginThrottleOptions = LoginThrottleSettings & { trustedProxies: number }

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
  loginThrottle: ResolvedLoginThrottleOptions | false
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
    loginThrottle:
      options.loginThrottle === false
        ? false
        : {
            freeAttemptsPerAccount: 5,
            freeAttemptsPerAddress: 20,
            baseDelaySeconds: 1,
            maxDelaySeconds: 60,
            windowSeconds: 900,
            maxEntries: 10_000,
            trustedProxies: 0,
            ...options.loginThrottle,
          },
  }
}
