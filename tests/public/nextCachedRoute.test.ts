import { getPayload, handleEndpoints, type Payload } from 'payload'

import { buildAppConfig } from '../../demo/appConfig.js'
import { closePayload } from '../../demo/database/closePayload.js'
import { withCachedPublicResponses } from '../../src/next/index.js'

/**
 * The Next.js host's shortcut: a route handler wrapped by withCachedPublicResponses answers a public URL
 * already rendered without calling Payload's handler. Payload's handleEndpoints stands in for REST_GET
 * (REST_GET is handleEndpoints behind Next's request).
 */
describe('withCachedPublicResponses in a Next route', () => {
  const key = `next-cached-${process.pid}`
  let payload: Payload
  let calls = 0
  let GET: (request: Request) => Promise<Response>
  const url = 'http://localhost/api/public/stories/wrapped'

  beforeAll(async () => {
    const config = buildAppConfig({ databaseUrl: 'file::memory:', secret: key, logLevel: 'warn' })
    payload = await getPayload({ config, key })
    await payload.create({
      collection: 'stories',
      data: { title: 'Wrapped', slug: 'wrapped', state: 'developing', _status: 'published' },
      overrideAccess: true,
    })
    const inner = (request: Request) => {
      calls++
      return handleEndpoints({ config, request, payloadInstanceCacheKey: key })
    }
    const wrapped = withCachedPublicResponses(config, inner, { payloadInstanceCacheKey: key })
    GET = (request) => Promise.resolve(wrapped(request, {}))
  })
  afterAll(() => payload && closePayload(payload))

  it('renders through Payload once, then answers from the cache with ETag, 304 and HEAD', async () => {
    const first = await GET(new Request(url))
    expect(first.status).toBe(200)
    expect(calls).toBe(1)
    const etag = first.headers.get('etag')
    expect(etag).toBeTruthy()
    const body = await first.json()

    const second = await GET(new Request(url))
    expect(calls).toBe(1)
    expect(second.headers.get('etag')).toBe(etag)
    expect(await second.json()).toEqual(body)

    const revalidated = await GET(new Request(url, { headers: { 'If-None-Match': etag! } }))
    expect(revalidated.status).toBe(304)
    const head = await GET(new Request(url, { method: 'HEAD' }))
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).toBe(etag)
    expect(await head.text()).toBe('')
    expect(calls).toBe(1)
  })

  it('lets everything else through: other URLs and other methods', async () => {
    const before = calls
    await GET(new Request('http://localhost/api/public/stories'))
    await GET(new Request(url, { method: 'POST' }))
    expect(calls).toBe(before + 2)
  })
})
