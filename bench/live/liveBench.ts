/**
 * npm run bench:live [-- --databases sqlite,postgres] [--subscribers 1000] [--events 30] [--webhooks 300]
 *
 * Live coverage under load, on one server instance (its own process, bench/live/liveServer.ts):
 * - fan-out: `subscribers` concurrent Server-Sent Events streams of one story, then `events` updates
 *   published one after another; for each event and stream, the time from the write's commit (as the
 *   server saw it) to the event's arrival at the stream's reader (the runner's process, same clock).
 * - memory per connection: the server's RSS and heap with the streams open, minus before, per stream.
 * - webhooks: one subscription to a local receiver; `webhooks` updates published back to back; deliveries
 *   per second from the first write to the last receipt (Payload's Jobs Queue, signed, logged).
 * Writes bench/results/live.{json,md}.
 */
import { fork, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import pg from 'pg'

import { parseArgs } from '../cliArgs.js'

const args = parseArgs(process.argv.slice(2))
const SUBSCRIBERS = Number(args.subscribers ?? 1000)
const EVENTS = Number(args.events ?? 30)
const WEBHOOKS = Number(args.webhooks ?? 300)
const PORT = 3540
const RECEIVER_PORT = 3541
const databases = String(args.databases ?? 'sqlite').split(',')
const now = () => performance.timeOrigin + performance.now()
const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

const quantile = (sorted: number[], q: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
const round = (v: number, d = 1) => Math.round(v * 10 ** d) / 10 ** d

interface Server {
  child: ChildProcess
  call: (op: string, extra?: object) => Promise<Record<string, unknown>>
}

async function startServer(databaseUrl: string): Promise<Server> {
  const child = fork('bench/live/liveServer.ts', {
    execArgv: ['--conditions=development', '--import', 'tsx'],
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(PORT), NODE_OPTIONS: '' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve())
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)))
  })
  let next = 0
  const waiting = new Map<number, (v: Record<string, unknown>) => void>()
  child.on('message', (m: { id?: number }) => {
    if (m.id !== undefined) waiting.get(m.id)?.(m as Record<string, unknown>)
  })
  return {
    child,
    call: (op, extra = {}) =>
      new Promise((resolve) => {
        const id = next++
        waiting.set(id, resolve)
        child.send({ id, op, ...extra })
      }),
  }
}

/** One EventSource-like reader: records when each event id arrives. */
function openStream(
  url: string,
  agent: http.Agent,
  arrivals: Map<number, number[]>,
): Promise<http.ClientRequest> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers: { Accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`stream answered ${res.statusCode}`))
      let buffer = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        const at = now()
        buffer += chunk
        let end: number
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const id = /^id: (\d+)$/m.exec(frame)
          if (id) {
            const list = arrivals.get(Number(id[1])) ?? []
            list.push(at)
            arrivals.set(Number(id[1]), list)
          }
        }
      })
      resolve(req)
    })
    req.on('error', reject)
  })
}

