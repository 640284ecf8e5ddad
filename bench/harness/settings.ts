/** Sizes, durations and concurrency of a bench run. */
export interface BenchSettings {
  mode: 'quick' | 'full'
  /** The story of the side-by-side scenarios, by its number of claims. */
  headlineClaims: number
  /** A small story, for the cached story against the baseline where bytes do not dominate. */
  smallClaims: number
  /** Uncached story latency at these story sizes (claims). */
  storyCurve: number[]
  /** asOf latency on the stories of these sizes (claims; their revisions are reported). */
  asOfCurve: number[]
  /** Submitted claims for the write path to approve. */
  reviewQueue: number
  durationSeconds: number
  /** A cost-curve point makes as many reads as fit in this many seconds, and at least three. */
  curveSeconds: number
  /** Unrecorded load before each measured read scenario. */
  warmupSeconds: number
  /** Connections for reads served from memory (cached, baseline) and for reads that hit the database. */
  hotConnections: number
  dbConnections: number
  writeConnections: number
  basePort: number
  seed: string
}

const common = {
  hotConnections: 100,
  dbConnections: 10,
  writeConnections: 10,
  basePort: 3700,
  seed: 'newsroom-bench',
}

/** About 5 revisions per claim: stories of 200, 2,000 and 10,000 claims hold ~1k, ~10k and ~50k. */
export const FULL: BenchSettings = {
  ...common,
  mode: 'full',
  headlineClaims: 1000,
  smallClaims: 100,
  storyCurve: [100, 1000, 10000],
  asOfCurve: [200, 2000, 10000],
  reviewQueue: 600,
  durationSeconds: 10,
  curveSeconds: 8,
  warmupSeconds: 3,
}

/** Small enough to finish, both databases, in under three minutes. */
export const QUICK: BenchSettings = {
  ...common,
  mode: 'quick',
  headlineClaims: 100,
  smallClaims: 20,
  storyCurve: [20, 50, 100],
  asOfCurve: [20, 50, 100],
  reviewQueue: 40,
  durationSeconds: 2,
  curveSeconds: 2,
  warmupSeconds: 1,
}

/** Every story size a run needs, each written once. */
export const storySizes = (s: BenchSettings): number[] =>
  [...new Set([s.headlineClaims, s.smallClaims, ...s.storyCurve, ...s.asOfCurve])].sort(
    (a, b) => a - b,
  )
