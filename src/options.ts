import type { CollectionSlug } from 'payload'

import type { LoginThrottleSettings } from './auth/loginThrottle.js'
import type { CollectionOverride } from './collectionOverride.js'

export type { CollectionOverride }

/** The plugin's one options object, and its defaults. */
export interface NewsroomSlugs {
  claims: CollectionSlug
  /** The public event log (live coverage). */
  events: CollectionSlug
  /** Webhook subscriptions of partner sites. */
  webhooks: CollectionSlug
  /** The webhook delivery log. */
  webhookDeliveries: CollectionSlug
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
  /**
   * Failed logins slow down the address they come from, per account, instead of locking the account
   * (Payload's lock-out, which anyone could trigger, is switched off). `false` keeps Payload's own.
   */
  loginThrottle?: false | LoginThrottleOptions
  /**
   * The newsroom's own website, where people read the stories. JSON-LD, feeds and exports link to its
   * pages and name it as author and publisher. Without it those links and names are left out: the API
   * never passes its own JSON off as the page a reader should see.
   */
  publicSite?: PublicSiteOptions | null
  /** Bounds on database waits, so no request waits for ever (see docs/reliability.md). */
  database?: DatabaseLimits
  /** Bounds on request bodies, on every REST route the instance serves (see README, Reliability). */
  requests?: RequestLimits
  /** Story bundle export and import (see docs/story-bundles.md). */
  bundles?: BundleOptions
  /** Claim suggestions: the extractor runs in worker threads behind a bounded queue. */
  extraction?: ExtractionOptions
  /** Live coverage: the public event log, Server-Sent Events, webhooks (see docs/live-coverage.md). */
  live?: LiveOptions
  /**
   * Per collection, changes to the plugin's collection: `fields: ({ defaultFields }) => Field[]` and any
   * other collection config. A claim field made with `substanceField` is reviewed like the plugin's own.
   */
  overrides?: CollectionOverrides
}

/** The plugin's collections that take an override (see src/collectionOverride.ts). */
export type CollectionOverrides = Partial<
  Record<'claims' | 'sources' | 'stories' | 'updates', CollectionOverride>
>

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
  /**
   * Seconds between checks for embargoes that lifted, which emit their events and drop cached responses
   * (default 1). The public reads judge embargoes themselves, at the moment.
   */
  embargoCheckSeconds?: number
  /** Webhooks to partner sites (see the README, "Webhooks"). */
  webhooks?: WebhookOptions
}

export interface WebhookOptions {
  /** Attempts per delivery before it is marked failed (default 8). */
  maxAttempts?: number
  /** The first retry's delay in milliseconds, doubled for each later one (default 2000). */
  backoffMs?: number
  /** How long one attempt may wait for the receiver's answer, in milliseconds (default 10000). */
  timeoutMs?: number
  /** Failed deliveries in a row after which a subscription is switched off (default 5). */
  disableAfterFailures?: number
  /**
   * Addresses or CIDR ranges webhooks may go to although they are loopback, private or link-local
   * (default none: such targets are refused). E.g. `['127.0.0.1']` for a receiver on the same machine.
   */
  allowPrivateTargets?: string[]
  /**
   * Seconds between runs of the delivery queue (and of Payload's scheduled publications) by the plugin
   * (default 2); new deliveries are also run as soon as their event commits. `false`: the app runs
   * Payload's jobs itself (`jobs.autoRun`, or a cron calling `/api/payload-jobs/run`).
   */
  runSeconds?: number | false
  /** Deliveries one run sends at once (default 20). */
  concurrency?: number
  /** The Jobs Queue queue the deliveries wait in (default `newsroom-webhooks`). */
  queue?: string
  /**
   * A delivery job marked as running but untouched this many seconds was left by an instance that
   * died, and is run again (default 60; keep it above `timeoutMs`).
   */
  staleSeconds?: number
}

export interface RequestLimits {
  /**
   * The largest request body accepted, in bytes (default 1 MiB); a larger one is answered 413 before
   * it is read to the end. Multipart uploads to an upload collection follow Payload's `upload.limits`.
   */
  maxBodyBytes?: number
  /** How deeply a JSON body may nest arrays and objects (default 100); deeper is a 400. */
  maxJsonDepth?: number
}

export type ResolvedRequestLimits = Required<RequestLimits>

export interface BundleOptions {
  /**
   * The largest bundle an import takes, in bytes (default 64 MiB; a bundle carries every version of
   * every claim, far more than `requests.maxBodyBytes` allows elsewhere); larger is a 413 naming it.
   */
  maxBodyBytes?: number
}

