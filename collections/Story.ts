import type { CollectionConfig, PayloadRequest } from 'payload'

import { COMPONENT_PATHS } from '../src/admin/componentPaths.js'
import { words } from '../src/i18n/newsroomI18n.js'
import { translate } from '../src/i18n/translate.js'
import { publishedContentAccess } from '../src/access/collectionAccess.js'
import { storyBundleEndpoints } from '../src/bundle/endpoints.js'
import { behaviourIf, collectionHeader } from '../src/collectionHeader.js'
import { STORY_STATES } from '../src/newsroomModel.js'
import type { ResolvedNewsroomOptions } from '../src/options.js'
import { selectOptions } from '../src/selectOptions.js'
import { slugify } from '../src/slugify.js'

export function createStoriesCollection(options: ResolvedNewsroomOptions): CollectionConfig {
  return {
    ...collectionHeader(options.slugs.stories, 'story', {
      useAsTitle: 'title',
      defaultColumns: ['title', 'state', '_status', 'updatedAt'],
    }),
    // Every version is a "developing-story version": keep them all.
    versions: { drafts: true, maxPerDoc: 0 },
    ...behaviourIf(options.enabled, {
      access: publishedContentAccess(),
      endpoints: storyBundleEndpoints(options),
    }),
    fields: [
      { name: 'title', label: words('fieldTitle'), type: 'text', required: true },
      {
        name: 'slug',
        label: words('fieldSlug'),
        type: 'text',
        required: true,
        unique: true,
        index: true,
        validate: (value: unknown, { req }: { req?: PayloadRequest }) =>
          typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
            ? true
            : translate(req?.t, { key: 'invalidSlug' }),
        hooks: {
          beforeValidate: [
            ({ value, siblingData }) =>
              value ||
              (typeof siblingData?.title === 'string' ? slugify(siblingData.title) : value),
          ],
        },
        admin: { position: 'sidebar', description: words('helpSlug') },
      },
      { name: 'summary', label: words('fieldSummary'), type: 'richText' },
      {
        name: 'state',
        label: words('fieldState'),
        type: 'select',
        required: true,
        defaultValue: 'developing',
        options: selectOptions('storyState', STORY_STATES),
        admin: { position: 'sidebar' },
      },
      {
        name: 'keyMetrics',
        label: words('fieldKeyMetrics'),
        type: 'text',
        hasMany: true,
        admin: { description: words('helpKeyMetrics') },
      },
      // The story desk: its claims to review, the figures compared and their timeline (a ui field).
      ...(options.enabled
        ? [
            {
              name: 'newsroomDesk',
              type: 'ui' as const,
              admin: {
                components: {
                  Field: {
                    path: COMPONENT_PATHS.StoryDeskField,
                    clientProps: { slugs: options.slugs },
                  },
                },
              },
            },
          ]
        : []),
    ],
  }
}
