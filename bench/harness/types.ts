import type { LoadResult } from './load.js'

/** One measured scenario: the unit of bench/results/latest.json. */
export interface ScenarioResult extends Partial<
  Omit<LoadResult, 'requestsPerSecond' | 'p50Ms' | 'p99Ms'>
> {
  name: string
  database: string
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  ratios: Record<string, number>
  /** CPU time the server process spent per operation (robust to other work on the machine). */
  serverCpuMsPerOperation?: number
  /** The story read, for the cost curves. */
  story?: { slug: string; claims: number; claimRevisions: number }
  /** Database work of one read, measured on its own: adapter calls and SQL statements. */
  queriesPerRead?: { calls: number; statements: number | null }
}

export interface TargetResult {
  target: string
  database: string
  measured: string
  met: boolean | null
}

export interface GenerationResult {
  database: string
  seed: string
  writes: number
  seconds: number
  writesPerSecond: number
  stories: { slug: string; claims: number; claimRevisions: number; approvedClaims: number }[]
}

export interface BenchResults {
  startedAt: string
  mode: 'quick' | 'full'
  machine: {
    cpus: number
    cpuModel: string
    memoryGiB: number
    node: string
    platform: string
    /** 1-minute load averages when the run started and ended: other work on the machine skews results. */
    loadAverage: { start: number; end: number }
  }
  setup: Record<string, string>
  generation: GenerationResult[]
  scenarios: ScenarioResult[]
  targets: TargetResult[]
  /** What could not be measured, and why. */
  missing: string[]
  totalSeconds: number
}