export interface ExtractionOptions {
  /** Worker threads that run the extractor (default 1: it is CPU-bound, and the server needs a core). */
  threads?: number
  /** Texts that may wait for a thread (default 8); beyond that the request gets 503 with Retry-After. */
  queue?: number
  /** A text still being read after this many seconds is stopped and answered 503 (default 60). */
  timeoutSeconds?: number
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
  /** The longest a write waits for its turn on one claim (writes of one claim queue) before a 503 (default 15000). */
  claimTurnWait?: number
  /** Transactions open at once (default: what the PostgreSQL pool can hold with room to spare; 1 on SQLite). */
  maxTransactions?: number
}

export type ResolvedDatabaseLimits = Required<Omit<DatabaseLimits, 'maxTransactions'>> & {
  maxTransactions: number | null
}

/** A story as the story-page URL function sees it. */
export interface StoryPageRef {
  id: number | string
  slug: string
}

export interface PublicSiteOptions {
  /** The site's address, e.g. `https://news.example` (absolute http(s)). */
  url: string
  /** The newsroom's name, e.g. "The Example Times": the author and publisher of what it publishes. */
  name: string
  /** An absolute URL of the newsroom's logo (Google wants one for the publisher). */
  logo?: string | null
  /** An absolute URL of an image shown for a story that has none of its own. */
  image?: string | null
  /** The language stories are written in, as a BCP 47 tag (`en`, `en-GB`, `ur`). */
  language?: string | null
  /**
   * Where a story's page is: a template with `{slug}` and/or `{id}`, relative to `url` or absolute
   * (default `/stories/{slug}`), or a function returning an absolute URL.
   */
  storyUrl?: string | ((story: StoryPageRef) => string)
}

export interface ResolvedPublicSite {
  url: string
  name: string
  logo: string | null
  image: string | null
  language: string | null
  storyUrl: (story: StoryPageRef) => string
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
  /**
   * Which other sites' pages may read the API from a browser (CORS): `'*'` (the default: it is public
   * and needs no credentials), a list of origins (`https://news.example`), or `false` for none.
   */
  cors?: '*' | string[] | false
  /**
   * Where problem `type`s point (`<base>/invalid-parameters`, ...): by default the API's own
   * `/problems/...` pages, which describe each problem; give a URL to point at your documentation.
   */
  problemTypeBase?: string | null
  /** The licence of what the API serves, for its OpenAPI document (default "All rights reserved"). */
  license?: { name: string; url?: string; identifier?: string }
}

export type ResolvedPublicApiOptions = Required<
  Omit<PublicApiOptions, 'redisUrl' | 'problemTypeBase'>
> & {
  redisUrl: string | null
  problemTypeBase: string | null
}

export type ResolvedLiveOptions = Required<Omit<LiveOptions, 'webhooks'>> & {
  webhooks: Required<WebhookOptions>
}

export interface ResolvedNewsroomOptions {
  enabled: boolean
  slugs: NewsroomSlugs
  usersCollection: CollectionSlug
  publicApi: ResolvedPublicApiOptions
  loginThrottle: ResolvedLoginThrottleOptions | false
  publicSite: ResolvedPublicSite | null
  database: ResolvedDatabaseLimits
  requests: ResolvedRequestLimits
  bundles: Required<BundleOptions>
  extraction: Required<ExtractionOptions>
  live: ResolvedLiveOptions
  overrides: CollectionOverrides
}

