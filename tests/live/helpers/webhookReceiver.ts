import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ReceivedWebhook {
  headers: http.IncomingHttpHeaders
  body: string
  /** The status the receiver answered. */
  answered: number
}

/**
 * A real partner endpoint on a loopback port. `answer` decides each response from the attempt's number
 * (1-based, per webhook-id); `hang` holds a request open without answering (to kill a sender mid-delivery).
 */
export async function startReceiver(
  answer: (attempt: number, webhookId: string) => number | 'hang' = () => 200,
): Promise<{
  url: string
  received: ReceivedWebhook[]
  /** Resolves once `n` requests have arrived (rejects after `ms`). */
  waitFor: (n: number, ms?: number) => Promise<ReceivedWebhook[]>
  close: () => Promise<void>
}> {
  const received: ReceivedWebhook[] = []
  const attempts = new Map<string, number>()
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const id = String(req.headers['webhook-id'])
      const attempt = (attempts.get(id) ?? 0) + 1
      attempts.set(id, attempt)
      const status = answer(attempt, id)
      received.push({
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        answered: status === 'hang' ? 0 : status,
      })
      if (status === 'hang') return
      res.writeHead(status).end()
    })
  })
  server.listen(0, '127.0.0.1')
  await new Promise<void>((r) => server.once('listening', () => r()))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/newsroom`,
    received,
    waitFor: (n, ms = 15_000) =>
      new Promise((ok, fail) => {
        const started = Date.now()
        const check = () => {
          if (received.length >= n) ok(received.slice(0, n))
          else if (Date.now() - started > ms)
            fail(new Error(`${received.length} of ${n} webhooks after ${ms} ms`))
          else setTimeout(check, 10)
        }
        check()
      }),
    close: () => {
      server.closeAllConnections()
      return new Promise((r) => server.close(() => r()))
    },
  }
}
