import { randomBytes } from 'node:crypto'

import {
  validations,
  type Access,
  type CollectionConfig,
  type CollectionSlug,
  type PayloadRequest,
  type RelationshipFieldManyValidation,
} from 'payload'

import { isAdmin } from '../../access/roles.js'
import { behaviourIf, collectionHeader } from '../../collectionHeader.js'
import type { ResolvedNewsroomOptions } from '../../options.js'
import { extractID } from '../../extractID.js'
import { words } from '../../i18n/newsroomI18n.js'
import { translate } from '../../i18n/translate.js'
import { PUBLIC_EVENT_TYPES } from '../eventTypes.js'
import { checkTargetUrl, parseAllowedTargets } from './targetGuard.js'

const admins: Access = ({ req }) => isAdmin(req.user)
const nobody: Access = () => false

/** A Standard Webhooks secret: `whsec_` and 24 random bytes in base64, as the spec's libraries expect. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(24).toString('base64')}`

export const DELIVERY_STATES = ['pending', 'delivered', 'failed', 'cancelled'] as const

/**
 * Payload's own checks (id types), then that each story exists: an unknown id is a 400 naming the field,
 * not the database's foreign-key refusal (a 500).
 */
const existingStories =
  (stories: CollectionSlug): RelationshipFieldManyValidation =>
  async (value, options) => {
    const typed = await validations.relationship(value, options)
    if (typed !== true) return typed
    const ids = (Array.isArray(value) ? value : []).map(extractID).filter((id) => id !== null)
    if (ids.length === 0) return true
    const { docs } = await options.req.payload.db.find({
      collection: stories,
      where: { id: { in: ids } },
      limit: 0,
      pagination: false,
      select: { id: true },
      req: options.req,
    })
    const found = new Set(docs.map((d) => String(d.id)))
    const missing = ids.filter((id) => !found.has(String(id)))
    return (
      missing.length === 0 ||
      translate(options.req.t, { key: 'noSuchStories', vars: { ids: missing.join(', ') } })
    )
  }

/**
 * Partner sites that get the public events pushed to them: admins manage them (they hold secrets and
 * point the server at other machines). A subscription that keeps failing is switched off, with the
 * reason, for an admin to look at and switch on again.
 */
export function createWebhookSubscriptions(options: ResolvedNewsroomOptions): CollectionConfig {
  const allowed = parseAllowedTargets(options.live.webhooks.allowPrivateTargets)
  return {
    ...collectionHeader(options.slugs.webhooks, 'webhook', {
      useAsTitle: 'url',
      defaultColumns: ['url', 'events', 'stories', 'active', 'consecutiveFailures'],
      description: 'helpWebhooks',
    }),
    ...behaviourIf(options.enabled, {
      access: { read: admins, create: admins, update: admins, delete: admins },
    }),
    fields: [
      {
        name: 'url',
        type: 'text',
        required: true,
        validate: (value: unknown) => {
          const refused = checkTargetUrl(value, allowed)
          return refused ? `The URL ${refused}.` : true
        },
      },
      {
        name: 'events',
        type: 'select',
        hasMany: true,
        options: PUBLIC_EVENT_TYPES.map((t) => ({ label: t, value: t })),
        admin: { description: words('helpWebhookEvents') },
      },
      {
        // A partner syndicating one story (or a few) is sent only their events.
        name: 'stories',
        type: 'relationship',
        relationTo: options.slugs.stories as CollectionSlug,
        hasMany: true,
        validate: existingStories(options.slugs.stories as CollectionSlug),
        admin: { description: words('helpWebhookStories') },
      },
      {
        name: 'secret',
        type: 'text',
        required: true,
        defaultValue: newWebhookSecret,
        validate: (value: unknown, { req }: { req?: PayloadRequest }) =>
          (typeof value === 'string' && /^whsec_[A-Za-z0-9+/]{16,}={0,2}$/.test(value)) ||
          translate(req?.t, { key: 'invalidWebhookSecret' }),
        admin: { description: words('helpWebhookSecret') },
      },
      { name: 'active', type: 'checkbox', defaultValue: true, admin: { position: 'sidebar' } },
      {
        name: 'consecutiveFailures',
        type: 'number',
        defaultValue: 0,
        admin: { position: 'sidebar', readOnly: true },
      },
      { name: 'disabledReason', type: 'text', admin: { position: 'sidebar', readOnly: true } },
    ],
  }
}

/** The delivery log: one row per event and subscription, kept up to date by the delivery job. */
export function createWebhookDeliveries(options: ResolvedNewsroomOptions): CollectionConfig {
  return {
    ...collectionHeader(options.slugs.webhookDeliveries, 'webhookDelivery', {
      useAsTitle: 'webhookId',
      defaultColumns: ['webhookId', 'eventType', 'subscription', 'status', 'attempts', 'lastError'],
      description: 'helpWebhookDeliveries',
    }),
    ...behaviourIf(options.enabled, {
      access: { read: admins, create: nobody, update: nobody, delete: admins },
    }),
    defaultSort: '-id',
    fields: [
      {
        name: 'subscription',
        type: 'relationship',
        relationTo: options.slugs.webhooks as CollectionSlug,
        required: true,
        index: true,
      },
      { name: 'event', type: 'number', required: true, index: true },
      { name: 'eventType', type: 'text', required: true },
      /** `webhook-id`: the same on every attempt, so receivers can drop repeats. */
      { name: 'webhookId', type: 'text', required: true, index: true },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'pending',
        index: true,
        options: DELIVERY_STATES.map((s) => ({ label: s, value: s })),
      },
      { name: 'attempts', type: 'number', defaultValue: 0 },
      { name: 'lastStatusCode', type: 'number' },
      { name: 'lastError', type: 'text' },
      { name: 'lastAttemptAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      { name: 'deliveredAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    ],
  }
}
