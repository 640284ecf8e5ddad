import type { Config } from 'payload'

import { resolveOptions, type CollectionOverrides, type NewsroomSlugs } from '../../src/options.js'
import { newsroomPlugin } from '../../src/plugin.js'

const app = (): Config =>
  ({
    secret: 'x',
    db: {} as Config['db'],
    collections: [{ slug: 'users', auth: true, fields: [] }],
  }) as Config

/**
 * The stored schema of a collection: its fields without what is not stored (`ui` fields, `admin`
 * options, and the behaviour `enabled: false` leaves out: field `access` rules and `hooks`).
 */
const NOT_STORED = new Set(['admin', 'access', 'hooks'])
const fieldNames = (config: Config, slug: string) =>
  JSON.stringify(
    config.collections?.find((c) => c.slug === slug)?.fields.filter((f) => f.type !== 'ui'),
    (key, value) => (typeof value === 'function' || NOT_STORED.has(key) ? undefined : value),
  )

describe('newsroomPlugin options', () => {
  it('adds the four collections and the roles field with default slugs', async () => {
    const config = await newsroomPlugin()(app())
    expect(config.collections?.map((c) => c.slug)).toEqual([
      'users',
      'stories',
      'updates',
      'claims',
      'sources',
      'newsroom-events',
      'newsroom-webhooks',
      'newsroom-webhook-deliveries',
    ])
    expect(config.collections?.[0].fields.map((f) => ('name' in f ? f.name : null))).toContain(
      'roles',
    )
  })

  it('uses configured slugs everywhere, relationships included', async () => {
    const config = await newsroomPlugin({
      slugs: { claims: 'reports', sources: 'origins', events: 'public-log' },
    })(app())
    expect(config.collections?.map((c) => c.slug)).toEqual([
      'users',
      'stories',
      'updates',
      'reports',
      'origins',
      'public-log',
      'newsroom-webhooks',
      'newsroom-webhook-deliveries',
    ])
    expect(fieldNames(config, 'reports')).toContain('"relationTo":"origins"')
    expect(fieldNames(config, 'reports')).not.toContain('"relationTo":"sources"')
  })

  it('takes a slug for every one of its collections, and no relationship keeps a default slug', async () => {
    const stock = await newsroomPlugin()(app())
    const defaults = resolveOptions({}).slugs
    const custom = Object.fromEntries(
      Object.keys(defaults).map((key) => [key, `x-${key.toLowerCase()}`]),
    ) as unknown as Record<keyof NewsroomSlugs, string>
    const config = await newsroomPlugin({ slugs: custom })(app())
    const slugs = config.collections?.map((c) => c.slug) ?? []
    for (const key of Object.keys(defaults) as (keyof NewsroomSlugs)[]) {
      expect(slugs).toContain(custom[key])
      expect(slugs).not.toContain(defaults[key])
    }
    expect(slugs.length).toBe(stock.collections?.length)
    const schema = JSON.stringify(config.collections?.map((c) => c.fields))
    for (const slug of Object.values(defaults))
      expect(schema).not.toContain(`"relationTo":"${slug}"`)
  })

  it('applies an override to each collection that takes one', async () => {
    const keys = ['stories', 'updates', 'claims', 'sources'] as const
    const config = await newsroomPlugin({
      overrides: Object.fromEntries(
        keys.map((key) => [
          key,
          {
            fields: ({ defaultFields }) => [...defaultFields, { name: `${key}Desk`, type: 'text' }],
            admin: { group: `Desk ${key}` },
          },
        ]),
      ) as CollectionOverrides,
    })(app())
    for (const key of keys) {
      const collection = config.collections?.find((c) => c.slug === key)
      expect(collection?.fields.map((f) => ('name' in f ? f.name : null))).toContain(`${key}Desk`)
      expect(collection?.admin?.group).toBe(`Desk ${key}`)
    }
  })

  it('with enabled: false keeps the same schema but adds no access rules, hooks or endpoints', async () => {
    const on = await newsroomPlugin()(app())
    const off = await newsroomPlugin({ enabled: false })(app())
    for (const slug of ['users', 'stories', 'updates', 'claims', 'sources', 'newsroom-events']) {
      expect(fieldNames(off, slug)).toBe(fieldNames(on, slug))
    }
    const claims = off.collections?.find((c) => c.slug === 'claims')
    expect(claims?.hooks).toBeUndefined()
    expect(claims?.endpoints).toBeUndefined()
    expect(claims?.access).toBeUndefined()
    expect(off.endpoints ?? []).toEqual([])
  })

  it('applies a per-collection override: fields from the defaults, config laid over, hooks after its own', async () => {
    const audit = () => undefined
    const config = await newsroomPlugin({
      overrides: {
        sources: {
          fields: ({ defaultFields }) => [...defaultFields, { name: 'desk', type: 'text' }],
          admin: { group: 'Desk' },
          hooks: { beforeChange: [audit] },
        },
        claims: { admin: { defaultColumns: ['statement'] } },
      },
    })(app())
    const sources = config.collections?.find((c) => c.slug === 'sources')
    expect(sources?.fields.map((f) => ('name' in f ? f.name : null))).toContain('desk')
    expect(sources?.fields.map((f) => ('name' in f ? f.name : null))).toContain('publicName')
    expect(sources?.admin?.group).toBe('Desk')
    expect(sources?.admin?.useAsTitle).toBe('name')
    const stock = (await newsroomPlugin()(app())).collections?.find((c) => c.slug === 'sources')
    const before = stock?.hooks?.beforeChange ?? []
    expect(sources?.hooks?.beforeChange?.length).toBe(before.length + 1)
    expect(sources?.hooks?.beforeChange?.at(-1)).toBe(audit)
    const claims = config.collections?.find((c) => c.slug === 'claims')
    expect(claims?.admin?.defaultColumns).toEqual(['statement'])
    expect(claims?.admin?.useAsTitle).toBe('statement')
    expect(claims?.hooks?.beforeChange?.length).toBeGreaterThan(0)
  })

  it('names the missing auth collection instead of failing later', () => {
    expect(() => newsroomPlugin({ usersCollection: 'staff' })(app())).toThrow(/"staff"/)
  })
})
