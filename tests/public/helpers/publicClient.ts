import type supertest from 'supertest'

import type { TestNewsroom } from '../../helpers/newsroom.js'
import { expectConformsToOpenApi } from './openApiConformance.js'

export const PREFIX = '/api/public'

/** GETs a public API path anonymously; every response is checked against the OpenAPI document. */
export function publicClient(n: Pick<TestNewsroom, 'as'>) {
  return async (
    path: string,
    headers: Record<string, string> = {},
  ): Promise<supertest.Response> => {
    let req = n.as('anonymous').get(`${PREFIX}${path}`)
    for (const [name, value] of Object.entries(headers)) req = req.set(name, value)
    const res = await req
    expectConformsToOpenApi(path, res)
    return res
  }
}

/** Waits long enough for the clock to move past anything saved so far (timestamps are milliseconds). */
export async function tick(): Promise<string> {
  await new Promise((r) => setTimeout(r, 15))
  const t = new Date().toISOString()
  await new Promise((r) => setTimeout(r, 15))
  return t
}
