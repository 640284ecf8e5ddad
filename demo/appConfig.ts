import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig, type Config, type SanitizedConfig } from 'payload'

import { adapterFromUrl } from './database/adapterFromUrl.js'
import { newsroomPlugin, type NewsroomPluginOptions } from 'payload-plugin-newsroom'

/** The project root (this file lives in demo/). */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export interface AppConfigOptions {
  databaseUrl?: string
  secret?: string
  newsroom?: NewsroomPluginOptions
  /** Payload's log level (default: LOG_LEVEL, else Payload's own logger at info). */
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent'
  /** Payload's jobs settings of the app (e.g. `autoRun`); the plugin adds its task to them. */
  jobs?: Config['jobs']
  /**
   * Payload's i18n (the languages the admin and the API answer in). By default English and German,
   * the plugin's two: the browser's language (Accept-Language) or the account's choice picks one.
   */
  i18n?: Config['i18n']
}

function secretFor(env: NodeJS.ProcessEnv): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  if (env.NODE_ENV === 'production') throw new Error('Set PAYLOAD_SECRET in production.')
  return 'newsroom-development-secret-not-for-production'
}

/** The public API's settings from the environment: REDIS_URL, NEWSROOM_PUBLIC_CACHE=off. Options win. */
export function publicApiFrom(
  env: Record<string, string | undefined>,
  options: NewsroomPluginOptions = {},
): NewsroomPluginOptions {
  return {
    ...options,
    publicApi: {
      cache: env.NEWSROOM_PUBLIC_CACHE !== 'off',
      redisUrl: env.REDIS_URL || null,
      ...options.publicApi,
    },
  }
}

/** The app around the plugin: users, the database from DATABASE_URL, and the newsroom plugin. */
export function buildAppConfig(options: AppConfigOptions = {}): Promise<SanitizedConfig> {
  const level = options.logLevel ?? process.env.LOG_LEVEL
  return buildConfig({
    secret: options.secret ?? secretFor(process.env),
    telemetry: false,
    // Payload's pretty logger by default; with a level set, plain JSON lines from pino.
    ...(level ? { logger: { options: { level } } } : {}),
    admin: { user: 'users', avatar: 'default', importMap: { baseDir: root } },
    editor: lexicalEditor(),
    db: adapterFromUrl(options.databaseUrl ?? process.env.DATABASE_URL, root),
    collections: [
      {
        slug: 'users',
        auth: true,
        admin: { useAsTitle: 'email' },
        fields: [{ name: 'name', type: 'text' }],
      },
    ],
    ...(options.jobs ? { jobs: options.jobs } : {}),
    i18n: options.i18n ?? { fallbackLanguage: 'en', supportedLanguages: { en, de } },
    plugins: [newsroomPlugin(publicApiFrom(process.env, options.newsroom))],
    // Types are generated on purpose (npm run generate:types) and committed, not on every start.
    typescript: { outputFile: path.join(root, 'payload-types.ts'), autoGenerate: false },
  })
}
