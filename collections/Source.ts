import type { CollectionConfig, FieldAccess } from 'payload'

import { adminOnlyField, sourceAccess, staffOnlyField } from '../src/access/collectionAccess.js'
import { isStaff } from '../src/access/roles.js'
import type { ResolvedNewsroomOptions } from '../src/options.js'
import { selectOptions } from '../src/selectOptions.js'

export const SOURCE_KINDS = [
  'official',
  'military',
  'police',
  'government',
  'militantGroup',
  'politicalParty',
  'wireAgency',
  'newsOutlet',
  'researchOrganisation',
  'ngo',
  'eyewitness',
  'document',
  'socialMedia',
  'other',
] as const

/** The real name of an anonymous source is for staff only; the public sees its description. */
const nameReadable: FieldAccess = ({ req, doc }) => isStaff(req.user) || !doc?.anonymous

const requiredWhenAnonymous =
  (what: string) =>
  (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }): true | string =>
    !siblingData?.anonymous || (typeof value === 'string' && value.trim().length > 0)
      ? true
      : `An anonymous source needs ${what}.`

export function createSourcesCollection(options: ResolvedNewsroomOptions): CollectionConfig {
  return {
    slug: options.slugs.sources,
    labels: { singular: 'Source', plural: 'Sources' },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'kind', 'interestedParty', 'anonymous'],
      group: 'Newsroom',
    },
    access: options.enabled ? sourceAccess() : undefined,
    fields: [
      {
        name: 'name',
        type: 'text',
        required: true,
        access: { read: nameReadable },
        admin: {
          description: 'Who said it. For an anonymous source, its identity (never public).',
        },
      },
      {
        name: 'kind',
        type: 'select',
        required: true,
        defaultValue: 'other',
        options: selectOptions(SOURCE_KINDS),
      },
      {
        name: 'interestedParty',
        type: 'checkbox',
        defaultValue: false,
        admin: {
          description:
            'A party to the events (a militant group, an army): its claims are shown as not independently verified.',
        },
      },
      {
        name: 'aliases',
        type: 'text',
        hasMany: true,
        admin: { description: 'Other names the text may use.' },
      },
      { name: 'anonymous', type: 'checkbox', defaultValue: false },
      {
        name: 'publicDescription',
        type: 'text',
        validate: requiredWhenAnonymous('a public description, e.g. "a security official"'),
        admin: { condition: (_, sibling) => Boolean(sibling?.anonymous) },
      },
      {
        name: 'anonymityReason',
        type: 'textarea',
        access: { read: staffOnlyField },
        validate: requiredWhenAnonymous('the reason anonymity was granted'),
        admin: { condition: (_, sibling) => Boolean(sibling?.anonymous) },
      },
      {
        name: 'positionToKnow',
        type: 'textarea',
        access: { read: staffOnlyField },
        validate: requiredWhenAnonymous('why the source is in a position to know'),
        admin: { condition: (_, sibling) => Boolean(sibling?.anonymous) },
      },
      {
        name: 'identityKnownBy',
        type: 'relationship',
        relationTo: options.usersCollection,
        access: { read: adminOnlyField, create: staffOnlyField, update: adminOnlyField },
        hooks: {
          // Whoever records an anonymous source is, unless an admin says otherwise, who knows it.
          beforeChange: [
            ({ value, operation, req, siblingData }) =>
              value ?? (operation === 'create' && siblingData?.anonymous ? req.user?.id : value),
          ],
        },
        admin: {
          condition: (_, sibling) => Boolean(sibling?.anonymous),
          description: 'The editor who knows who this is. Visible to admins only.',
        },
      },
    ],
  }
}
