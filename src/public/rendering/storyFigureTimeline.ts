import { figureTimeline, type MetricTimeline } from '../../figures/figureTimeline.js'
import type { PublicSource, StorySnapshot } from '../types.js'
import { storyMetrics, type StoryMetrics } from './storyFigures.js'

export type FigureTimelineBody = StoryMetrics<MetricTimeline<PublicSource>>

/**
 * GET /stories/:slug/figures/timeline — per metric, each source's approved figures over time, with
 * the retracted and superseded ones marked, as public at `asOf`.
 */
export function storyFigureTimeline(snapshot: StorySnapshot): FigureTimelineBody {
  const figures = snapshot.claims.filter((c) => c.kind === 'figure')
  return storyMetrics(
    snapshot,
    figureTimeline(figures, snapshot.sources, snapshot.story.keyMetrics),
  )
}
