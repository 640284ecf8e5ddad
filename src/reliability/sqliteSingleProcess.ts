import { createHash } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { DatabaseAdapterObj } from 'payload'

import { rawAdapter } from '../payloadInternals.js'

/**
 * One server process per SQLite file. A second process on the same file cannot take turns with the
 * first (the plugin orders writes within a process; across processes libSQL's synchronous lock waits
 * block each event loop), so it is refused at start, with a message that says why.
 *
 * The claim on the file is a local socket that the holding process listens on: the kernel closes it
 * when the process ends, however it ends (kill -9 included), so a stale claim is told from a live one
 * by trying to connect — no PID files to go stale, no clean shutdown needed.
 */
export class SqliteFileInUse extends Error {
  constructor(file: string, holder: string) {
    super(
      `payload-plugin-newsroom: the SQLite file ${file} is in use by another server process (pid ${holder}). ` +
        'Run one server process per SQLite file, or use PostgreSQL for several.',
    )
    this.name = 'SqliteFileInUse'
  }
}

/** The file of a `file:` URL, or null for an in-memory or remote database. */
export function sqliteFile(url: string | undefined): string | null {
  if (!url?.startsWith('file:')) return null
  const rest = url.slice('file:'.length).split('?')[0]
  if (!rest || rest === ':memory:' || rest.startsWith(':memory:')) return null
  return path.resolve(rest.replace(/^\/\/(?=\/)/, ''))
}

function claimAddress(file: string): string {
  let real = file
  try {
    real = fs.realpathSync(file)
  } catch {
    // Not created yet: its path names it.
  }
  const id = createHash('sha256').update(real).digest('hex').slice(0, 24)
  return process.platform === 'win32'
    ? `\\\\.\\pipe\\newsroom-sqlite-${id}`
    : path.join(os.tmpdir(), `newsroom-sqlite-${id}.sock`)
}

/** What answers at the address: the holder's pid, or null when nobody listens there. */
function holderAt(address: string): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = net.connect(address)
    let pid = ''
    socket.setTimeout(2000, () => {
      socket.destroy()
      resolve('unknown')
    })
    socket.on('data', (chunk) => (pid += chunk))
    socket.on('end', () => resolve(pid.trim() || 'unknown'))
    socket.on('error', () => resolve(null))
  })
}

const listen = (server: net.Server, address: string) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(address, () => {
      server.off('error', reject)
      resolve()
    })
  })

/** Claims held by this process, by address: a second instance in the same process shares it. */
const held = new Map<string, { server: net.Server; users: number }>()

/** Claims the SQLite file for this process, or throws SqliteFileInUse. Returns the release. */
export async function claimSqliteFile(file: string): Promise<() => Promise<void>> {
  const address = claimAddress(file)
  let claim = held.get(address)
  if (!claim) {
    const server = net.createServer((socket) => socket.end(`${process.pid}\n`))
    server.unref()
    try {
      await listen(server, address)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err
      const holder = await holderAt(address)
      if (holder) throw new SqliteFileInUse(file, holder)
      // Its holder is gone (killed, crashed): the socket file is all that is left of it.
      if (process.platform !== 'win32') fs.rmSync(address, { force: true })
      await listen(server, address)
    }
    claim = { server, users: 0 }
    held.set(address, claim)
  }
  claim.users++
  const mine = claim
  let released = false
  return async () => {
    if (released) return
    released = true
    if (--mine.users > 0) return
    held.delete(address)
    await new Promise<void>((resolve) => mine.server.close(() => resolve()))
  }
}

/**
 * The app's database adapter, claiming its SQLite file before it connects (before migrations or a
 * schema push touch the file) and releasing it when Payload is destroyed. Other adapters unchanged.
 */
export function claimingSqliteFile(db: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...db,
    init: (args) => {
      const adapter = db.init(args)
      const raw = rawAdapter(adapter)
      const file = raw.name === 'sqlite' ? sqliteFile(raw.clientConfig?.url) : null
      if (!file || !raw.connect) return adapter
      const connect = raw.connect
      const destroy = raw.destroy
      let release: (() => Promise<void>) | null = null
      raw.connect = async function (this: unknown, ...rest: unknown[]) {
        release ??= await claimSqliteFile(file)
        return connect.apply(this, rest)
      }
      raw.destroy = async function (this: unknown) {
        await release?.()
        release = null
        await destroy?.call(this)
      }
      return adapter
    },
  }
}
