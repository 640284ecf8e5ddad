import type { Payload } from 'payload'

import type { NewsroomSlugs } from '../../options.js'
import { figureTimeline, type MetricTimeline } from '../../figures/figureTimeline.js'
import { readStorySnapshot } from './readStorySnapshot.js'
import type { Id, PublicSource } from '../types.js'

export interface FigureTimelineBody {
  asOf: string | null
  story: { id: Id; slug: string; title: string }
  metrics: MetricTimeline<PublicSource>[]
}

/**
 * GET /stories/:slug/figures/timeline — per metric, each source's approved figures over time, with
 * the retracted and superseded ones marked, as public at `asOf`.
 */
export async function readStoryFigureTimeline(
  payload: Payload,
  slugs: NewsroomSlugs,
  slug: string,
  asOf: string | null,
): Promise<FigureTimelineBody | null> {
  const snapshot = await readStorySnapshot(payload, slugs, slug, asOf)
  if (!snapshot) return null
  const { id, title, keyMetrics } = snapshot.story
  const figures = snapshot.claims.filter((c) => c.kind === 'figure')
  return {
    asOf,
    story: { id, slug: snapshot.story.slug, title },
    metrics: figureTimeline(figures, snapshot.sources, keyMetrics),
  }
}
