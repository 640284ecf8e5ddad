import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import {
  adminOnlyField,
  sourceAccess,
  staffOnlyField,
  systemField,
} from '../src/access/collectionAccess.js'
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

/** What the public calls a source: its name, or its public description when it is anonymous. */
export function publicNameOf(source: Record<string, unknown>): string | null {
  const label = source.anonymous ? source.publicDescription : source.name
  return typeof label === 'string' && label.trim() !== '' ? label : null
}

/** Stored with every write, so that public reads, filters and sorts by name touch only public data. */
const storePublicName: CollectionBeforeChangeHook = ({ data, originalDoc }) => ({
  ...data,
  publicName: publicNameOf({ ...originalDoc, ...data }),
})

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
    hooks: options.enabled ? { beforeChange: [storePublicName] } : undefined,
    // Every read rule here is the same whatever the document: anyone but staff reads the public fields
    // (publicName, kind, interestedParty, anonymous, publicDescription) and nothing else.
    fields: [
      {
        name: 'name',
        type: 'text',
        required: true,
        access: options.enabled ? { read: staffOnlyField } : undefined,
        admin: {
          description: 'Who said it. For an anonymous source, its identity (never public).',
        },
      },
      {
        name: 'publicName',
        type: 'text',
        index: true,
        access: { create: systemField, update: systemField },
        admin: {
          readOnly: true,
          description:
            'What the public reads: the name, or the public description of an anonymous source.',
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
        // An alias can name an anonymous source as surely as its name.
        access: options.enabled ? { read: staffOnlyField } : undefined,
        admin: { description: 'Other names the text may use (staff only).' },
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
