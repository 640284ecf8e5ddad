import type { TestNewsroom } from '../../helpers/newsroom.js'
import type { ApiResponse } from '../../helpers/restClient.js'
import { expectConformsToOpenApi } from './openApiConformance.js'

export const PREFIX = '/api/public'

export interface PublicClient {
  /** GETs a public API path anonymously; every response is checked against the OpenAPI document. */
  get: (path: string, headers?: Record<string, string>) => Promise<ApiResponse>
  close: () => Promise<void>
}

/** An anonymous reader of the public API on the newsroom's host. 5xx answers go to serverErrors. */
export async function publicClient(n: Pick<TestNewsroom, 'as'>): Promise<PublicClient> {
  const anonymous = n.as('anonymous')
  return {
    get: async (path, headers = {}) => {
      const res = await anonymous.get(`${PREFIX}${path}`, headers)
      expectConformsToOpenApi(path, res)
      return res
    },
    close: async () => {},
  }
}

/** Waits long enough for the clock to move past anything saved so far (timestamps are milliseconds). */
export async function tick(): Promise<string> {
  await new Promise((r) => setTimeout(r, 15))
  const t = new Date().toISOString()
  await new Promise((r) => setTimeout(r, 15))
  return t
}
