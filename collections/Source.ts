import type { CollectionBeforeChangeHook, CollectionConfig, PayloadRequest } from 'payload'

import {
  adminOnlyField,
  sourceAccess,
  staffOnlyField,
  systemField,
} from '../src/access/collectionAccess.js'
import { staticWords, words } from '../src/i18n/newsroomI18n.js'
import { translate } from '../src/i18n/translate.js'
import type { NewsroomKey } from '../src/i18n/translations.js'
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
  (message: NewsroomKey) =>
  (
    value: unknown,
    { siblingData, req }: { siblingData: Record<string, unknown>; req?: PayloadRequest },
  ): true | string =>
    !siblingData?.anonymous || (typeof value === 'string' && value.trim().length > 0)
      ? true
      : translate(req?.t, { key: message })

export function createSourcesCollection(options: ResolvedNewsroomOptions): CollectionConfig {
  return {
    slug: options.slugs.sources,
    labels: { singular: words('sourceSingular'), plural: words('sourcePlural') },
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'kind', 'interestedParty', 'anonymous'],
      group: staticWords('groupNewsroom'),
    },
    access: options.enabled ? sourceAccess() : undefined,
    hooks: options.enabled ? { beforeChange: [storePublicName] } : undefined,
    // Every read rule here is the same whatever the document: anyone but staff reads the public fields
    // (publicName, kind, interestedParty, anonymous, publicDescription) and nothing else.
    fields: [
      {
        name: 'name',
        label: words('fieldName'),
        type: 'text',
        required: true,
        access: options.enabled ? { read: staffOnlyField } : undefined,
        admin: {
          description: words('helpName'),
        },
      },
      {
        name: 'publicName',
        label: words('fieldPublicName'),
        type: 'text',
        index: true,
        access: { create: systemField, update: systemField },
        admin: {
          readOnly: true,
          description: words('helpPublicName'),
        },
      },
      {
        name: 'kind',
        label: words('fieldKind'),
        type: 'select',
        required: true,
        defaultValue: 'other',
        options: selectOptions('sourceKind', SOURCE_KINDS),
      },
      {
        name: 'interestedParty',
        label: words('fieldInterestedParty'),
        type: 'checkbox',
        defaultValue: false,
        admin: {
          description: words('helpInterestedParty'),
        },
      },
      {
        name: 'aliases',
        label: words('fieldAliases'),
        type: 'text',
        hasMany: true,
        // An alias can name an anonymous source as surely as its name.
        access: options.enabled ? { read: staffOnlyField } : undefined,
        admin: { description: words('helpAliases') },
      },
      { name: 'anonymous', label: words('fieldAnonymous'), type: 'checkbox', defaultValue: false },
      {
        name: 'publicDescription',
        label: words('fieldPublicDescription'),
        type: 'text',
        validate: requiredWhenAnonymous('anonymousNeedsDescription'),
        admin: { condition: (_, sibling) => Boolean(sibling?.anonymous) },
      },
      {
        name: 'anonymityReason',
        label: words('fieldAnonymityReason'),
        type: 'textarea',
        access: { read: staffOnlyField },
        validate: requiredWhenAnonymous('anonymousNeedsReason'),
        admin: { condition: (_, sibling) => Boolean(sibling?.anonymous) },
      },
      {
        name: 'positionToKnow',
        label: words('fieldPositionToKnow'),
        type: 'textarea',
        access: { read: staffOnlyField },
        validate: requiredWhenAnonymous('anonymousNeedsPosition'),
        admin: { condition: (_, sibling) => Boolean(sibling?.anonymous) },
      },
      {
        name: 'identityKnownBy',
        label: words('fieldIdentityKnownBy'),
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
          description: words('helpIdentityKnownBy'),
        },
      },
    ],
  }
}
