import { isQualifier, type Qualifier } from './index.js'

/**
 * The set of values a reported figure allows. `null` bounds are unbounded; an open bound excludes its
 * end ("more than 100" does not allow 100).
 */
export interface Interval {
  lower: number | null
  upper: number | null
  lowerInclusive: boolean
  upperInclusive: boolean
}

/** How far "about" and "nearly" reach from the stated number, in percent of its size. */
export const APPROXIMATION_PERCENT = 10

export interface FigureLike {
  value?: number | null
  lower?: number | null
  upper?: number | null
  qualifier?: string | null
}

const closed = (lower: number | null, upper: number | null): Interval => ({
  lower,
  upper,
  lowerInclusive: lower !== null,
  upperInclusive: upper !== null,
})

/**
 * The interval each qualifier means, for a stated value v (documented in docs/public-api.md):
 * exact [v, v]; about [v − 10%, v + 10%]; nearly [v − 10%, v) (just below, never above); atLeast [v, ∞);
 * moreThan (v, ∞); atMost and upTo (−∞, v]; lessThan (−∞, v); range [lower, upper].
 * Returns null for a figure without a usable number.
 */
export function figureInterval(figure: FigureLike): Interval | null {
  const { value, qualifier } = figure
  const q: Qualifier = isQualifier(qualifier) ? qualifier : 'exact'
  if (q === 'range') {
    const lower = figure.lower ?? value ?? null
    const upper = figure.upper ?? null
    if (lower === null || upper === null) return null
    return closed(Math.min(lower, upper), Math.max(lower, upper))
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return null
  // Multiply before dividing: 70 * 0.1 is 7.000000000000001, 70 * 10 / 100 is 7.
  const reach = (Math.abs(value) * APPROXIMATION_PERCENT) / 100
  switch (q) {
    case 'exact':
      return closed(value, value)
    case 'about':
      return closed(value - reach, value + reach)
    case 'nearly':
      return { lower: value - reach, upper: value, lowerInclusive: true, upperInclusive: false }
    case 'atLeast':
      return closed(value, null)
    case 'moreThan':
      return { lower: value, upper: null, lowerInclusive: false, upperInclusive: false }
    case 'atMost':
    case 'upTo':
      return closed(null, value)
    case 'lessThan':
      return { lower: null, upper: value, lowerInclusive: false, upperInclusive: false }
  }
}

/** The values every interval allows, or null when they have no common point. */
export function intersectIntervals(intervals: Interval[]): Interval | null {
  let result: Interval = { lower: null, upper: null, lowerInclusive: false, upperInclusive: false }
  for (const i of intervals) {
    if (i.lower !== null && (result.lower === null || i.lower > result.lower)) {
      result = { ...result, lower: i.lower, lowerInclusive: i.lowerInclusive }
    } else if (i.lower !== null && i.lower === result.lower) {
      result = { ...result, lowerInclusive: result.lowerInclusive && i.lowerInclusive }
    }
    if (i.upper !== null && (result.upper === null || i.upper < result.upper)) {
      result = { ...result, upper: i.upper, upperInclusive: i.upperInclusive }
    } else if (i.upper !== null && i.upper === result.upper) {
      result = { ...result, upperInclusive: result.upperInclusive && i.upperInclusive }
    }
  }
  const { lower, upper } = result
  if (lower !== null && upper !== null) {
    if (lower > upper) return null
    if (lower === upper && !(result.lowerInclusive && result.upperInclusive)) return null
  }
  return result
}

/** The smallest interval containing all of them (what one origin says, taken together). */
export function hullOfIntervals(intervals: Interval[]): Interval {
  const unboundedBelow = intervals.some((i) => i.lower === null)
  const unboundedAbove = intervals.some((i) => i.upper === null)
  const lower = unboundedBelow ? null : Math.min(...intervals.map((i) => i.lower as number))
  const upper = unboundedAbove ? null : Math.max(...intervals.map((i) => i.upper as number))
  return {
    lower,
    upper,
    lowerInclusive: lower !== null && intervals.some((i) => i.lower === lower && i.lowerInclusive),
    upperInclusive: upper !== null && intervals.some((i) => i.upper === upper && i.upperInclusive),
  }
}
