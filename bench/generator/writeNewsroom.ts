import type { Payload } from 'payload'

import { lexicalParagraphs } from '../../demo/seed/lexical.js'
import type { Actor, ClaimFields, ClaimStep } from './planClaim.js'
import { WAVE_SIZE, type NewsroomPlan, type StoryPlan } from './planNewsroom.js'
import { atMoment } from './virtualClock.js'

type Id = number | string
type User = { id: Id; roles?: unknown; collection: 'users' }

export const BENCH_PASSWORD = 'bench-password-1'
/** The first account becomes an admin (firstUserIsAdmin); the others get exactly their roles. */
const BENCH_USERS: { key: Actor | 'admin'; roles: string[] }[] = [
  { key: 'admin', roles: ['admin'] },
  { key: 'editor', roles: ['editor'] },
  { key: 'editor2', roles: ['editor'] },
  { key: 'reviewer', roles: ['reviewer'] },
  { key: 'reviewer2', roles: ['reviewer'] },
]
export const benchEmail = (key: string) => `${key}@bench.newsroom.example`

export interface WrittenStory {
  slug: string
  id: Id
  claims: number
  /** Rows in the claims' version history (every write to a claim adds one). */
  claimRevisions: number
  approvedClaims: number
  asOf: string
}

export interface WrittenNewsroom {
  stories: WrittenStory[]
  reviewQueue: { slug: string; storyId: Id; claimIds: Id[] }
  /** Local API writes made, and how long they took. */
  writes: number
  seconds: number
}

const REVIEW_TARGET: Record<Exclude<ClaimStep['action'], 'create' | 'edit'>, string> = {
  submit: 'pending',
  approve: 'approved',
  reject: 'rejected',
  revise: 'draft',
  retract: 'retracted',
}

/**
 * Writes a planned newsroom through Payload's Local API as the users the plan names, without
 * overriding access: every hook, validation and workflow rule runs, as for a REST request. Claims of
 * one wave are written concurrently, each claim's steps in order, each write at its planned moment.
 */
