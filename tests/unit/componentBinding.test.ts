/**
 * The admin components are bound where their fields are made (collections/*.ts), as Payload's own
 * plugins bind theirs: a collection factory's output already carries them, an override's
 * `defaultFields` sees them, and no later pass attaches them by field name. Their import-map paths
 * live once (src/admin/componentPaths.ts) and each resolves in the app's generated import map.
 */
import fs from 'node:fs'
import path from 'node:path'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type Config, type Field } from 'payload'

import { createClaimsCollection } from '../../collections/Claim.js'
import { createStoriesCollection } from '../../collections/Story.js'
import { createUpdatesCollection } from '../../collections/Update.js'
import { COMPONENT_PATHS } from '../../src/admin/componentPaths.js'
import { resolveOptions } from '../../src/options.js'
import { newsroomPlugin } from '../../src/plugin.js'

const root = path.resolve(import.meta.dirname, '../..')
const PATH_PATTERN = /payload-plugin-newsroom\/(?:client|rsc)#\w+/g

/** Every component path a config names, wherever it sits (fields, blocks, views, nav). */
function pathsIn(
  value: unknown,
  found = new Set<string>(),
  seen = new Set<unknown>(),
): Set<string> {
  if (typeof value === 'string') {
    for (const m of value.match(PATH_PATTERN) ?? []) found.add(m)
  } else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value)
    for (const v of Object.values(value)) pathsIn(v, found, seen)
  }
  return found
}

const named = (fields: Field[], name: string): Field | undefined => {
  for (const f of fields) {
    if ('name' in f && f.name === name) return f
    if ('fields' in f && Array.isArray(f.fields)) {
      const inner = named(f.fields as Field[], name)
      if (inner) return inner
    }
  }
  return undefined
}
const componentsOf = (field: Field | undefined) =>
  (field?.admin as { components?: Record<string, unknown> } | undefined)?.components

const app = (): Config =>
  ({
    secret: 'x',
    db: {} as Config['db'],
    collections: [{ slug: 'users', auth: true, fields: [] }],
  }) as Config

describe('admin components bound where the fields are made', () => {
  const options = resolveOptions({})

  it('the claims factory binds the badge, review panel, phrase read-back, people and title cells', () => {
    const { fields } = createClaimsCollection(options)
    expect(componentsOf(named(fields, 'reviewState'))).toEqual({
      Cell: COMPONENT_PATHS.ReviewStateCell,
      Field: { path: COMPONENT_PATHS.ReviewPanel, clientProps: { claims: 'claims' } },
    })
    expect(componentsOf(named(fields, 'phrase'))).toEqual({
      Field: COMPONENT_PATHS.FigurePhraseField,
    })
    for (const person of ['createdBy', 'lastEditedBy', 'approvedBy', 'by']) {
      expect(componentsOf(named(fields, person))).toEqual({
        Field: { path: COMPONENT_PATHS.PersonField, serverProps: { usersCollection: 'users' } },
      })
    }
    for (const relation of ['story', 'update', 'source', 'supersedes']) {
      expect(componentsOf(named(fields, relation))).toEqual({
        Cell: COMPONENT_PATHS.RelationTitleCell,
      })
    }
  })

  it('the story and update factories add the desk and the claim suggestions', () => {
    expect(pathsIn(createStoriesCollection(options))).toEqual(
      new Set([COMPONENT_PATHS.StoryDeskField]),
    )
    expect(pathsIn(createUpdatesCollection(options))).toEqual(
      // The claim reference's label sits in the rich-text editor, which Payload resolves at build.
      new Set([COMPONENT_PATHS.RelationTitleCell, COMPONENT_PATHS.SuggestClaimsField]),
    )
  })

  it("an override's defaultFields carry the components (a replaced field keeps none by name)", () => {
    let seen: Field[] = []
    const { fields } = createClaimsCollection(
      resolveOptions({
        overrides: {
          claims: {
            fields: ({ defaultFields }) => {
              seen = defaultFields
              return defaultFields.map((f) =>
                'name' in f && f.name === 'reviewState'
                  ? { ...f, admin: { position: 'sidebar' } }
                  : f,
              ) as Field[]
            },
          },
        },
      }),
    )
    expect(componentsOf(named(seen, 'reviewState'))?.Field).toBeDefined()
    // The override's word is final: nothing re-attaches the panel to the field it replaced.
    expect(componentsOf(named(fields, 'reviewState'))).toBeUndefined()
  })

  it('with the plugin disabled no component of ours is bound', async () => {
    expect(pathsIn(await newsroomPlugin({ enabled: false })(app()))).toEqual(new Set())
  })

  it('the plugin uses every path there is, and each resolves in the generated import map', async () => {
    const built = await buildConfig({
      ...app(),
      db: sqliteAdapter({ client: { url: ':memory:' } }),
      editor: lexicalEditor(),
      plugins: [newsroomPlugin()],
    })
    const used = pathsIn({ collections: built.collections, admin: built.admin })
    expect([...used].sort()).toEqual(Object.values(COMPONENT_PATHS).sort())
    const importMap = fs.readFileSync(path.join(root, 'app/(payload)/admin/importMap.js'), 'utf8')
    for (const p of used) expect(importMap).toContain(`"${p}":`)
  })

  it('the path strings are written in one place only', () => {
    const files = ['src', 'collections'].flatMap((dir) =>
      fs
        .readdirSync(path.join(root, dir), { recursive: true })
        .map(String)
        .filter((f) => /\.tsx?$/.test(f))
        .map((f) => path.join(dir, f)),
    )
    // Code, not comments: the entry points' doc comments may say how they are referenced.
    const code = (f: string) =>
      fs
        .readFileSync(path.join(root, f), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '')
    const writers = files.filter((f) => /payload-plugin-newsroom\/(client|rsc)['"`#]/.test(code(f)))
    expect(writers).toEqual(['src/admin/componentPaths.ts'])
  })
})
