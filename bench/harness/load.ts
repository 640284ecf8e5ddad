import autocannon from 'autocannon'

export interface LoadSpec {
  url: string
  /** The requests one logical read consists of, made in order on one connection (Payload REST: two). */
  requests: autocannon.Request[]
  connections: number
  /** Run for this long, or (writes) until `amount` logical operations are done. */
  durationSeconds?: number
  amount?: number
  headers?: Record<string, string>
}

export interface LoadResult {
  /** Logical reads (or writes) per second. */
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  operations: number
  /** Responses other than 2xx, connection errors and timeouts: a scenario with any is suspect. */
  non2xx: number
  errors: number
  bytesPerOperation: number
  connections: number
  durationSeconds: number
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits

/** The raw counts of one run, kept so that runs taken in turns can be summed (see `combineRuns`). */
export interface LoadRun {
  latencies: number[]
  seconds: number
  non2xx: number
  errors: number
  bytes: number
  connections: number
}

/** Runs summed into one result: operations over their summed seconds, percentiles over all latencies. */
export function combineRuns(runs: LoadRun[]): LoadResult {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b)
  const seconds = runs.reduce((sum, r) => sum + r.seconds, 0)
  const bytes = runs.reduce((sum, r) => sum + r.bytes, 0)
  return {
    requestsPerSecond: round(latencies.length / seconds, 1),
    p50Ms: round(percentile(latencies, 50), 2),
    p99Ms: round(percentile(latencies, 99), 2),
    operations: latencies.length,
    non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    bytesPerOperation: latencies.length ? Math.round(bytes / latencies.length) : 0,
    connections: runs[0]?.connections ?? 0,
    durationSeconds: round(seconds, 2),
  }
}

/** Drives a server as `runLoadRaw` does and summarises the run. */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return combineRuns([await runLoadRaw(spec)])
}

/**
 * Drives a server with autocannon from this process (the server runs in another) and measures
 * logical operations: the latency of one is the sum of its requests' latencies on one connection.
 */
export function runLoadRaw(spec: LoadSpec): Promise<LoadRun> {
  const perOperation = spec.requests.length
  const latencies: number[] = []
  const pending = new Map<unknown, { count: number; ms: number }>()
  let non2xx = 0
  let bytes = 0
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        ...(spec.amount
          ? { amount: spec.amount * perOperation }
          : { duration: spec.durationSeconds ?? 10 }),
        requests: spec.requests,
        headers: spec.headers,
        timeout: 60,
      },
      (err, result) => {
        if (err) return reject(err)
        resolve({
          latencies,
          seconds: result.duration,
          non2xx,
          errors: result.errors + result.timeouts,
          bytes,
          connections: spec.connections,
        })
      },
    )
    instance.on('response', (client, statusCode, resBytes, responseTime) => {
      if (statusCode < 200 || statusCode >= 300) non2xx++
      bytes += resBytes
      const op = pending.get(client) ?? { count: 0, ms: 0 }
      op.count++
      op.ms += responseTime
      if (op.count === perOperation) {
        latencies.push(op.ms)
        pending.delete(client)
      } else pending.set(client, op)
    })
  })
}
