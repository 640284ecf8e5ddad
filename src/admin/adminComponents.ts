import type { CollectionConfig, Config, Field } from 'payload'

import type { ResolvedNewsroomOptions } from '../options.js'

/** The package's own name: the admin components are its exports, so any Payload app can load them. */
const CLIENT = 'payload-plugin-newsroom/client'
const RSC = 'payload-plugin-newsroom/rsc'

/** Applies `edit` to the named fields wherever they sit (rows, collapsibles, tabs). */
function editFields(fields: Field[], edits: Record<string, (field: Field) => Field>): Field[] {
  return fields.map((field) => {
    if ('name' in field && edits[field.name]) return edits[field.name](field)
    if (field.type === 'row' || field.type === 'collapsible') {
      return { ...field, fields: editFields(field.fields, edits) }
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((t) => ({ ...t, fields: editFields(t.fields, edits) })),
      }
    }
    return field
  })
}

/** The claim's people, shown by name to staff (see PersonField). */
const PEOPLE_FIELDS = ['createdBy', 'lastEditedBy', 'approvedBy'] as const

const withComponents = (components: Record<string, unknown>) => (field: Field) =>
  ({
    ...field,
    admin: { ...field.admin, components: { ...field.admin?.components, ...components } },
  }) as Field

/** List columns of to-one relationships: the title, rendered on the server (see RelationTitleCell). */
const titleCell = withComponents({ Cell: `${RSC}#RelationTitleCell` })

/**
 * The newsroom's admin panel: the review state as a badge with the review buttons, the figure
 * phrase read back as it is typed, the story's figures and timeline, claim suggestions in updates,
 * and the review queue view with its link in the navigation.
 */
export function withNewsroomAdmin(
  config: Config,
  collections: CollectionConfig[],
  { slugs, usersCollection }: ResolvedNewsroomOptions,
): Pick<Config, 'admin' | 'collections'> {
  const person = withComponents({
    Field: { path: `${RSC}#PersonField`, serverProps: { usersCollection } },
  })
  const adminEdits: Record<string, (c: CollectionConfig) => CollectionConfig> = {
    [slugs.claims]: (c) => ({
      ...c,
      fields: editFields(c.fields, {
        story: titleCell,
        update: titleCell,
        source: titleCell,
        supersedes: titleCell,
        // Each review step's reviewer, by name like the sidebar's people.
        reviewHistory: (f) =>
          'fields' in f ? ({ ...f, fields: editFields(f.fields, { by: person }) } as Field) : f,
        reviewState: withComponents({
          Cell: `${CLIENT}#ReviewStateCell`,
          Field: { path: `${CLIENT}#ReviewPanel`, clientProps: { claims: slugs.claims } },
        }),
        phrase: withComponents({ Field: `${CLIENT}#FigurePhraseField` }),
        ...Object.fromEntries(PEOPLE_FIELDS.map((name) => [name, person])),
      }),
    }),
    [slugs.stories]: (c) => ({
      ...c,
      fields: [
        ...c.fields,
        {
          name: 'newsroomDesk',
          type: 'ui',
          admin: {
            components: { Field: { path: `${CLIENT}#StoryDeskField`, clientProps: { slugs } } },
          },
        },
      ],
    }),
    [slugs.updates]: (c) => ({
      ...c,
      fields: [
        ...editFields(c.fields, { story: titleCell }),
        {
          name: 'newsroomSuggestClaims',
          type: 'ui',
          admin: {
            components: {
              Field: {
                path: `${CLIENT}#SuggestClaimsField`,
                clientProps: { updates: slugs.updates, claims: slugs.claims },
              },
            },
          },
        },
      ],
    }),
  }
  const components = config.admin?.components
  return {
    collections: collections.map((c) => adminEdits[c.slug]?.(c) ?? c),
    admin: {
      ...config.admin,
      components: {
        ...components,
        afterNavLinks: [...(components?.afterNavLinks ?? []), `${CLIENT}#ReviewQueueNavLink`],
        beforeDashboard: [
          ...(components?.beforeDashboard ?? []),
          { path: `${CLIENT}#ReviewQueueDashboardLink`, clientProps: { claims: slugs.claims } },
        ],
        views: {
          ...components?.views,
          newsroomReviewQueue: {
            Component: { path: `${RSC}#ReviewQueueView`, serverProps: { slugs, usersCollection } },
            path: '/review-queue',
          },
        },
      },
    },
  }
}