export async function writeNewsroom(
  payload: Payload,
  plan: NewsroomPlan,
  log: (line: string) => void = () => {},
): Promise<WrittenNewsroom> {
  const started = performance.now()
  let writes = 0
  const users = {} as Record<Actor | 'admin', User>
  for (const u of BENCH_USERS) {
    const doc = await payload.create({
      collection: 'users',
      data: { email: benchEmail(u.key), password: BENCH_PASSWORD, roles: u.roles } as never,
      overrideAccess: true,
    })
    users[u.key] = { ...(doc as unknown as User), collection: 'users' }
  }
  const as = (actor: Actor) => ({ user: users[actor], overrideAccess: false, depth: 0 }) as const

  const sourceIds: Record<string, Id> = {}
  for (const { key, ...source } of plan.sources) {
    const data = source.anonymous
      ? {
          ...source,
          anonymityReason: 'Not authorised to speak to the media.',
          positionToKnow: 'Directly involved in the response.',
        }
      : source
    sourceIds[key] = (
      await payload.create({ collection: 'sources', data: data as never, ...as('editor') })
    ).id
  }
  const claimData = (fields: Partial<ClaimFields>) => ({
    ...fields,
    ...(fields.source ? { source: sourceIds[fields.source] } : {}),
    ...(fields.via ? { via: fields.via.map((v) => sourceIds[v]) } : {}),
  })

  const writeStory = async (story: StoryPlan): Promise<WrittenStory> => {
    const t0 = performance.now()
    const storyDoc = await atMoment(story.startsAt, () =>
      payload.create({
        collection: 'stories',
        data: {
          title: story.title,
          slug: story.slug,
          summary: lexicalParagraphs(story.summary),
          keyMetrics: story.keyMetrics,
          _status: 'published',
        } as never,
        ...as('editor'),
      }),
    )
    for (const edit of story.summaryEdits) {
      await atMoment(edit.at, () =>
        payload.update({
          collection: 'stories',
          id: storyDoc.id,
          data: { summary: lexicalParagraphs(edit.summary), _status: 'published' } as never,
          ...as('editor'),
        }),
      )
    }
    const updateIds: Id[] = []
    for (const u of story.updates) {
      const doc = await atMoment(u.at, () =>
        payload.create({
          collection: 'updates',
          data: {
            story: storyDoc.id,
            headline: u.headline,
            body: lexicalParagraphs(...u.paragraphs),
            kind: u.kind,
            keyEvent: u.keyEvent,
            occurredAt: new Date(u.at).toISOString(),
            _status: 'published',
          } as never,
          ...as('editor'),
        }),
      )
      updateIds.push(doc.id)
    }
    writes += 1 + story.summaryEdits.length + story.updates.length

    const claimIds: Id[] = []
    for (let w = 0; w < story.claims.length; w += WAVE_SIZE) {
      const wave = story.claims.slice(w, w + WAVE_SIZE)
      await Promise.all(
        wave.map(async (claim, k) => {
          let id: Id | undefined
          for (const step of claim.steps) {
            await atMoment(step.at, async () => {
              if (step.action === 'create') {
                const doc = await payload.create({
                  collection: 'claims',
                  data: {
                    ...claimData(claim.fields),
                    story: storyDoc.id,
                    update: updateIds[claim.update],
                    supersedes: claim.supersedes != null ? claimIds[claim.supersedes] : undefined,
                    reviewState: step.state,
                  } as never,
                  ...as(step.by),
                })
                id = doc.id
              } else {
                const data =
                  step.action === 'edit'
                    ? claimData(step.changes)
                    : {
                        reviewState: REVIEW_TARGET[step.action],
                        ...('note' in step ? { reviewNote: step.note } : {}),
                      }
                await payload.update({
                  collection: 'claims',
                  id: id as Id,
                  data: data as never,
                  ...as(step.by),
                })
              }
            })
            writes++
          }
          claimIds[w + k] = id as Id
        }),
      )
      if ((w / WAVE_SIZE) % 125 === 124)
        log(`  ${story.slug}: ${w + wave.length}/${story.claims.length} claims`)
    }

    const where = { 'version.story': { equals: storyDoc.id } }
    const [revisions, approvedClaims] = await Promise.all([
      payload.countVersions({ collection: 'claims', where, overrideAccess: true }),
      payload.count({
        collection: 'claims',
        where: { story: { equals: storyDoc.id }, publicState: { equals: 'approved' } },
      }),
    ])
    log(
      `  ${story.slug}: ${story.claims.length} claims, ${revisions.totalDocs} claim revisions in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    )
    return {
      slug: story.slug,
      id: storyDoc.id,
      claims: story.claims.length,
      claimRevisions: revisions.totalDocs,
      approvedClaims: approvedClaims.totalDocs,
      asOf: new Date(story.asOf).toISOString(),
    }
  }

  const stories: WrittenStory[] = []
  for (const story of plan.stories) stories.push(await writeStory(story))

  const queue = plan.reviewQueue
  const queueStory = await atMoment(queue.at, () =>
    payload.create({
      collection: 'stories',
      data: { title: queue.title, slug: queue.slug, _status: 'published' } as never,
      ...as('editor'),
    }),
  )
  const queueIds: Id[] = []
  for (let i = 0; i < queue.claims.length; i += WAVE_SIZE) {
    const docs = await Promise.all(
      queue.claims.slice(i, i + WAVE_SIZE).map((fields, k) =>
        atMoment(queue.at + (i + k) * 60_000, () =>
          payload.create({
            collection: 'claims',
            data: { ...claimData(fields), story: queueStory.id, reviewState: 'pending' } as never,
            ...as('editor'),
          }),
        ),
      ),
    )
    queueIds.push(...docs.map((d) => d.id))
  }
  writes += 1 + queue.claims.length

  return {
    stories,
    reviewQueue: { slug: queue.slug, storyId: queueStory.id, claimIds: queueIds },
    writes,
    seconds: (performance.now() - started) / 1000,
  }
}
