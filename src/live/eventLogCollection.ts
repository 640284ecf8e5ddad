import type { Access, CollectionConfig, CollectionSlug, PayloadRequest } from 'payload'

import { isStaff } from '../access/roles.js'
import { translate } from '../i18n/translate.js'

import { collectionHeader } from '../collectionHeader.js'
import type { ResolvedNewsroomOptions } from '../options.js'
import { PUBLIC_EVENT_TYPES } from './eventTypes.js'

const nobody = () => false

/**
 * Staff read every event; anyone else only those of stories published now. Events of a story that
 * was never published (or is taken down) name its updates and claims, which stay private with it.
 */
const readEvents =
  (stories: CollectionSlug): Access =>
  async ({ req }) => {
    if (isStaff(req.user)) return true
    const published = await req.payload.find({
      collection: stories,
      where: { _status: { equals: 'published' } },
      select: {},
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return { story: { in: published.docs.map((d) => String(d.id)) } }
  }

/**
 * The public event log: every change to what the public sees, appended by the plugin's hooks in the
 * change's own transaction, never written through a request. Its id is the event id of the streams and
 * webhooks; ids grow in commit order (see appendPublicEvent). Everything in it is public already.
 */
export function createEventLogCollection(options: ResolvedNewsroomOptions): CollectionConfig {
  return {
    ...collectionHeader(options.slugs.events, 'event', {
      useAsTitle: 'subject',
      defaultColumns: ['id', 'type', 'story', 'subject', 'at'],
      description: 'helpEvents',
    }),
    access: {
      read: readEvents(options.slugs.stories),
      create: nobody,
      update: nobody,
      delete: nobody,
    },
    // Sorted and paged by id: SQL ids grow with every insert.
    defaultSort: '-id',
    fields: [
      // Text, not a select: the dotted names ("claim.approved") are what readers get, in every API.
      {
        name: 'type',
        type: 'text',
        required: true,
        index: true,
        validate: (v: unknown, { req }: { req?: PayloadRequest }) =>
          (PUBLIC_EVENT_TYPES as readonly unknown[]).includes(v) ||
          translate(req?.t, { key: 'invalidEventType', vars: { value: String(v) } }),
      },
      {
        name: 'at',
        type: 'date',
        required: true,
        index: true,
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
      // An id, not a relationship: the log outlives what it tells of, and a filter on it costs no join.
      { name: 'story', type: 'text', required: true, index: true },
      /** `claim:12`, `update:3`, `story:1`: what changed, to compare with its previous event. */
      { name: 'subject', type: 'text', required: true, index: true },
      { name: 'data', type: 'json', required: true },
    ],
  }
}
