/** A rendered response, ready to send again. */
export interface RenderedResponse {
  status: number
  contentType: string
  body: Buffer
  /** The entity tag's opaque part (the quotes and an encoding's suffix are added when sent). */
  etag: string
  /** The body gzipped, made when first asked for and kept. */
  gzipped?: Buffer
}

interface Entry {
  response: RenderedResponse
  tags: readonly string[]
  /** Request URLs known to render to this entry, for lookups that skip parsing the request. */
  urls: Set<string>
}

/** Invalidates everything (a source changed: it may appear in any story). */
export const ALL = '*'

/** Spellings of one request remembered per entry (parameter order, encodings): enough, and bounded. */
const MAX_URLS_PER_ENTRY = 8

/**
 * The in-process cache of rendered responses. Each entry carries tags (`story:<id>`, `list`); the
 * collection hooks invalidate by tag. A render that started before an invalidation is not stored: it
 * may have read the data as it was before the change. Entries are found by their canonical key or by
 * a request URL seen to render to them.
 */
export class ResponseCache {
  private entries = new Map<string, Entry>()
  private keysByUrl = new Map<string, string>()
  private generation = 0

  constructor(private readonly maxEntries = 2000) {}

  /** Call before rendering; pass the result to `set`. */
  begin(): number {
    return this.generation
  }

  /** The entry of this key; with `url`, that URL finds it from now on too. */
  get(key: string, url?: string): RenderedResponse | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    // Most recently used last, so the oldest is evicted first.
    this.entries.delete(key)
    this.entries.set(key, entry)
    if (url) this.remember(entry, key, url)
    return entry.response
  }

  /** The entry a request URL rendered to, if it is still cached. */
  getByUrl(url: string): RenderedResponse | undefined {
    const key = this.keysByUrl.get(url)
    return key === undefined ? undefined : this.get(key)
  }

  set(
    key: string,
    response: RenderedResponse,
    tags: readonly string[],
    startedAt: number,
    url?: string,
  ): void {
    if (startedAt !== this.generation) return
    this.delete(key)
    const entry: Entry = { response, tags, urls: new Set() }
    this.entries.set(key, entry)
    if (url) this.remember(entry, key, url)
    if (this.entries.size > this.maxEntries) this.delete(this.entries.keys().next().value as string)
  }

  invalidate(tags: readonly string[]): void {
    this.generation++
    if (tags.includes(ALL)) {
      this.entries.clear()
      this.keysByUrl.clear()
      return
    }
    const wanted = new Set(tags)
    for (const [key, entry] of this.entries) {
      if (entry.tags.some((t) => wanted.has(t))) this.delete(key)
    }
  }

  get size(): number {
    return this.entries.size
  }

  private remember(entry: Entry, key: string, url: string): void {
    if (entry.urls.has(url) || entry.urls.size >= MAX_URLS_PER_ENTRY) return
    const previous = this.keysByUrl.get(url)
    if (previous !== undefined) this.entries.get(previous)?.urls.delete(url)
    entry.urls.add(url)
    this.keysByUrl.set(url, key)
  }

  private delete(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    for (const url of entry.urls) this.keysByUrl.delete(url)
    this.entries.delete(key)
  }
}
