import type { Payload } from 'payload'

import { lexicalParagraphs } from './lexical.js'
import {
  DEMO_CLAIMS,
  DEMO_PASSWORD,
  DEMO_SOURCES,
  DEMO_STORY,
  DEMO_UPDATES,
  DEMO_USERS,
  type DemoClaim,
} from './demoStory.js'

// The demo app runs on SQL databases, whose ids the generated types say are numbers.
type Id = number
type User = { id: Id; roles?: unknown; collection?: string }

export interface DemoSummary {
  storySlug: string
  users: string[]
  password: string
}

/**
 * Loads the demo newsroom through the Local API, so every hook and workflow rule applies: the editor
 * writes, the reviewer reviews. Does nothing if any story exists.
 */
export async function seedDemoIfEmpty(payload: Payload): Promise<DemoSummary | null> {
  const { totalDocs } = await payload.count({ collection: 'stories', overrideAccess: true })
  if (totalDocs > 0) return null

  const users = {} as Record<(typeof DEMO_USERS)[number]['key'], User>
  for (const u of DEMO_USERS) {
    const existing = await payload.find({
      collection: 'users',
      where: { email: { equals: u.email } },
      overrideAccess: true,
      limit: 1,
    })
    users[u.key] = (existing.docs[0] ??
      (await payload.create({
        collection: 'users',
        data: { email: u.email, name: u.name, password: DEMO_PASSWORD, roles: [...u.roles] },
        overrideAccess: true,
      }))) as User
  }
  const editor = { ...users.editor, collection: 'users' }
  const reviewer = { ...users.reviewer, collection: 'users' }
  const as = (user: User) => ({ user, overrideAccess: true, depth: 0 }) as const

  const sources = {} as Record<keyof typeof DEMO_SOURCES, Id>
  for (const [key, data] of Object.entries(DEMO_SOURCES)) {
    sources[key as keyof typeof DEMO_SOURCES] = (
      await payload.create({ collection: 'sources', data, ...as(editor) })
    ).id
  }

  const story = await payload.create({
    collection: 'stories',
    data: { ...DEMO_STORY, summary: lexicalParagraphs(DEMO_STORY.summary), _status: 'published' },
    ...as(editor),
  })

  const updates = {} as Record<keyof typeof DEMO_UPDATES, Id>
  for (const [key, { paragraphs, ...data }] of Object.entries(DEMO_UPDATES)) {
    const update = await payload.create({
      collection: 'updates',
      data: {
        ...data,
        story: story.id,
        body: lexicalParagraphs(...paragraphs),
        _status: 'published',
      },
      ...as(editor),
    })
    updates[key as keyof typeof DEMO_UPDATES] = update.id
  }

  const claims: Record<string, Id> = {}
  // Superseded claims are approved first, so that approving their successor supersedes them.
  const ordered = [...DEMO_CLAIMS].sort(
    (a, b) => Number(Boolean(a.supersedes)) - Number(Boolean(b.supersedes)),
  )
  for (const c of ordered) {
    claims[c.key] = await seedClaim(payload, c, {
      story: story.id,
      updates,
      sources,
      claims,
      editor,
      reviewer,
    })
  }

  return {
    storySlug: DEMO_STORY.slug,
    users: DEMO_USERS.map((u) => `${u.email} (${u.roles.join(', ')})`),
    password: DEMO_PASSWORD,
  }
}

async function seedClaim(
  payload: Payload,
  c: DemoClaim,
  ctx: {
    story: Id
    updates: Record<string, Id>
    sources: Record<string, Id>
    claims: Record<string, Id>
    editor: User
    reviewer: User
  },
): Promise<Id> {
  const { key: _key, update, source, via, state, note, supersedes, ...fields } = c
  const doc = await payload.create({
    collection: 'claims',
    data: {
      ...fields,
      story: ctx.story,
      update: ctx.updates[update],
      source: source ? ctx.sources[source] : undefined,
      via: via?.map((v) => ctx.sources[v]),
      supersedes: supersedes ? ctx.claims[supersedes] : undefined,
      reviewState: state === 'draft' ? 'draft' : 'pending',
    },
    user: ctx.editor,
    overrideAccess: true,
    depth: 0,
  })
  if (state === 'approved' || state === 'superseded' || state === 'rejected') {
    await payload.update({
      collection: 'claims',
      id: doc.id,
      data: { reviewState: state === 'rejected' ? 'rejected' : 'approved', reviewNote: note },
      user: ctx.reviewer,
      overrideAccess: true,
      depth: 0,
    })
  }
  return doc.id
}
