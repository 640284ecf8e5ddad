import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  Config,
} from 'payload'

import type { ResolvedNewsroomOptions } from '../options.js'
import type { Doc, Id } from '../public/types.js'
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
  opts: ResolvedNewsroomOptions,
  id: Id,
  deleted?: Doc,
) => Promise<void>

/** The hooks that append to the log, after the collection's own (the workflow decides first). */
function withEventHooks(
  collection: CollectionConfig,
  record: Record,
  opts: ResolvedNewsroomOptions,
): CollectionConfig {
  const afterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
    await record(req, opts, doc.id as Id)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    await record(req, opts, doc.id as Id, doc as Doc)
    return doc
  }
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
    },
  }
}

/**
 * Live coverage on a config the plugin has built: the public event log (kept with `enabled: false`, for
 * a stable schema), the hooks that write it, the Server-Sent Events endpoints and their hub.
 */
export function withLiveCoverage(config: Config, opts: ResolvedNewsroomOptions): Config {
  // Kept with `enabled: false` too, for a stable schema: the log, the webhooks, their job.
  const own = [
    createEventLogCollection(opts),
    createWebhookSubscriptions(opts),
    createWebhookDeliveries(opts),
  ]
  const jobs = { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), deliverWebhookTask(opts)] }
  if (!opts.enabled)
    return { ...config, jobs, collections: [...(config.collections ?? []), ...own] }
  const records: Partial<globalThis.Record<string, Record>> = {
    [opts.slugs.claims]: recordClaim,
    [opts.slugs.updates]: recordUpdate,
    [opts.slugs.stories]: recordStory,
  }
  return {
    ...config,
    collections: [
      ...(config.collections ?? []).map((c) => {
        const record = records[c.slug]
        return record ? withEventHooks(c, record, opts) : c
      }),
      ...own,
    ],
    jobs,
    endpoints: [...(config.endpoints ?? []), ...sseEndpoints(opts)],
    onInit: async (payload) => {
      await config.onInit?.(payload)
      registerEmbargoes(payload, { now: opts.live.now, updates: opts.slugs.updates })
      await startLiveHub(payload, opts)
      startJobsRunner(payload, opts)
    },
  }
}
