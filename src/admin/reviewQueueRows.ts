import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import type { NewsroomSlugs } from '../options.js'
import type { PublicState, ReviewState } from '../workflow/states.js'
import { extractID } from '../extractID.js'
import { translate } from '../i18n/translate.js'

import type { Id, Ref, StoredClaim, StoredSource, StoredStory } from '../documents.js'

/** One claim as the review queue shows it (plain data, handed to a client component). */
export interface QueueRow {
  id: Id
  statement: string
  phrase: string | null
  metric: string | null
  reviewState: ReviewState
  publicState: PublicState
  story: { id: Id; title: string } | null
  source: string | null
  createdBy: { id: Id; name: string } | null
  lastEditedBy: { id: Id; name: string } | null
  approvedBy: { id: Id; name: string } | null
  /** The approved claim this one replaces once approved. */
  supersedes: { id: Id; statement: string } | null
  /** When it was last written: for a pending claim, when it was submitted. */
  waitingSince: string
  approvedAt: string | null
}

/**
 * What a reviewer works through: pending claims, oldest first, then the claims the public sees as
 * approved (which can be retracted, or superseded by a newer claim), latest approval first. Read
 * as the signed-in user. The names of who created, last edited and approved each are looked up for
 * staff, who may not read other accounts themselves.
 */
export async function readReviewQueue(
  req: PayloadRequest,
  slugs: NewsroomSlugs,
  usersCollection: CollectionSlug,
): Promise<QueueRow[]> {
  const { payload, user } = req
  const read = (where: Where, sort: string) =>
    payload.find({
      collection: slugs.claims,
      where,
      sort,
      depth: 1,
      limit: 500,
      pagination: false,
      overrideAccess: false,
      user,
      req,
    })
  const [pending, approved] = await Promise.all([
    read({ reviewState: { equals: 'pending' } }, 'updatedAt'),
    read(
      {
        and: [{ publicState: { equals: 'approved' } }, { reviewState: { not_equals: 'pending' } }],
      },
      '-approvedAt',
    ),
  ])
  const claims = [...pending.docs, ...approved.docs] as StoredClaim[]
  const names = await userNames(
    payload,
    usersCollection,
    claims.flatMap((c) => [
      extractID(c.createdBy),
      extractID(c.lastEditedBy),
      extractID(c.approvedBy),
    ]),
  )
  const person = (ref: unknown) => {
    const id = extractID(ref)
    return id == null
      ? null
      : {
          id,
          name: names.get(String(id)) ?? translate(req.t, { key: 'userNumbered', vars: { id } }),
        }
  }
  return claims.map((c) => {
    // Read at depth 1: the relationships are the documents.
    const story = c.story as Ref<StoredStory> | null | undefined
    const source = c.source as Ref<StoredSource> | null | undefined
    const older = c.supersedes as Ref<StoredClaim> | null | undefined
    return {
      id: c.id,
      statement: String(c.statement ?? ''),
      phrase: c.phrase ?? null,
      metric: c.metric ?? null,
      reviewState: c.reviewState as ReviewState,
      publicState: c.publicState ?? 'none',
      story:
        story && typeof story === 'object' ? { id: story.id, title: String(story.title) } : null,
      source:
        source && typeof source === 'object'
          ? String(source.name ?? source.publicDescription ?? '')
          : null,
      createdBy: person(c.createdBy),
      lastEditedBy: person(c.lastEditedBy),
      approvedBy: person(c.approvedBy),
      supersedes:
        older && typeof older === 'object'
          ? { id: older.id, statement: String(older.statement ?? '') }
          : null,
      waitingSince: String(c.updatedAt),
      approvedAt: c.approvedAt ?? null,
    }
  })
}

/** What the queue reads of a user: the auth collection's `email`, and a `name` if it has one. */
interface ReviewUserDoc {
  id: Id
  name?: string | null
  email?: string | null
}

async function userNames(
  payload: Payload,
  collection: CollectionSlug,
  ids: (Id | null)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is Id => id != null))]
  if (wanted.length === 0) return new Map()
  const { docs } = await payload.find({
    collection,
    where: { id: { in: wanted } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Map(
    (docs as ReviewUserDoc[]).map((u) => [String(u.id), String(u.name || u.email || u.id)]),
  )
}
