import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/** Children still running, so that an interrupted run leaves no server behind. */
const running = new Set<ChildProcess>()

export async function stopAllChildren(): Promise<void> {
  await Promise.all([...running].map((c) => c.stop()))
}

export interface ChildProcess {
  /** Stops the whole process group. */
  stop: () => Promise<void>
  exited: Promise<number>
}

/**
 * Runs a TypeScript entry (through tsx) in its own process group, its output appended to `logFile`.
 * As `npm start` does, the export conditions follow NODE_ENV: Lexical's default entry points use a
 * top-level await that Node 20 sometimes never settles (exit 13); its plain builds do not.
 */
export function runTs(
  entry: string,
  args: string[],
  env: Record<string, string>,
  logFile: string,
): ChildProcess {
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  const log = fs.openSync(logFile, 'a')
  const conditions = `--conditions=${env.NODE_ENV ?? 'development'}`
  const child = spawn(process.execPath, [conditions, '--import', 'tsx', entry, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', log, log],
    detached: true,
  })
  fs.closeSync(log)
  const exited = new Promise<number>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))),
  )
  const pid = child.pid as number
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal)
    } catch {
      // Already gone.
    }
  }
  const handle: ChildProcess = {
    exited,
    stop: async () => {
      signalGroup('SIGTERM')
      const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10_000).unref())
      if ((await Promise.race([exited, timeout])) === 'timeout') signalGroup('SIGKILL')
      await exited
      running.delete(handle)
    },
  }
  running.add(handle)
  return handle
}

/** Waits until `url` answers 2xx, or fails if the process exits or `timeoutMs` passes. */
export async function waitUntilUp(
  url: string,
  child: ChildProcess,
  timeoutMs: number,
  logFile: string,
): Promise<void> {
  let exited = false
  void child.exited.then(() => (exited = true))
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && !exited) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(
    `${url} did not come up (${exited ? 'the process exited' : 'timed out'}); see ${logFile}.`,
  )
}
