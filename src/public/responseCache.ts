/** A rendered response, ready to send again. */
export interface RenderedResponse {
  status: number
  contentType: string
  body: string
  etag: string
}

interface Entry extends RenderedResponse {
  tags: readonly string[]
}

/** Invalidates everything (a source changed: it may appear in any story). */
export const ALL = '*'

/**
 * The in-process cache of rendered responses. Each entry carries tags (`story:<id>`, `list`); the
 * collection hooks invalidate by tag. A render that started before an invalidation is not stored: it
 * may have read the data as it was before the change.
 */
export class ResponseCache {
  private entries = new Map<string, Entry>()
  private generation = 0

  constructor(private readonly maxEntries = 2000) {}

  /** Call before rendering; pass the result to `set`. */
  begin(): number {
    return this.generation
  }

  get(key: string): RenderedResponse | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    // Most recently used last, so the oldest is evicted first.
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry
  }

  set(key: string, response: RenderedResponse, tags: readonly string[], startedAt: number): void {
    if (startedAt !== this.generation) return
    this.entries.set(key, { ...response, tags })
    if (this.entries.size > this.maxEntries)
      this.entries.delete(this.entries.keys().next().value as string)
  }

  invalidate(tags: readonly string[]): void {
    this.generation++
    if (tags.includes(ALL)) {
      this.entries.clear()
      return
    }
    const wanted = new Set(tags)
    for (const [key, entry] of this.entries) {
      if (entry.tags.some((t) => wanted.has(t))) this.entries.delete(key)
    }
  }

  get size(): number {
    return this.entries.size
  }
}
