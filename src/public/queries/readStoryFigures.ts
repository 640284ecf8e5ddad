import type { Payload } from 'payload'

import type { NewsroomSlugs } from '../../options.js'
import { compareFigures, type MetricComparison } from '../../figures/compareFigures.js'
import { readStorySnapshot } from './readStorySnapshot.js'
import type { Id, PublicSource, StorySnapshot } from '../types.js'

export interface FiguresBody {
  asOf: string | null
  story: { id: Id; slug: string; title: string }
  metrics: MetricComparison<PublicSource>[]
}

/** The comparison of a snapshot's currently approved figures, its key metrics first. */
export function publicFigures(
  snapshot: StorySnapshot,
  metrics?: readonly string[],
): MetricComparison<PublicSource>[] {
  const approved = snapshot.claims.filter(
    (c) =>
      c.state === 'approved' &&
      c.kind === 'figure' &&
      (!metrics || (c.metric && metrics.includes(c.metric))),
  )
  return compareFigures(approved, snapshot.sources, snapshot.story.keyMetrics)
}

/** GET /stories/:slug/figures — per metric, every source's approved figure side by side. */
export async function readStoryFigures(
  payload: Payload,
  slugs: NewsroomSlugs,
  slug: string,
  asOf: string | null,
): Promise<FiguresBody | null> {
  const snapshot = await readStorySnapshot(payload, slugs, slug, asOf)
  if (!snapshot) return null
  const { id, title } = snapshot.story
  return { asOf, story: { id, slug: snapshot.story.slug, title }, metrics: publicFigures(snapshot) }
}
