import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'

import { COMPONENT_PATHS, componentsIf, relationTitleCell } from '../src/admin/componentPaths.js'
import { words } from '../src/i18n/newsroomI18n.js'
import { updateAccess } from '../src/access/collectionAccess.js'
import { suggestClaimsEndpoint } from '../src/extract/endpoints.js'
import { behaviourIf, collectionHeader } from '../src/collectionHeader.js'
import { UPDATE_KINDS } from '../src/newsroomModel.js'
import type { ResolvedNewsroomOptions } from '../src/options.js'
import { selectOptions } from '../src/selectOptions.js'

export function createUpdatesCollection(options: ResolvedNewsroomOptions): CollectionConfig {
  return {
    ...collectionHeader(options.slugs.updates, 'update', {
      useAsTitle: 'headline',
      defaultColumns: ['headline', 'story', 'kind', '_status', 'occurredAt'],
    }),
    ...behaviourIf(options.enabled, {
      access: updateAccess(options.live.now),
      endpoints: [suggestClaimsEndpoint(options)],
    }),
    // Scheduled publication is Payload's own: a job in its Jobs Queue publishes at the chosen time.
    versions: { drafts: { schedulePublish: true }, maxPerDoc: 0 },
    fields: [
      {
        name: 'story',
        label: words('fieldStory'),
        type: 'relationship',
        relationTo: options.slugs.stories,
        required: true,
        index: true,
        admin: componentsIf(options.enabled, relationTitleCell),
      },
      { name: 'headline', label: words('fieldHeadline'), type: 'text', required: true },
      {
        name: 'body',
        label: words('fieldBody'),
        type: 'richText',
        editor: lexicalEditor({
          features: ({ defaultFeatures }) => [
            ...defaultFeatures,
            // Lets an editor tie a phrase of the text to the claim it reports.
            BlocksFeature({
              inlineBlocks: [
                {
                  slug: 'claimRef',
                  labels: { singular: words('claimRefSingular'), plural: words('claimRefPlural') },
                  // Shows the claim's figure and review state in the text, not the block's name.
                  admin: componentsIf(options.enabled, {
                    Label: {
                      path: COMPONENT_PATHS.ClaimRefLabel,
                      clientProps: { claims: options.slugs.claims },
                    },
                  }),
                  fields: [
                    {
                      name: 'claim',
                      label: words('fieldClaim'),
                      type: 'relationship',
                      relationTo: options.slugs.claims,
                      required: true,
                    },
                  ],
                },
              ],
            }),
          ],
        }),
      },
      {
        name: 'kind',
        label: words('fieldKind'),
        type: 'select',
        required: true,
        defaultValue: 'development',
        options: selectOptions('updateKind', UPDATE_KINDS),
      },
      {
        name: 'occurredAt',
        label: words('fieldOccurredAt'),
        type: 'date',
        required: true,
        defaultValue: () => new Date().toISOString(),
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'publishedAt',
        label: words('fieldPublishedAt'),
        type: 'date',
        admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        hooks: {
          // Stamped the first time the update goes public, kept on later edits.
          beforeChange: [
            ({ value, siblingData }) =>
              value ?? (siblingData?._status === 'published' ? new Date().toISOString() : value),
          ],
        },
      },
      {
        name: 'embargoUntil',
        label: words('fieldEmbargoUntil'),
        type: 'date',
        index: true,
        admin: {
          position: 'sidebar',
          date: { pickerAppearance: 'dayAndTime' },
          description: words('helpEmbargoUntil'),
        },
      },
      {
        name: 'keyEvent',
        label: words('fieldKeyEvent'),
        type: 'checkbox',
        defaultValue: false,
        admin: { position: 'sidebar' },
      },
      {
        name: 'pinned',
        label: words('fieldPinned'),
        type: 'checkbox',
        defaultValue: false,
        admin: {
          position: 'sidebar',
          description: words('helpPinned'),
        },
      },
      {
        name: 'author',
        label: words('fieldAuthor'),
        type: 'relationship',
        relationTo: options.usersCollection,
        admin: { position: 'sidebar' },
        hooks: {
          beforeChange: [
            ({ value, operation, req }) => value ?? (operation === 'create' ? req.user?.id : value),
          ],
        },
      },
      // Claims suggested from the text, to create as drafts (not stored: a ui field).
      ...(options.enabled
        ? [
            {
              name: 'newsroomSuggestClaims',
              type: 'ui' as const,
              admin: {
                components: {
                  Field: {
                    path: COMPONENT_PATHS.SuggestClaimsField,
                    clientProps: { updates: options.slugs.updates, claims: options.slugs.claims },
                  },
                },
              },
            },
          ]
        : []),
    ],
  }
}