const DEFAULT_SLUGS: NewsroomSlugs = {
  claims: 'claims',
  events: 'newsroom-events' as CollectionSlug,
  webhooks: 'newsroom-webhooks' as CollectionSlug,
  webhookDeliveries: 'newsroom-webhook-deliveries' as CollectionSlug,
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
      cors: resolveCors(options.publicApi?.cors),
      license: options.publicApi?.license ?? { name: 'All rights reserved' },
      problemTypeBase: options.publicApi?.problemTypeBase
        ? options.publicApi.problemTypeBase.replace(/\/+$/, '')
        : null,
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
    database: {
      lockTimeout: options.database?.lockTimeout ?? 3000,
      statementTimeout: options.database?.statementTimeout ?? 8000,
      idleInTransactionTimeout: options.database?.idleInTransactionTimeout ?? 10000,
      transactionWait: options.database?.transactionWait ?? 5000,
      claimTurnWait: options.database?.claimTurnWait ?? 15_000,
      maxTransactions: options.database?.maxTransactions ?? null,
    },
    requests: {
      maxBodyBytes: positiveInteger(
        options.requests?.maxBodyBytes,
        1024 * 1024,
        'requests.maxBodyBytes',
      ),
      maxJsonDepth: positiveInteger(options.requests?.maxJsonDepth, 100, 'requests.maxJsonDepth'),
    },
    bundles: {
      maxBodyBytes: positiveInteger(
        options.bundles?.maxBodyBytes,
        64 * 1024 * 1024,
        'bundles.maxBodyBytes',
      ),
    },
    extraction: {
      threads: Math.max(1, Math.floor(options.extraction?.threads ?? 1)),
      queue: Math.max(0, Math.floor(options.extraction?.queue ?? 8)),
      timeoutSeconds: options.extraction?.timeoutSeconds ?? 60,
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
      embargoCheckSeconds: options.live?.embargoCheckSeconds ?? 1,
      webhooks: {
        maxAttempts: Math.max(1, Math.floor(options.live?.webhooks?.maxAttempts ?? 8)),
        backoffMs: options.live?.webhooks?.backoffMs ?? 2000,
        timeoutMs: options.live?.webhooks?.timeoutMs ?? 10_000,
        disableAfterFailures: options.live?.webhooks?.disableAfterFailures ?? 5,
        allowPrivateTargets: options.live?.webhooks?.allowPrivateTargets ?? [],
        runSeconds: options.live?.webhooks?.runSeconds ?? 2,
        concurrency: options.live?.webhooks?.concurrency ?? 20,
        queue: options.live?.webhooks?.queue ?? 'newsroom-webhooks',
        staleSeconds:
          options.live?.webhooks?.staleSeconds ??
          Math.max(60, Math.ceil((options.live?.webhooks?.timeoutMs ?? 10_000) / 1000) * 3),
      },
    },
    publicSite: options.publicSite ? resolvePublicSite(options.publicSite) : null,
    overrides: options.overrides ?? {},
  }
}

function positiveInteger(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback
  if (!Number.isSafeInteger(value) || value < 1)
    throw new Error(`payload-plugin-newsroom: ${name} must be a positive integer`)
  return value
}

function resolveCors(cors: PublicApiOptions['cors']): '*' | string[] | false {
  if (cors === undefined || cors === '*') return '*'
  if (cors === false) return false
  // An origin is scheme://host[:port], exactly as browsers send it: no path, no trailing slash.
  return cors.map((origin) => {
    const parsed = URL.canParse(origin) ? new URL(origin).origin : 'null'
    if (parsed === 'null' || parsed !== origin.replace(/\/$/, ''))
      throw new Error(`payload-plugin-newsroom: publicApi.cors: "${origin}" is not an origin`)
    return parsed
  })
}

function absoluteUrl(value: string, name: string, base?: string): string {
  let url: URL
  try {
    url = new URL(value, base)
  } catch {
    throw new Error(`payload-plugin-newsroom: publicSite.${name} is not a URL: "${value}"`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`payload-plugin-newsroom: publicSite.${name} must be http(s): "${value}"`)
  return url.href
}

/** Checks the site's addresses once, at start, so a typo fails loudly rather than in every feed. */
export function resolvePublicSite(site: PublicSiteOptions): ResolvedPublicSite {
  if (!site.name?.trim()) throw new Error('payload-plugin-newsroom: publicSite.name is required')
  const url = absoluteUrl(site.url, 'url')
  const template = typeof site.storyUrl === 'string' ? site.storyUrl : '/stories/{slug}'
  if (typeof site.storyUrl !== 'function' && !/\{(slug|id)\}/.test(template))
    throw new Error('payload-plugin-newsroom: publicSite.storyUrl needs {slug} or {id}')
  const fromTemplate = (story: StoryPageRef) =>
    new URL(
      template
        .replace(/\{slug\}/g, encodeURIComponent(story.slug))
        .replace(/\{id\}/g, encodeURIComponent(String(story.id))),
      url,
    ).href
  return {
    url,
    name: site.name.trim(),
    logo: site.logo ? absoluteUrl(site.logo, 'logo', url) : null,
    image: site.image ? absoluteUrl(site.image, 'image', url) : null,
    language: site.language || null,
    storyUrl: typeof site.storyUrl === 'function' ? site.storyUrl : fromTemplate,
  }
}
