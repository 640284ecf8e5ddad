import { presentClaim, supersessions, type PresentedClaim } from './presentClaim.js'
import { publicFigures } from './storyFigures.js'
import { richTextToHtml } from './renderRichText.js'
import type { Id, PublicClaim, PublicStory, PublicUpdate, StorySnapshot } from '../types.js'

export interface StoryHeader {
  id: Id
  slug: string
  title: string
  state: string
  keyMetrics: string[]
  summaryHtml: string
  createdAt: string
  updatedAt: string
  lastActivityAt: string
}

export interface StoryBody {
  asOf: string | null
  story: StoryHeader
  updates: (Omit<PublicUpdate, 'body' | 'story'> & { bodyHtml: string; claims: Id[] })[]
  claims: PresentedClaim[]
  corrections: PresentedClaim[]
  superseded: PresentedClaim[]
}

/** The latest public moment of a story: its last published version or its latest published update. */
export function lastActivityOf(story: PublicStory, updates: readonly PublicUpdate[]): string {
  return updates.reduce(
    (latest, u) => (u.publishedAt > latest ? u.publishedAt : latest),
    story.updatedAt,
  )
}

export function storyHeader(story: PublicStory, updates: readonly PublicUpdate[]): StoryHeader {
  return {
    id: story.id,
    slug: story.slug,
    title: story.title,
    state: story.state,
    keyMetrics: story.keyMetrics,
    summaryHtml: richTextToHtml(story.summary, new Map()),
    createdAt: story.createdAt,
    updatedAt: story.updatedAt,
    lastActivityAt: lastActivityOf(story, updates),
  }
}

/** GET /stories/:slug — the story, its updates newest first, its approved claims and its corrections. */
export function storyBody(snapshot: StorySnapshot): StoryBody {
  const { story, updates, claims, sources, asOf } = snapshot
  const byId = new Map(claims.map((c) => [String(c.id), c]))
  const replacedBy = supersessions(claims)
  const corroboration = new Map(
    publicFigures(snapshot).flatMap((m) =>
      m.claims.map((c) => [String(c.claim), c.corroboratedBy]),
    ),
  )
  const present = (state: PublicClaim['state']) =>
    claims
      .filter((c) => c.state === state)
      .map((c) => {
        const presented = presentClaim(c, sources, replacedBy)
        const corroboratedBy = corroboration.get(String(c.id))
        return corroboratedBy === undefined ? presented : { ...presented, corroboratedBy }
      })
  return {
    asOf,
    story: storyHeader(story, updates),
    // Pinned updates first, each group newest first.
    updates: [...updates.filter((u) => u.pinned), ...updates.filter((u) => !u.pinned)].map(
      ({ body, story: _story, ...u }) => ({
        ...u,
        bodyHtml: richTextToHtml(body, byId),
        claims: claims
          .filter((c) => c.state === 'approved' && String(c.update) === String(u.id))
          .map((c) => c.id),
      }),
    ),
    claims: present('approved'),
    corrections: present('retracted'),
    superseded: present('superseded'),
  }
}
