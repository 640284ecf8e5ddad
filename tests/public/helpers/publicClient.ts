import supertest from 'supertest'

import type { TestNewsroom } from '../../helpers/newsroom.js'
import { listen } from './listen.js'
import { expectConformsToOpenApi } from './openApiConformance.js'

export const PREFIX = '/api/public'

export interface PublicClient {
  /** GETs a public API path anonymously; every response is checked against the OpenAPI document. */
  get: (path: string, headers?: Record<string, string>) => Promise<supertest.Response>
  close: () => Promise<void>
}

/** An anonymous reader of the public API on one address (see listen). 5xx answers go to serverErrors. */
export async function publicClient(
  n: Pick<TestNewsroom, 'app' | 'serverErrors'>,
): Promise<PublicClient> {
  const server = await listen(n.app)
  const http = supertest(server.url)
  return {
    get: async (path, headers = {}) => {
      let req = http.get(`${PREFIX}${path}`)
      for (const [name, value] of Object.entries(headers)) req = req.set(name, value)
      const res = await req
      if (res.status >= 500) n.serverErrors.push(`GET ${PREFIX}${path} → ${res.status}`)
      expectConformsToOpenApi(path, res)
      return res
    },
    close: server.close,
  }
}

/** Waits long enough for the clock to move past anything saved so far (timestamps are milliseconds). */
export async function tick(): Promise<string> {
  await new Promise((r) => setTimeout(r, 15))
  const t = new Date().toISOString()
  await new Promise((r) => setTimeout(r, 15))
  return t
}
