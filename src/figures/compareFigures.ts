import { convertMeasure, isMeasureUnit } from './units.js'
import {
  figureInterval,
  hullOfIntervals,
  intersectIntervals,
  type Interval,
} from './figureInterval.js'

import type { ClaimSubstance, FigureField, Id } from '../claims/claimModel.js'

/** A figure claim as loaded (public view or, in the admin panel, a draft): relationships as ids. */
export type FigureClaim = { id: Id } & {
  [K in FigureField | 'source' | 'via' | 'verb' | 'attributedAt']?: ClaimSubstance[K] | null
}

export interface FigureSource {
  id: Id
  interestedParty?: boolean | null
}

/** A claim's figure as the comparison and the timeline show it. */
export interface FigureReading {
  claim: Id
  phrase: string | null
  value: number | null
  qualifier: string | null
  unit: string | null
  /** Set for a vague amount ("dozens"): its interval is the documented one (numberWords.ts). */
  vague: boolean
  /** The values the figure allows, in the metric's `comparedIn` unit when it is a measure. */
  interval: Interval
}

/** The figure of a claim whose interval is known: the one projection the comparison and timeline share. */
export const figureReading = (claim: FigureClaim, interval: Interval): FigureReading => ({
  claim: claim.id,
  phrase: claim.phrase ?? null,
  value: claim.value ?? null,
  qualifier: claim.qualifier ?? null,
  unit: claim.unit ?? null,
  vague: Boolean(claim.vague),
  interval,
})

export interface ComparedClaim<S extends FigureSource> extends FigureReading {
  source: S | null
  via: S[]
  verb: string | null
  attributedAt: string | null
  /** Claims with the same origin are one voice however they were relayed (see `originOf`). */
  origin: string
  notIndependentlyVerified: boolean
  /**
   * How many other independent origins agree with it: have a figure for the same metric whose interval
   * overlaps this one's. Relays collapse to their origin, so "X, via Reuters" and X count once.
   */
  corroboratedBy: number
}

export interface MetricComparison<S extends FigureSource> {
  metric: string
  units: string[]
  /**
   * The unit the intervals, spread and agreement are in when the figures are physical measures:
   * "5 km" and "5,000 m" are compared as 5,000 m and 5,000 m. Null for counts, money and percent.
   */
  comparedIn: string | null
  claims: ComparedClaim<S>[]
  spread: { lowest: number; highest: number; difference: number }
  origins: number
  /** The values every origin allows; null when they have no common point. */
  agreement: Interval | null
  /** Independent origins (two or more) whose intervals have no common point. */
  conflict: boolean
}

/**
 * Who a claim ultimately comes from: its source, whatever relay chain (`via`) carried it, so "a security
 * source, via Reuters" and that source's direct claim are one origin. An unattributed claim is its own
 * origin: nothing says it repeats anyone else.
 */
export function originOf(claim: FigureClaim): string {
  return claim.source != null ? `source:${claim.source}` : `claim:${claim.id}`
}

const byTimeThenId = (a: ComparedClaim<FigureSource>, b: ComparedClaim<FigureSource>): number =>
  (a.attributedAt ?? '\uffff').localeCompare(b.attributedAt ?? '\uffff') ||
  String(a.claim).localeCompare(String(b.claim))

/**
 * Per metric, every given figure claim side by side with its interval, the spread of the stated values,
 * the number of independent origins and whether they conflict. Pure: the caller picks the claims (the
 * public API passes the currently approved ones; the admin panel may pass drafts) and loads the sources.
 * Claims without a metric or without a usable number are left out. Metrics come in `order` first, then
 * alphabetically.
 */
export function compareFigures<S extends FigureSource>(
  claims: readonly FigureClaim[],
  sources: ReadonlyMap<string, S>,
  order: readonly string[] = [],
): MetricComparison<S>[] {
  const byMetric = new Map<string, ComparedClaim<S>[]>()
  for (const claim of claims) {
    const interval = figureInterval(claim)
    if (!claim.metric || !interval) continue
    const source = claim.source != null ? (sources.get(String(claim.source)) ?? null) : null
    const via = (claim.via ?? [])
      .map((id) => sources.get(String(id)))
      .filter((s): s is S => s !== undefined)
    const compared: ComparedClaim<S> = {
      ...figureReading(claim, interval),
      source,
      via,
      verb: claim.verb ?? null,
      attributedAt: claim.attributedAt ?? null,
      origin: originOf(claim),
      notIndependentlyVerified: Boolean(source?.interestedParty),
      corroboratedBy: 0,
    }
    const same = byMetric.get(claim.metric)
    if (same) same.push(compared)
    else byMetric.set(claim.metric, [compared])
  }
  const rank = (metric: string) => {
    const i = order.indexOf(metric)
    return i === -1 ? order.length : i
  }
  return [...byMetric.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([metric, compared]) => summarise(metric, compared.sort(byTimeThenId)))
}

/**
 * The measure unit a metric's figures are compared in: the first claim's, when it is a measure unit
 * every other measure of the metric converts to (js-quantities, units.ts); else null.
 */
function commonMeasureUnit(claims: ComparedClaim<FigureSource>[]): string | null {
  const units = claims.map((c) => c.unit).filter((u): u is string => isMeasureUnit(u))
  if (!units.length) return null
  const [first] = units
  return units.every((u) => convertMeasure(1, u, first) !== null) ? first : null
}

function convertInterval(interval: Interval, from: string, to: string): Interval {
  const convert = (n: number | null) => (n === null ? null : convertMeasure(n, from, to))
  return { ...interval, lower: convert(interval.lower), upper: convert(interval.upper) }
}

function summarise<S extends FigureSource>(
  metric: string,
  stated: ComparedClaim<S>[],
): MetricComparison<S> {
  const comparedIn = commonMeasureUnit(stated)
  const claims = comparedIn
    ? stated.map((c) =>
        c.unit && c.unit !== comparedIn && isMeasureUnit(c.unit)
          ? { ...c, interval: convertInterval(c.interval, c.unit, comparedIn) }
          : c,
      )
    : stated
  const perOrigin = new Map<string, Interval[]>()
  for (const c of claims) perOrigin.set(c.origin, [...(perOrigin.get(c.origin) ?? []), c.interval])
  const agreement = intersectIntervals([...perOrigin.values()].map(hullOfIntervals))
  for (const c of claims) {
    c.corroboratedBy = [...perOrigin].filter(
      ([origin, intervals]) =>
        origin !== c.origin && intervals.some((i) => intersectIntervals([c.interval, i]) !== null),
    ).length
  }
  // Both ends of a range are stated numbers; a measure's in the unit compared in.
  const values = claims.flatMap((c) =>
    c.qualifier === 'range'
      ? [c.interval.lower as number, c.interval.upper as number]
      : [inUnit(c.value as number, c.unit, comparedIn)],
  )
  const lowest = Math.min(...values)
  const highest = Math.max(...values)
  return {
    metric,
    units: [...new Set(claims.map((c) => c.unit).filter((u): u is string => Boolean(u)))],
    comparedIn,
    claims,
    spread: { lowest, highest, difference: highest - lowest },
    origins: perOrigin.size,
    agreement,
    conflict: perOrigin.size > 1 && agreement === null,
  }
}

function inUnit(value: number, unit: string | null, comparedIn: string | null): number {
  if (!comparedIn || !unit || unit === comparedIn) return value
  return convertMeasure(value, unit, comparedIn) ?? value
}
