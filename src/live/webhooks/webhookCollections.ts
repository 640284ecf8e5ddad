import { randomBytes } from 'node:crypto'

import type { Access, CollectionConfig, CollectionSlug } from 'payload'

import { isAdmin } from '../../access/roles.js'
import type { ResolvedNewsroomOptions } from '../../options.js'
import { PUBLIC_EVENT_TYPES } from '../eventTypes.js'
import { checkTargetUrl, parseAllowedTargets } from './targetGuard.js'

const admins: Access = ({ req }) => isAdmin(req.user)
const nobody: Access = () => false

/** A Standard Webhooks secret: `whsec_` and 24 random bytes in base64, as the spec's libraries expect. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(24).toString('base64')}`

export const DELIVERY_STATES = ['pending', 'delivered', 'failed', 'cancelled'] as const

/**
 * Partner sites that get the public events pushed to them: admins manage them (they hold secrets and
 * point the server at other machines). A subscription that keeps failing is switched off, with the
 * reason, for an admin to look at and switch on again.
 */
export function createWebhookSubscriptions(options: ResolvedNewsroomOptions): CollectionConfig {
  const allowed = parseAllowedTargets(options.live.webhooks.allowPrivateTargets)
  return {
    slug: options.slugs.webhooks,
    labels: { singular: 'Webhook', plural: 'Webhooks' },
    admin: {
      useAsTitle: 'url',
      defaultColumns: ['url', 'events', 'active', 'consecutiveFailures'],
      group: 'Newsroom',
      description:
        'Partner sites sent each public change, signed per the Standard Webhooks specification.',
    },
    access: options.enabled
      ? { read: admins, create: admins, update: admins, delete: admins }
      : undefined,
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
        admin: { description: 'None chosen: every event.' },
      },
      {
        name: 'secret',
        type: 'text',
        required: true,
        defaultValue: newWebhookSecret,
        validate: (value: unknown) =>
          (typeof value === 'string' && /^whsec_[A-Za-z0-9+/]{16,}={0,2}$/.test(value)) ||
          'The secret must be "whsec_" followed by base64 (at least 12 bytes).',
        admin: {
          description: 'Give it to the partner: their library verifies signatures with it.',
        },
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
    slug: options.slugs.webhookDeliveries,
    labels: { singular: 'Webhook delivery', plural: 'Webhook deliveries' },
    admin: {
      useAsTitle: 'webhookId',
      defaultColumns: ['webhookId', 'eventType', 'subscription', 'status', 'attempts', 'lastError'],
      group: 'Newsroom',
      description: 'Each event sent to each partner: written by the newsroom plugin only.',
    },
    access: options.enabled
      ? { read: admins, create: nobody, update: nobody, delete: admins }
      : undefined,
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
