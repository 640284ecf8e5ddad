import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type CollectionConfig } from 'payload'
import { newsroomPlugin } from 'payload-plugin-newsroom'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * A newsroom's own Payload app. CONSUMER_VARIANT picks one of two setups of the same build:
 * - `plain`: the plugin with its defaults beside a bare `users` collection;
 * - `custom`: custom collection slugs, an auth collection (`staff`) that already has its own hooks and
 *   access rules, and Payload's SEO plugin on the stories collection beside ours.
 */
const variant = process.env.CONSUMER_VARIANT === 'custom' ? 'custom' : 'plain'

const users: CollectionConfig = {
  slug: 'users',
  auth: true,
  admin: { useAsTitle: 'email' },
  fields: [],
}

/** An auth collection as a newsroom may already have it: its own field, hook and access rules. */
const staff: CollectionConfig = {
  slug: 'staff',
  auth: true,
  admin: { useAsTitle: 'email' },
  access: {
    // Staff see the staff list; nobody else does.
    read: ({ req }) => Boolean(req.user),
    // Only a signed-in member adds another (the first one registers through /admin/create-first-user).
    create: ({ req }) => Boolean(req.user),
  },
  hooks: {
    beforeChange: [
      ({ data }) => ({
        ...data,
        byline: data.byline || String(data.email ?? '').split('@')[0],
      }),
    ],
  },
  fields: [{ name: 'byline', type: 'text' }],
}

const slugs = {
  stories: 'articles',
  updates: 'dispatches',
  claims: 'assertions',
  sources: 'informants',
}

export default buildConfig({
  secret: process.env.PAYLOAD_SECRET || '',
  telemetry: false,
  admin: {
    user: variant === 'custom' ? 'staff' : 'users',
    avatar: 'default',
    importMap: { baseDir: dirname },
  },
  editor: lexicalEditor(),
  db: sqliteAdapter({
    client: {
      url: process.env.DATABASE_URI || `file:${path.join(dirname, 'data', `${variant}.db`)}`,
    },
    migrationDir: path.join(dirname, 'migrations', variant),
  }),
  collections: [variant === 'custom' ? staff : users],
  plugins:
    variant === 'custom'
      ? [
          newsroomPlugin({ slugs, usersCollection: 'staff' }),
          seoPlugin({ collections: [slugs.stories] }),
        ]
      : [newsroomPlugin()],
  typescript: { outputFile: path.join(dirname, 'payload-types.ts'), autoGenerate: false },
})
