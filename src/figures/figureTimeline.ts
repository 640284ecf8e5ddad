import {
  figureReading,
  originOf,
  type FigureClaim,
  type FigureReading,
  type FigureSource,
} from './compareFigures.js'
import { figureInterval } from './figureInterval.js'
import { extractID } from '../extractID.js'

type Id = number | string

/** A figure claim with its place in time and its review outcome. */
export interface TimedFigureClaim extends FigureClaim {
  /** Public states (approved, retracted, superseded) or, in the admin panel, review states. */
  state: string
  approvedAt?: string | null
  createdAt?: string | null
  endedAt?: string | null
  supersedes?: Id | null
}

export interface TimelinePoint extends FigureReading {
  /** When the source said it (attributedAt), or else when it was approved (or written). */
  at: string
  state: string
  /** When it was retracted or superseded. */
  endedAt: string | null
  supersedes: Id | null
}

export interface FigureSeries<S extends FigureSource> {
  /** One voice: a source however relayed, or an unattributed claim on its own (see originOf). */
  origin: string
  source: S | null
  points: TimelinePoint[]
}

export interface MetricTimeline<S extends FigureSource> {
  metric: string
  units: string[]
  series: FigureSeries<S>[]
}

/**
 * Per metric, how each source's number moved over time: one series per origin, its points in time
 * order, each with the interval its qualifier means ("at least", "nearly", ranges) and its state, so
 * retracted and superseded figures stay on the line, marked. Pure, like compareFigures: the public
 * API passes a snapshot's claims, the admin panel the desk's. Claims without a metric, a usable
 * number or a time are left out.
 */
export function figureTimeline<S extends FigureSource>(
  claims: readonly TimedFigureClaim[],
  sources: ReadonlyMap<string, S>,
  order: readonly string[] = [],
): MetricTimeline<S>[] {
  const byMetric = new Map<string, Map<string, FigureSeries<S>>>()
  const units = new Map<string, Set<string>>()
  for (const claim of claims) {
    const interval = figureInterval(claim)
    const at = claim.attributedAt ?? claim.approvedAt ?? claim.createdAt ?? null
    if (!claim.metric || !interval || !at) continue
    const origin = originOf(claim)
    const perOrigin = byMetric.get(claim.metric) ?? new Map<string, FigureSeries<S>>()
    byMetric.set(claim.metric, perOrigin)
    const series = perOrigin.get(origin) ?? {
      origin,
      source: claim.source != null ? (sources.get(String(claim.source)) ?? null) : null,
      points: [],
    }
    perOrigin.set(origin, series)
    series.points.push({
      ...figureReading(claim, interval),
      at,
      state: claim.state,
      endedAt: claim.endedAt ?? null,
      supersedes: extractID(claim.supersedes),
    })
    if (claim.unit) units.set(claim.metric, (units.get(claim.metric) ?? new Set()).add(claim.unit))
  }
  const rank = (metric: string) => {
    const i = order.indexOf(metric)
    return i === -1 ? order.length : i
  }
  const byTime = (a: TimelinePoint, b: TimelinePoint) =>
    a.at.localeCompare(b.at) || String(a.claim).localeCompare(String(b.claim))
  return [...byMetric.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([metric, perOrigin]) => ({
      metric,
      units: [...(units.get(metric) ?? [])],
      series: [...perOrigin.values()]
        .map((s) => ({ ...s, points: s.points.sort(byTime) }))
        .sort((a, b) => byTime(a.points[0], b.points[0])),
    }))
}
