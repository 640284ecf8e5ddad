import http from 'node:http'

export interface SseEvent {
  id: string | null
  data: string
}

export interface SseStream {
  status: number
  headers: http.IncomingHttpHeaders
  events: SseEvent[]
  /** The comments (heartbeats) and `retry:` lines received. */
  comments: string[]
  retry: number | null
  /** Everything received, as text (an error answer's problem+json body). */
  text: string
  ended: Promise<void>
  /** Resolves once `n` events have arrived (rejects after `ms`). */
  waitFor: (n: number, ms?: number) => Promise<SseEvent[]>
  close: () => void
}

/**
 * A real HTTP reader of a text/event-stream, parsing it per the HTML standard's rules (fields, blank
 * line dispatch, comments), as EventSource does.
 */
export function openSse(url: string, headers: Record<string, string> = {}): Promise<SseStream> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { Accept: 'text/event-stream', ...headers } }, (res) => {
      const stream: SseStream = {
        status: res.statusCode ?? 0,
        headers: res.headers,
        events: [],
        comments: [],
        retry: null,
        text: '',
        ended: new Promise((r) => res.on('close', () => r())),
        waitFor: (n, ms = 10_000) =>
          new Promise((ok, fail) => {
            const started = Date.now()
            const check = () => {
              if (stream.events.length >= n) ok(stream.events.slice(0, n))
              else if (Date.now() - started > ms)
                fail(new Error(`${stream.events.length} of ${n} events after ${ms} ms`))
              else setTimeout(check, 10)
            }
            check()
          }),
        close: () => req.destroy(),
      }
      let buffer = ''
      let id: string | null = null
      let data: string[] = []
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        stream.text += chunk
        buffer += chunk
        let nl: number
        while ((nl = buffer.search(/\r\n|\n|\r/)) >= 0) {
          const line = buffer.slice(0, nl)
          buffer = buffer.slice(nl + (buffer.startsWith('\r\n', nl) ? 2 : 1))
          if (line === '') {
            if (data.length > 0) stream.events.push({ id, data: data.join('\n') })
            data = []
          } else if (line.startsWith(':')) stream.comments.push(line.slice(1).trim())
          else {
            const colon = line.indexOf(':')
            const field = colon < 0 ? line : line.slice(0, colon)
            const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '')
            if (field === 'id') id = value
            else if (field === 'data') data.push(value)
            else if (field === 'retry') stream.retry = Number(value)
          }
        }
      })
      resolve(stream)
    })
    req.on('error', (err) => {
      if ((err as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(err)
    })
  })
}
