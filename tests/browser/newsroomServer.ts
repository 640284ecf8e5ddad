import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export interface RunningNewsroom {
  url: string
  log: () => string
  stop: () => Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

function run(args: string[], env: NodeJS.ProcessEnv, logFile: string): ChildProcess {
  const out = fs.openSync(logFile, 'a')
  // As `npm start` runs it: the "production" condition picks Lexical's plain builds, whose
  // top-level-await entries otherwise make Node 20 exit 13 at random on start.
  const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', ...args], {
    cwd: root,
    env,
    // Its own process group, so that stopping it also stops the workers Next starts.
    detached: true,
    stdio: ['ignore', out, out],
  })
  fs.closeSync(out)
  return child
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))

/**
 * The production server (`NODE_ENV=production npm start`, the built panel) on a fresh SQLite file
 * holding the demo newsroom, on a free port. Migrations create the schema, as in production.
 */
export async function startNewsroom(): Promise<RunningNewsroom> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-browser-'))
  const logFile = path.join(dir, 'server.log')
  const port = await freePort()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production' as NodeJS.ProcessEnv['NODE_ENV'],
    PAYLOAD_SECRET: 'browser-test-secret',
    DATABASE_URL: `file:${path.join(dir, 'newsroom.db')}`,
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: '1',
    // Not Jest's flags (VM modules, resolution conditions): the server runs as `npm start` would.
    NODE_OPTIONS: '',
  }
  const seeding = run(['tests/browser/seedDatabase.ts'], env, logFile)
  if ((await exited(seeding)) !== 0) {
    throw new Error(`Seeding the demo newsroom failed:\n${fs.readFileSync(logFile, 'utf8')}`)
  }
  const server = run(['demo/server/start.ts'], env, logFile)
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    if (server.exitCode !== null) {
      throw new Error(
        `The server exited (code ${server.exitCode}, signal ${server.signalCode}):\n${fs.readFileSync(logFile, 'utf8')}`,
      )
    }
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) break
    if (Date.now() > deadline) throw new Error(`The server did not answer in 120 s.`)
    await new Promise((r) => setTimeout(r, 250))
  }
  return {
    url,
    log: () => fs.readFileSync(logFile, 'utf8'),
    stop: async () => {
      if (server.exitCode === null) {
        const done = exited(server)
        process.kill(-server.pid!, 'SIGTERM')
        await Promise.race([done, new Promise((r) => setTimeout(r, 10_000))])
        if (server.exitCode === null) process.kill(-server.pid!, 'SIGKILL')
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
