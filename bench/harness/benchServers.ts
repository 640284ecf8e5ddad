import fs from 'node:fs'
import path from 'node:path'

import { runTs, waitUntilUp, type ChildProcess } from './processes.js'

export interface RunningServer {
  url: string
  stop: () => Promise<void>
  /** Headers every request to it carries (the Next baseline is a route of the app's own process). */
  headers?: Record<string, string>
}

/** Secret and mode of every bench process: production, so the schema comes from the migrations. */
export const BENCH_ENV = { NODE_ENV: 'production', PAYLOAD_SECRET: 'newsroom-bench-secret' }

async function start(
  entry: string,
  env: Record<string, string>,
  health: string,
  logFile: string,
): Promise<RunningServer> {
  const child: ChildProcess = runTs(entry, [], env, logFile)
  const url = `http://127.0.0.1:${env.PORT}`
  try {
    await waitUntilUp(`${url}${health}`, child, 120_000, logFile)
  } catch (err) {
    await child.stop()
    throw err
  }
  return { url, stop: child.stop }
}

/**
 * Each host the bench measures: its app server, and the baseline beside it that answers the same bytes
 * from memory.
 * - `express`: bench/server/benchServer.ts (the Express host), against an Express app of its own
 *   (bench/server/staticServer.ts) sending a buffer;
 * - `next`: bench/server/nextHostServer.ts (the REST route handlers of `@payloadcms/next/routes`), against
 *   a route handler in that same process sending a buffer, as a static route of a newsroom's Next app
 *   would run beside Payload's.
 */
const HOSTS = {
  express: { app: 'bench/server/benchServer.ts', appHealth: '/healthz', ownBaseline: true },
  next: { app: 'bench/server/nextHostServer.ts', appHealth: '/__bench/cpu', ownBaseline: false },
} as const
export type BenchHost = keyof typeof HOSTS

/** The newsroom app in `host` on `databaseUrl`; `cache: false` turns the public API's response cache off. */
export function startAppServer(
  host: BenchHost,
  opts: { databaseUrl: string; cache: boolean; port: number; logFile: string },
) {
  return start(
    HOSTS[host].app,
    {
      ...BENCH_ENV,
      DATABASE_URL: opts.databaseUrl,
      PORT: String(opts.port),
      NEWSROOM_PUBLIC_CACHE: opts.cache ? 'on' : 'off',
    },
    HOSTS[host].appHealth,
    opts.logFile,
  )
}

/** The baseline of `host` beside `app`, serving `body` with `headers` (files written to `workDir`). */
export async function startBaselineServer(
  host: BenchHost,
  opts: {
    app: RunningServer
    body: Buffer
    headers: Record<string, string>
    port: number
    workDir: string
    logFile: string
  },
): Promise<RunningServer> {
  if (!HOSTS[host].ownBaseline) {
    const res = await fetch(`${opts.app.url}/__bench/baseline`, {
      method: 'POST',
      headers: { 'x-bench-baseline-headers': JSON.stringify(opts.headers) },
      body: new Uint8Array(opts.body),
    })
    if (res.status !== 204) throw new Error(`${host} baseline: POST answered ${res.status}`)
    return { url: opts.app.url, headers: { 'x-bench-baseline': '1' }, stop: async () => {} }
  }
  const bodyFile = path.join(opts.workDir, `${host}-baseline-body`)
  const headersFile = path.join(opts.workDir, `${host}-baseline-headers.json`)
  fs.writeFileSync(bodyFile, opts.body)
  fs.writeFileSync(headersFile, JSON.stringify(opts.headers))
  return start(
    'bench/server/staticServer.ts',
    { PORT: String(opts.port), BODY_FILE: bodyFile, HEADERS_FILE: headersFile },
    '/',
    opts.logFile,
  )
}
