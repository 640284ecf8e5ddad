import fs from 'node:fs'
import path from 'node:path'

import { runTs, waitUntilUp, type ChildProcess } from './processes.js'

export interface RunningServer {
  url: string
  stop: () => Promise<void>
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

/** The newsroom app on `databaseUrl`; `cache: false` turns the public API's response cache off. */
export function startNewsroomServer(opts: {
  databaseUrl: string
  cache: boolean
  port: number
  logFile: string
}) {
  return start(
    'bench/server/benchServer.ts',
    {
      ...BENCH_ENV,
      DATABASE_URL: opts.databaseUrl,
      PORT: String(opts.port),
      NEWSROOM_PUBLIC_CACHE: opts.cache ? 'on' : 'off',
    },
    '/healthz',
    opts.logFile,
  )
}

/** The Express baseline serving `body` with `headers`, files written to `workDir`. */
export function startStaticServer(opts: {
  body: Buffer
  headers: Record<string, string>
  port: number
  workDir: string
  logFile: string
}) {
  const bodyFile = path.join(opts.workDir, 'baseline-body')
  const headersFile = path.join(opts.workDir, 'baseline-headers.json')
  fs.writeFileSync(bodyFile, opts.body)
  fs.writeFileSync(headersFile, JSON.stringify(opts.headers))
  return start(
    'bench/server/staticServer.ts',
    { PORT: String(opts.port), BODY_FILE: bodyFile, HEADERS_FILE: headersFile },
    '/',
    opts.logFile,
  )
}

/**
 * The Next.js host (bench/server/nextHostServer.ts: the app's REST route handlers of
 * `@payloadcms/next/routes` behind a plain Node server) on `databaseUrl`.
 */
export function startNextHostServer(opts: {
  databaseUrl: string
  cache: boolean
  port: number
  logFile: string
}) {
  return start(
    'bench/server/nextHostServer.ts',
    {
      ...BENCH_ENV,
      DATABASE_URL: opts.databaseUrl,
      PORT: String(opts.port),
      NEWSROOM_PUBLIC_CACHE: opts.cache ? 'on' : 'off',
    },
    '/__bench/cpu',
    opts.logFile,
  )
}

/** The Next static baseline: a route handler behind the same server answering `body` from memory. */
export function startNextStaticServer(opts: {
  body: Buffer
  headers: Record<string, string>
  port: number
  workDir: string
  logFile: string
}) {
  const bodyFile = path.join(opts.workDir, 'next-baseline-body')
  const headersFile = path.join(opts.workDir, 'next-baseline-headers.json')
  fs.writeFileSync(bodyFile, opts.body)
  fs.writeFileSync(headersFile, JSON.stringify(opts.headers))
  return start(
    'bench/server/nextHostServer.ts',
    { PORT: String(opts.port), BODY_FILE: bodyFile, HEADERS_FILE: headersFile },
    '/__bench/cpu',
    opts.logFile,
  )
}
