import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  Config,
} from 'payload'

import { withCollectionOverride } from '../collectionOverride.js'
import type { ResolvedNewsroomOptions } from '../options.js'
import type { Id } from '../public/types.js'
import type { FieldValues } from '../documents.js'
import { registerEmbargoes } from './embargo.js'
import { createEventLogCollection } from './eventLogCollection.js'
import { startLiveHub } from './liveHub.js'
import { recordClaim, recordStory, recordUpdate } from './recordPublicChanges.js'
import { sseEndpoints } from './sseEndpoints.js'
import { deliverWebhookTask, startJobsRunner } from './webhooks/deliverWebhook.js'
import {
  createWebhookDeliveries,
  createWebhookSubscriptions,
} from './webhooks/webhookCollections.js'

type Record = (
  req: Parameters<CollectionAfterChangeHook>[0]['req'],
  options: ResolvedNewsroomOptions,
  id: Id,
  deleted?: FieldValues,
) => Promise<void>

/** The hooks that append to the log, after the collection's own (the workflow decides first). */
function withEventHooks(
  collection: CollectionConfig,
  record: Record,
  options: ResolvedNewsroomOptions,
): CollectionConfig {
  const afterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
    await record(req, options, doc.id as Id)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    await record(req, options, doc.id as Id, doc as FieldValues)
    return doc
  }
  // Appended after the collection's own hooks, as any override's are.
  return withCollectionOverride(collection, {
    hooks: { afterChange: [afterChange], afterDelete: [afterDelete] },
  })
}

/**
 * Live coverage on a config the plugin has built: the public event log (kept with `enabled: false`, for
 * a stable schema), the hooks that write it, the Server-Sent Events endpoints and their hub.
 */
export function withLiveCoverage(config: Config, options: ResolvedNewsroomOptions): Config {
  // Kept with `enabled: false` too, for a stable schema: the log, the webhooks, their job.
  const own = [
    createEventLogCollection(options),
    createWebhookSubscriptions(options),
    createWebhookDeliveries(options),
  ]
  const jobs = {
    ...config.jobs,
    tasks: [...(config.jobs?.tasks ?? []), deliverWebhookTask(options)],
  }
  if (!options.enabled)
    return { ...config, jobs, collections: [...(config.collections ?? []), ...own] }
  const records: Partial<globalThis.Record<string, Record>> = {
    [options.slugs.claims]: recordClaim,
    [options.slugs.updates]: recordUpdate,
    [options.slugs.stories]: recordStory,
  }
  return {
    ...config,
    collections: [
      ...(config.collections ?? []).map((c) => {
        const record = records[c.slug]
        return record ? withEventHooks(c, record, options) : c
      }),
      ...own,
    ],
    jobs,
    endpoints: [...(config.endpoints ?? []), ...sseEndpoints(options)],
    onInit: async (payload) => {
      await config.onInit?.(payload)
      registerEmbargoes(payload, { now: options.live.now, updates: options.slugs.updates })
      await startLiveHub(payload, options)
      startJobsRunner(payload, options)
    },
  }
}
