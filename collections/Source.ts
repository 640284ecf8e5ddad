import type { CollectionBeforeChangeHook, CollectionConfig, Field, PayloadRequest } from 'payload'

import {
  adminOnlyField,
  sourceAccess,
  staffOnlyField,
  systemField,
} from '../src/access/collectionAccess.js'
import { words } from '../src/i18n/newsroomI18n.js'
import { translate } from '../src/i18n/translate.js'
import type { NewsroomKey } from '../src/i18n/translations.js'
import { behaviourIf, collectionHeader } from '../src/collectionHeader.js'
import { SOURCE_KINDS } from '../src/newsroomModel.js'
import type { ResolvedNewsroomOptions } from '../src/options.js'
import { selectOptions } from '../src/selectOptions.js'

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

const isAnonymous = (_: unknown, sibling: Record<string, unknown>) => Boolean(sibling?.anonymous)

/** A field an anonymous source must fill, and only it has: shown once "anonymous" is ticked. */
const anonymousOnly = (
  name: string,
  label: NewsroomKey,
  type: 'text' | 'textarea',
  missing: NewsroomKey,
  readers: 'public' | 'staff',
): Field =>
  ({
    name,
    label: words(label),
    type,
    ...(readers === 'staff' ? { access: { read: staffOnlyField } } : {}),
    validate: requiredWhenAnonymous(missing),
    admin: { condition: isAnonymous },
  }) as Field

export function createSourcesCollection(options: ResolvedNewsroomOptions): CollectionConfig {
  return {
    ...collectionHeader(options.slugs.sources, 'source', {
      useAsTitle: 'name',
      defaultColumns: ['name', 'kind', 'interestedParty', 'anonymous'],
    }),
    ...behaviourIf(options.enabled, {
      access: sourceAccess(),
      hooks: { beforeChange: [storePublicName] },
    }),
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
      anonymousOnly(
        'publicDescription',
        'fieldPublicDescription',
        'text',
        'anonymousNeedsDescription',
        'public',
      ),
      anonymousOnly(
        'anonymityReason',
        'fieldAnonymityReason',
        'textarea',
        'anonymousNeedsReason',
        'staff',
      ),
      anonymousOnly(
        'positionToKnow',
        'fieldPositionToKnow',
        'textarea',
        'anonymousNeedsPosition',
        'staff',
      ),
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
          condition: isAnonymous,
          description: words('helpIdentityKnownBy'),
        },
      },
    ],
  }
}
