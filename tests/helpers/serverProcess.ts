import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * A real server process of the app (bench/server/benchServer.ts: createExpressApp without the admin
 * panel), NODE_ENV=production so the schema comes from the committed migrations, on the database of
 * `databaseUrl`. For what only separate processes show: two servers on one database, kill -9.
 */
export interface ServerProcess {
  url: string
  pid: number
  log: () => string
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>
  kill: (signal?: NodeJS.Signals) => Promise<number | string>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

/** Starts the process; resolves once /healthz answers 200, or rejects with its log if it exits first. */
export async function startServerProcess(
  databaseUrl: string,
  logFile: string,
  options: {
    waitForHealth?: boolean
    /** The server's entry point, from the project root (default bench/server/benchServer.ts). */
    entry?: string
  } = {},
): Promise<ServerProcess> {
  const port = await freePort()
  const out = fs.openSync(logFile, 'a')
  const child: ChildProcess = spawn(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', options.entry ?? 'bench/server/benchServer.ts'],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PAYLOAD_SECRET: 'process-test-secret',
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        LOG_LEVEL: 'warn',
        // Not Jest's flags (VM modules, conditions): the server runs as `npm start` would.
        NODE_OPTIONS: '',
      },
      stdio: ['ignore', out, out],
    },
  )
  fs.closeSync(out)
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  )
  const log = () => fs.readFileSync(logFile, 'utf8')
  const server: ServerProcess = {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid as number,
    log,
    exited,
    kill: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      return exited
    },
  }
  if (options.waitForHealth === false) return server
  const deadline = Date.now() + 180_000
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`The server exited (${await exited}) before answering:\n${log()}`)
    const ok = await fetch(`${server.url}/healthz`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return server
    if (Date.now() > deadline) {
      await server.kill('SIGKILL')
      throw new Error(`The server did not answer in 180 s:\n${log()}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
}

export interface Http {
  status: number
  body: any // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** JSON over HTTP to a server process, with a JWT when given. */
export async function call(
  base: string,
  method: string,
  url: string,
  token?: string,
  body?: unknown,
): Promise<Http> {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: {
      ...(token ? { Authorization: `JWT ${token}` } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  })
  const text = await res.text()
  let parsed: unknown = {}
  try {
    parsed = text ? JSON.parse(text) : {}
  } catch {
    parsed = { text }
  }
  return { status: res.status, body: parsed }
}

export const STAFF = ['editor', 'reviewer', 'reviewer2'] as const
export type Staff = (typeof STAFF)[number]

/** The first user (admin) registers; it creates an editor and two reviewers; all sign in. */
export async function signInStaff(base: string): Promise<Record<Staff, string>> {
  const password = 'process-test-password'
  const first = await call(base, 'POST', '/api/users/first-register', undefined, {
    email: 'admin@test.newsroom',
    password,
  })
  if (first.status !== 200)
    throw new Error(`first-register: ${first.status} ${JSON.stringify(first.body)}`)
  for (const name of STAFF) {
    const roles = name === 'editor' ? ['editor'] : ['reviewer']
    const created = await call(base, 'POST', '/api/users', first.body.token, {
      email: `${name}@test.newsroom`,
      password,
      roles,
    })
    if (created.status !== 201) throw new Error(`create ${name}: ${created.status}`)
  }
  return logIn(base, password)
}

export async function logIn(
  base: string,
  password = 'process-test-password',
): Promise<Record<Staff, string>> {
  const tokens = {} as Record<Staff, string>
  for (const name of STAFF) {
    const res = await call(base, 'POST', '/api/users/login', undefined, {
      email: `${name}@test.newsroom`,
      password,
    })
    if (res.status !== 200) throw new Error(`login ${name}: ${res.status}`)
    tokens[name] = res.body.token
  }
  return tokens
}