async function benchOne(kind: string) {
  let databaseUrl: string
  let drop = async () => {}
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-live-bench-'))
  if (kind === 'postgres') {
    const name = `newsroom_live_bench_${process.pid}_${Date.now()}`
    const admin = new pg.Client({ connectionString: adminUrl })
    await admin.connect()
    await admin.query(`CREATE DATABASE "${name}"`)
    await admin.end()
    const url = new URL(adminUrl)
    url.pathname = `/${name}`
    databaseUrl = url.toString()
    drop = async () => {
      const c = new pg.Client({ connectionString: adminUrl })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await c.end()
    }
  } else databaseUrl = `file:${path.join(dir, 'live.db')}`

  const server = await startServer(databaseUrl)
  try {
    // Fan-out.
    const before = (await server.call('memory')).memory as NodeJS.MemoryUsage
    const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity })
    const arrivals = new Map<number, number[]>()
    const streams: http.ClientRequest[] = []
    for (let i = 0; i < SUBSCRIBERS; i += 100) {
      const batch = Array.from({ length: Math.min(100, SUBSCRIBERS - i) }, () =>
        openStream(
          `http://127.0.0.1:${PORT}/api/public/stories/bench-live/events`,
          agent,
          arrivals,
        ),
      )
      streams.push(...(await Promise.all(batch)))
    }
    await new Promise((r) => setTimeout(r, 1000))
    const during = (await server.call('memory')).memory as NodeJS.MemoryUsage
    const latencies: number[] = []
    let lost = 0
    const committedAt: number[] = []
    for (let e = 0; e < EVENTS; e++) {
      const { committed } = (await server.call('publish')) as { committed: number }
      committedAt.push(committed)
      await new Promise((r) => setTimeout(r, 200))
    }
    await new Promise((r) => setTimeout(r, 2000))
    const ids = [...arrivals.keys()].sort((a, b) => a - b)
    ids.forEach((id, i) => {
      const got = arrivals.get(id)!
      lost += SUBSCRIBERS - got.length
      for (const at of got) latencies.push(at - committedAt[i])
    })
    lost += (EVENTS - ids.length) * SUBSCRIBERS
    latencies.sort((a, b) => a - b)
    streams.forEach((s) => s.destroy())
    agent.destroy()

    // Webhooks.
    let received = 0
    let lastAt = 0
    const receiver = http.createServer((req, res) => {
      req.resume()
      req.on('end', () => {
        received++
        lastAt = now()
        res.writeHead(204).end()
      })
    })
    await new Promise<void>((r) => receiver.listen(RECEIVER_PORT, '127.0.0.1', () => r()))
    await server.call('subscribe', { url: `http://127.0.0.1:${RECEIVER_PORT}/hook` })
    const firstAt = now()
    for (let i = 0; i < WEBHOOKS; i++) await server.call('publish')
    const writesDone = now()
    // The deliveries wait in Payload's jobs table; now the queue is run until it is empty.
    const { started: drainStarted, finished: drainFinished } = (await server.call('drain')) as {
      started: number
      finished: number
    }
    const { delivered } = (await server.call('deliveries')) as { delivered: number }
    receiver.closeAllConnections()
    receiver.close()

    return {
      database: kind,
      subscribers: SUBSCRIBERS,
      events: EVENTS,
      deliveriesMeasured: latencies.length,
      lost,
      fanoutP50Ms: round(quantile(latencies, 0.5)),
      fanoutP99Ms: round(quantile(latencies, 0.99)),
      fanoutMaxMs: round(latencies[latencies.length - 1] ?? NaN),
      rssPerConnectionKiB: round((during.rss - before.rss) / SUBSCRIBERS / 1024),
      heapPerConnectionKiB: round((during.heapUsed - before.heapUsed) / SUBSCRIBERS / 1024),
      webhooks: WEBHOOKS,
      webhooksReceived: received,
      webhooksDeliveredInLog: delivered,
      webhookWritesPerSecond: round(WEBHOOKS / ((writesDone - firstAt) / 1000)),
      webhookDeliveriesPerSecond: round(received / ((drainFinished - drainStarted) / 1000)),
      webhookLastReceiptAfterDrainMs: round(lastAt - drainStarted),
    }
  } finally {
    server.child.kill('SIGTERM')
    await new Promise((r) => setTimeout(r, 500))
    if (server.child.exitCode === null) server.child.kill('SIGKILL')
    await drop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

const started = new Date()
const results = []
for (const kind of databases) {
  console.log(`live bench on ${kind}…`)
  const r = await benchOne(kind)
  console.log(r)
  results.push(r)
}
const load = os.loadavg()[0]
const md = [
  '# Live coverage benchmark',
  '',
  `Run ${started.toISOString()} on ${os.cpus().length} CPUs, Node ${process.version}; load average ${load.toFixed(2)} at the end (the machine is shared).`,
  '',
  '- server: bench/live/liveServer.ts, the Express host, one process, schema pushed; readers and receiver: this process, on 127.0.0.1',
  "- fan-out: from the write's commit (as the server saw it) to the arrival at each stream; events 200 ms apart",
  "- memory: the server's RSS and heap with the streams open minus before, per stream",
  "- webhooks: one subscription; updates published back to back through the Local API with the runner paused (each queues a job in the same transaction), then Payload's Jobs Queue run (limit = concurrency 20) until empty: deliveries/s = received / drain time (signed, POSTed, logged)",
  '',
  '| database | subscribers | events | p50 ms | p99 ms | max ms | lost | RSS KiB/conn | heap KiB/conn | webhooks | received | writes/s | deliveries/s |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${r.database} | ${r.subscribers} | ${r.events} | ${r.fanoutP50Ms} | ${r.fanoutP99Ms} | ${r.fanoutMaxMs} | ${r.lost} | ${r.rssPerConnectionKiB} | ${r.heapPerConnectionKiB} | ${r.webhooks} | ${r.webhooksReceived} | ${r.webhookWritesPerSecond} | ${r.webhookDeliveriesPerSecond} |`,
  ),
  '',
  `Target (issue #15): p99 < 1 s with 1,000 subscribers: ${results.every((r) => r.fanoutP99Ms < 1000 && r.lost === 0) ? 'met' : 'NOT met'}.`,
  '',
].join('\n')
fs.mkdirSync('bench/results', { recursive: true })
fs.writeFileSync('bench/results/live.json', JSON.stringify({ started, results }, null, 2))
fs.writeFileSync('bench/results/live.md', md)
console.log(md)
process.exit(0)
