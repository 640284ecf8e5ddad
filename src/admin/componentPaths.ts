import type { Field } from 'payload'

import type * as ClientExports from './client.js'
import type * as RscExports from './rsc.js'

/** The package's own entry points: the admin components are its exports, so any Payload app loads them. */
const CLIENT = 'payload-plugin-newsroom/client'
const RSC = 'payload-plugin-newsroom/rsc'

type Paths<Entry extends string, Exports> = { [Name in keyof Exports & string]: `${Entry}#${Name}` }

/**
 * Every admin component's import-map path, once. The collection factories bind them where they make
 * the fields (as Payload's own plugins do); the types check that each names a real export.
 */
export const COMPONENT_PATHS = {
  ClaimRefLabel: `${CLIENT}#ClaimRefLabel`,
  FigurePhraseField: `${CLIENT}#FigurePhraseField`,
  ReviewPanel: `${CLIENT}#ReviewPanel`,
  ReviewQueueDashboardLink: `${CLIENT}#ReviewQueueDashboardLink`,
  ReviewQueueNavLink: `${CLIENT}#ReviewQueueNavLink`,
  ReviewStateCell: `${CLIENT}#ReviewStateCell`,
  StoryDeskField: `${CLIENT}#StoryDeskField`,
  SuggestClaimsField: `${CLIENT}#SuggestClaimsField`,
  PersonField: `${RSC}#PersonField`,
  RelationTitleCell: `${RSC}#RelationTitleCell`,
  ReviewQueueView: `${RSC}#ReviewQueueView`,
} as const satisfies Paths<typeof CLIENT, typeof ClientExports> &
  Paths<typeof RSC, typeof RscExports>

type FieldComponents = NonNullable<
  NonNullable<Extract<Field, { type: 'text' }>['admin']>['components']
>

/**
 * A field's `admin.components`, or nothing with the plugin disabled (Payload's own components then,
 * since ours act through the workflow).
 */
export const componentsIf = <C extends FieldComponents | Record<string, unknown>>(
  enabled: boolean,
  components: C,
): { components?: C } => (enabled ? { components } : {})

/** A to-one relationship's list column: the title, rendered on the server (see RelationTitleCell). */
export const relationTitleCell = { Cell: COMPONENT_PATHS.RelationTitleCell } as const

/** A person (a user relationship), shown by name to staff (see PersonField). */
export const personField = (usersCollection: string) =>
  ({ Field: { path: COMPONENT_PATHS.PersonField, serverProps: { usersCollection } } }) as const
