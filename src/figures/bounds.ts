import type { Qualifier } from './qualifiers.js'

/**
 * Which bound a qualifier fixes to the value (DESIGN.md "Figure conventions"): exact and about have
 * none; atLeast/moreThan set lower = value; atMost/upTo/lessThan/nearly set upper = value; range
 * sets both, with value = lower.
 */
export type BoundRule = 'none' | 'lower' | 'upper' | 'both'

export const BOUND_RULE: Record<Qualifier, BoundRule> = {
  exact: 'none',
  about: 'none',
  atLeast: 'lower',
  moreThan: 'lower',
  atMost: 'upper',
  upTo: 'upper',
  lessThan: 'upper',
  nearly: 'upper',
  range: 'both',
}

/** Bounds implied by a single stated number; a range needs its upper number given separately. */
export function boundsFor(
  qualifier: Qualifier,
  value: number,
  rangeUpper: number | null = null,
): { lower: number | null; upper: number | null } {
  switch (BOUND_RULE[qualifier]) {
    case 'none':
      return { lower: null, upper: null }
    case 'lower':
      return { lower: value, upper: null }
    case 'upper':
      return { lower: null, upper: value }
    case 'both':
      return { lower: value, upper: rangeUpper }
  }
}
