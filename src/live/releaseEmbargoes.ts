import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
} from 'payload'

import type { ResolvedNewsroomOptions } from '../options.js'
import { publicApiRuntime } from '../public/http/publicApiRuntime.js'
import type { Id } from '../public/types.js'
import type { FieldValues } from '../documents.js'
import { serialiseAppends } from './appendPublicEvent.js'
import { recordClaim, recordUpdate } from './recordPublicChanges.js'

/**
 * How far back a regular check looks for embargoes that lifted: far more than a check's interval, so an
 * update published (on another instance) just before its embargo lifted, and committed just after a
 * check, is still found by the next. At start the check looks back without limit.
 */
const LOOKBACK_MS = 10 * 60 * 1000

/**
 * Tells the public that embargoes have lifted: for each published update whose embargo ended by now and
 * of which the log has no event yet, appends its `update.published` (dated at the lift) and the events of
 * the claims that first appeared in it, and drops the cached responses of its story. The public reads saw
 * it at that moment already (they judge the embargo themselves); this is for the streams, the webhooks
 * and the caches. Safe to run anywhere and again: it compares with the log, inside the log's lock.
 * Returns how many updates it released.
 */
export async function releaseEmbargoes(
  payload: Payload,
  options: ResolvedNewsroomOptions,
  { lookBack = true }: { lookBack?: boolean } = {},
): Promise<number> {
  const { slugs, live } = options
  const now = live.now()
  const candidates = await payload.db.find<FieldValues>({
    collection: slugs.updates,
    where: {
      and: [
        { _status: { equals: 'published' } },
        { embargoUntil: { less_than_equal: now.toISOString() } },
        ...(lookBack
          ? [
              {
                embargoUntil: {
                  greater_than: new Date(now.getTime() - LOOKBACK_MS).toISOString(),
                },
              },
            ]
          : []),
      ],
    },
    limit: 0,
    pagination: false,
    select: { id: true, story: true },
  })
  if (candidates.docs.length === 0) return 0

  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    // Inside the log's lock, so two instances releasing at once append each event once.
    await serialiseAppends(req)
    const subjects = candidates.docs.map((d) => `update:${d.id}`)
    const { docs: seen } = await payload.db.find<FieldValues>({
      collection: slugs.events,
      where: { subject: { in: subjects } },
      limit: 0,
      pagination: false,
      select: { subject: true },
      req,
    })
    const told = new Set(seen.map((e) => String(e.subject)))
    const due = candidates.docs.filter((d) => !told.has(`update:${d.id}`))
    for (const update of due) {
      await recordUpdate(req, options, update.id as Id)
      const { docs: claims } = await payload.db.find<FieldValues>({
        collection: slugs.claims,
        where: {
          and: [{ update: { equals: update.id } }, { publicState: { not_equals: 'none' } }],
        },
        sort: 'id',
        limit: 0,
        pagination: false,
        select: { id: true },
        req,
      })
      for (const claim of claims) await recordClaim(req, options, claim.id as Id)
    }
    if (due.length > 0) {
      const storyOf = (d: FieldValues) =>
        String(typeof d.story === 'object' && d.story ? (d.story as FieldValues).id : d.story)
      const stories = new Set(due.map((d) => `story:${storyOf(d)}`))
      await publicApiRuntime(payload)?.invalidate(req, [...stories, 'list'])
    }
    await commitTransaction(req)
    return due.length
  } catch (err) {
    await killTransaction(req)
    throw err
  }
}
