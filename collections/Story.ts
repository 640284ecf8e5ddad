import type { CollectionConfig } from 'payload'

import { COMPONENT_PATHS } from '../src/admin/componentPaths.js'
import { publishedContentAccess } from '../src/access/collectionAccess.js'
import { storyBundleEndpoints } from '../src/bundle/endpoints.js'
import type { ResolvedNewsroomOptions } from '../src/options.js'
import { selectOptions } from '../src/selectOptions.js'
import { slugify } from '../src/slugify.js'

export const STORY_STATES = ['developing', 'concluded'] as const

export function createStoriesCollection(options: ResolvedNewsroomOptions): CollectionConfig {
  return {
    slug: options.slugs.stories,
    labels: { singular: 'Story', plural: 'Stories' },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'state', '_status', 'updatedAt'],
      group: 'Newsroom',
    },
    access: options.enabled ? publishedContentAccess() : undefined,
    endpoints: options.enabled ? storyBundleEndpoints(options) : undefined,
    // Every version is a "developing-story version": keep them all.
    versions: { drafts: true, maxPerDoc: 0 },
    fields: [
      { name: 'title', type: 'text', required: true },
      {
        name: 'slug',
        type: 'text',
        required: true,
        unique: true,
        index: true,
        validate: (value: unknown) =>
          typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
            ? true
            : 'The slug must be lowercase words joined by hyphens, e.g. "train-hijacking".',
        hooks: {
          beforeValidate: [
            ({ value, siblingData }) =>
              value ||
              (typeof siblingData?.title === 'string' ? slugify(siblingData.title) : value),
          ],
        },
        admin: { position: 'sidebar', description: 'Generated from the title when left empty.' },
      },
      { name: 'summary', type: 'richText' },
      {
        name: 'state',
        type: 'select',
        required: true,
        defaultValue: 'developing',
        options: selectOptions(STORY_STATES),
        admin: { position: 'sidebar' },
      },
      {
        name: 'keyMetrics',
        type: 'text',
        hasMany: true,
        admin: { description: 'Metric keys to feature, e.g. "hostages-rescued".' },
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
