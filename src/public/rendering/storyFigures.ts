import { compareFigures, type MetricComparison } from '../../figures/compareFigures.js'
import type { PublicSource, PublicStory, StorySnapshot } from '../types.js'

/** A figures document: the story it is of, the moment, and per metric what `M` says of it. */
export interface StoryMetrics<M> {
  asOf: string | null
  story: Pick<PublicStory, 'id' | 'slug' | 'title'>
  metrics: M[]
}

export const storyMetrics = <M>(snapshot: StorySnapshot, metrics: M[]): StoryMetrics<M> => {
  const { id, slug, title } = snapshot.story
  return { asOf: snapshot.asOf, story: { id, slug, title }, metrics }
}

export type FiguresBody = StoryMetrics<MetricComparison<PublicSource>>

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
export const storyFigures = (snapshot: StorySnapshot): FiguresBody =>
  storyMetrics(snapshot, publicFigures(snapshot))
