import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

import type { ExtractOptions, Suggestion } from './extractClaims.js'
import type { ExtractionAnswer, ExtractionJob } from './extractWorker.js'

export interface ExtractionPoolOptions {
  /** Worker threads that run the extractor. */
  threads: number
  /** Texts that may wait for a free thread; one more is refused with `ExtractionBusy`. */
  queue: number
  /** A text still being read after this long has its thread stopped and is refused. */
  timeoutMs: number
}

/** The pool is full: answer 503 and ask the caller to come back in `retryAfter` seconds. */
export class ExtractionBusy extends Error {
  constructor(
    message: string,
    readonly retryAfter: number,
  ) {
    super(message)
    this.name = 'ExtractionBusy'
  }
}

interface Pending {
  job: ExtractionJob
  resolve: (suggestions: Suggestion[]) => void
  reject: (err: Error) => void
  timer?: NodeJS.Timeout
  startedAt?: number
}

/**
 * Extraction off the request thread: a few worker threads, each reading one text at a time, and a
 * bounded queue in front of them. The extractor is pure CPU (about 30 ms per KB), so on the event
 * loop one long text would stall every other request of the server for seconds.
 * Threads start on first use and are unreferenced while idle, so they never keep a process alive.
 */
export class ExtractionPool {
  private readonly workers = new Set<Worker>()
  private readonly idle: Worker[] = []
  private readonly running = new Map<Worker, Pending>()
  private readonly waiting: Pending[] = []
  private nextId = 1
  /** Mean time of a text, for the Retry-After estimate. */
  private meanMs = 1000

  constructor(private readonly options: ExtractionPoolOptions) {}

  extract(text: string, options: ExtractOptions = {}): Promise<Suggestion[]> {
    const free = this.idle.length > 0 || this.workers.size < this.options.threads
    if (!free && this.waiting.length >= this.options.queue) {
      return Promise.reject(
        new ExtractionBusy(
          `Claim extraction is busy (${this.running.size} running, ${this.waiting.length} waiting): try again shortly.`,
          this.retryAfter(),
        ),
      )
    }
    return new Promise((resolve, reject) => {
      this.waiting.push({ job: { id: this.nextId++, text, options }, resolve, reject })
      this.dispatch()
    })
  }

  /** Stops every thread; texts in flight or waiting are refused. */
  async close(): Promise<void> {
    const refused = new Error('The extraction pool was closed.')
    for (const pending of [...this.waiting.splice(0), ...this.running.values()]) {
      clearTimeout(pending.timer)
      pending.reject(refused)
    }
    this.running.clear()
    this.idle.length = 0
    const workers = [...this.workers]
    this.workers.clear()
    await Promise.all(workers.map((w) => w.terminate()))
  }

  /** Seconds until a place is likely free: the work ahead of the caller, spread over the threads. */
  private retryAfter(): number {
    const ahead = this.running.size + this.waiting.length
    return Math.max(1, Math.ceil((this.meanMs * ahead) / this.options.threads / 1000))
  }

  private dispatch(): void {
    while (this.waiting.length) {
      const worker =
        this.idle.pop() ?? (this.workers.size < this.options.threads ? this.spawn() : null)
      if (!worker) return
      this.start(worker, this.waiting.shift()!)
    }
  }

  private start(worker: Worker, pending: Pending): void {
    this.running.set(worker, pending)
    pending.startedAt = Date.now()
    pending.timer = setTimeout(() => {
      this.running.delete(worker)
      this.retire(worker)
      pending.reject(
        new ExtractionBusy(
          `Claim extraction took longer than ${this.options.timeoutMs} ms and was stopped.`,
          this.retryAfter(),
        ),
      )
    }, this.options.timeoutMs)
    worker.ref()
    worker.postMessage(pending.job)
  }

  private spawn(): Worker {
    const worker = startWorker()
    worker.unref()
    this.workers.add(worker)
    worker.on('message', (answer: ExtractionAnswer) => {
      const pending = this.running.get(worker)
      if (!pending || pending.job.id !== answer.id) return
      this.running.delete(worker)
      clearTimeout(pending.timer)
      this.meanMs = 0.8 * this.meanMs + 0.2 * (Date.now() - pending.startedAt!)
      worker.unref()
      this.idle.push(worker)
      if ('error' in answer) pending.reject(new Error(`Claim extraction failed: ${answer.error}`))
      else pending.resolve(answer.suggestions)
      this.dispatch()
    })
    const lost = (err: Error) => {
      const pending = this.running.get(worker)
      this.running.delete(worker)
      this.retire(worker)
      if (pending) {
        clearTimeout(pending.timer)
        pending.reject(err)
      }
    }
    worker.on('error', lost)
    worker.on('exit', (code) =>
      lost(new Error(`The extraction thread stopped (exit code ${code}).`)),
    )
    return worker
  }

  /** Forgets a thread (stopping it if it runs) and lets the next waiting text start a fresh one. */
  private retire(worker: Worker): void {
    if (!this.workers.delete(worker)) return
    const at = this.idle.indexOf(worker)
    if (at >= 0) this.idle.splice(at, 1)
    void worker.terminate()
    this.dispatch()
  }
}

/**
 * The worker's module, beside this one: compiled JavaScript in a build. In the TypeScript sources
 * (tests, `tsx`) the .ts file, loaded by a two-line bootstrap that registers tsx's loader in the new
 * thread first (a worker does not inherit the loader hooks of its parent).
 */
function startWorker(): Worker {
  const here = import.meta.url
  if (!/\.[cm]?ts$/.test(new URL(here).pathname)) {
    return new Worker(new URL('./extractWorker.js', here))
  }
  const tsx = createRequire(here)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs')
  const worker = new URL('./extractWorker.ts', here).href
  const bootstrap = `import(${JSON.stringify(pathToFileURL(tsx).href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}) })`
  return new Worker(bootstrap, { eval: true })
}
