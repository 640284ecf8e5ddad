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
  /** Bounds on database waits, so no request waits for ever (see docs/reliability.md). */
  database?: DatabaseLimits
}

/** Milliseconds, except `maxTransactions`. */
export interface DatabaseLimits {
  /** The longest a statement waits for a row lock (PostgreSQL `lock_timeout`, default 3000). */
  lockTimeout?: number
  /** The longest one statement runs (PostgreSQL `statement_timeout`, default 8000). */
  statementTimeout?: number
  /** The longest a transaction sits idle before PostgreSQL ends it (default 10000). */
  idleInTransactionTimeout?: number
  /** The longest a request waits for a transaction slot before a 503 (default 5000). */
  transactionWait?: number
  /** Transactions open at once (default: what the PostgreSQL pool can hold with room to spare; 1 on SQLite). */
  maxTransactions?: number
}

export type ResolvedDatabaseLimits = Required<Omit<DatabaseLimits, 'maxTransactions'>> & {
  maxTransactions: number | null
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
  database: ResolvedDatabaseLimits
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
    database: {
      lockTimeout: options.database?.lockTimeout ?? 3000,
      statementTimeout: options.database?.statementTimeout ?? 8000,
      idleInTransactionTimeout: options.database?.idleInTransactionTimeout ?? 10000,
      transactionWait: options.database?.transactionWait ?? 5000,
      maxTransactions: options.database?.maxTransactions ?? null,
    },
  }
}
