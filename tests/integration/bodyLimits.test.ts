import http from 'node:http'

import { GRAPHQL_POST, REST_POST } from '@payloadcms/next/routes'

import { withRequestLimits } from '../../src/next/index.js'
import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestHost, type TestNewsroom } from '../helpers/newsroom.js'
import { listen } from '../public/helpers/listen.js'
import type { ApiResponse } from '../helpers/restClient.js'

/**
 * Request bodies are bounded on every route the instance serves — Payload's own REST (collections,
 * auth), the plugin's endpoints — through both hosts: too large is 413 naming the limit, too deep is
 * 400 naming it, and nothing is written.
 */
/** The default limit (1 MiB); the depth limit is set through the option. */
const MAX_BYTES = 1024 * 1024
const MAX_DEPTH = 20
const HOSTS: TestHost[] = ['next', 'express']

/** JSON `depth` levels deep: {"name":"x","padding":[[[…]]]}. */
const nested = (depth: number) =>
  `{"name":"Deep","kind":"government","padding":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`
const oversized = (bytes: number) => ({
  name: 'Large',
  kind: 'government',
  padding: 'x'.repeat(bytes),
})

function expectTooLarge(res: Pick<ApiResponse, 'status' | 'body'>, limit: number) {
  expect(res.status).toBe(413)
  expect(res.body.errors?.[0]?.message).toContain(`${limit} bytes`)
  expect(res.body.errors?.[0]?.message).toContain('maxBodyBytes')
}

describe.each(TEST_DATABASES)('request body limits on %s', (database) => {
  let n: TestNewsroom
  let claimId: number | string
  let sourceCount: () => Promise<number>

  beforeAll(async () => {
    n = await startNewsroom(database, {
      newsroom: { requests: { maxJsonDepth: MAX_DEPTH } },
    })
    const story = (
      await n.as('editor').post('/api/stories', { title: 'Flood', _status: 'published' })
    ).body.doc
    const source = (
      await n.as('editor').post('/api/sources', { name: 'River authority', kind: 'government' })
    ).body.doc
    claimId = (
      await n.as('editor').post('/api/claims', {
        story: story.id,
        kind: 'statement',
        statement: 'The bridge is closed.',
        source: source.id,
        verb: 'said',
      })
    ).body.doc.id
    sourceCount = async () =>
      (await n.payload.count({ collection: 'sources', overrideAccess: true })).totalDocs
  })
  afterAll(async () => {
    expect(n.serverErrors).toEqual([])
    await n.stop()
  })

  describe.each(HOSTS)('through the %s host', (host) => {
    it('answers a JSON body just under the limit as usual', async () => {
      const res = await n.as('editor', host).post('/api/sources', oversized(MAX_BYTES - 200))
      expect(res.status).toBe(201)
    })

    it('refuses a larger body to a Payload collection route with 413 naming the limit, writing nothing', async () => {
      const before = await sourceCount()
      const res = await n.as('editor', host).post('/api/sources', oversized(MAX_BYTES + 1))
      expectTooLarge(res, MAX_BYTES)
      expect(await sourceCount()).toBe(before)
    })

    it('refuses a larger PATCH of a claim (the plugin takes its turn first) and leaves the claim as it was', async () => {
      const res = await n.as('editor', host).patch(`/api/claims/${claimId}`, {
        statement: 'y'.repeat(MAX_BYTES + 1),
      })
      expectTooLarge(res, MAX_BYTES)
      const doc = await n.payload.findByID({
        collection: 'claims',
        id: claimId,
        overrideAccess: true,
      })
      expect(doc.statement).toBe('The bridge is closed.')
    })

    it('refuses larger bodies on auth and on the plugin endpoints', async () => {
      const big = 'z'.repeat(MAX_BYTES + 1)
      expectTooLarge(
        await n.as('anonymous', host).post('/api/users/login', { email: big, password: big }),
        MAX_BYTES,
      )
      expectTooLarge(
        await n.as('editor', host).post('/api/newsroom/extract', { text: big }),
        MAX_BYTES,
      )
      expectTooLarge(
        await n.as('reviewer', host).post(`/api/claims/${claimId}/reject`, { note: big }),
        MAX_BYTES,
      )
    })

    it('refuses JSON nested deeper than the limit with 400 naming it; at the limit it is read', async () => {
      const headers = { 'Content-Type': 'application/json' }
      const deep = await n.as('editor', host).post('/api/sources', nested(MAX_DEPTH + 1), headers)
      expect(deep.status).toBe(400)
      expect(deep.body.errors?.[0]?.message).toContain(`${MAX_DEPTH} levels`)
      expect(deep.body.errors?.[0]?.message).toContain('maxJsonDepth')
      const deepest = await n.as('editor', host).post('/api/sources', nested(MAX_DEPTH), headers)
      expect(deepest.status).toBe(201)
      // Brackets inside strings are text, not nesting.
      const inString = await n
        .as('editor', host)
        .post('/api/sources', { name: '['.repeat(MAX_DEPTH * 2), kind: 'government' })
      expect(inString.status).toBe(201)
    })
  })

  // Payload's GraphQL route reads its body itself, past every endpoint; a Next app wraps it (README).
  it('holds the limits on /api/graphql: 413 and 400 naming them, a query within them answered', async () => {
    const graphql = withRequestLimits(n.payload.config, GRAPHQL_POST(n.payload.config))
    const post = async (body: string) => {
      const res = await graphql(
        new Request('http://localhost:3000/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
        }),
        undefined,
      )
      return { status: res.status, body: await res.json() }
    }
    const query = '{ Sources(limit: 1) { docs { name } } }'
    const ok = await post(JSON.stringify({ query }))
    expect(ok.status).toBe(200)
    expect(ok.body.data.Sources.docs).toHaveLength(1)
    const before = await sourceCount()
    const mutation =
      'mutation ($n: String!) { createSource(data: { name: $n, kind: government }) { id } }'
    expectTooLarge(
      await post(JSON.stringify({ query: mutation, variables: { n: 'x'.repeat(MAX_BYTES + 1) } })),
      MAX_BYTES,
    )
    const deep = await post(
      `{"query":${JSON.stringify(query)},"variables":{"x":${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}}}`,
    )
    expect(deep.status).toBe(400)
    expect(deep.body.errors?.[0]?.message).toContain('maxJsonDepth')
    expect(await sourceCount()).toBe(before)
  })

  it('refuses a chunked body with no Content-Length once it passes the limit (Next host)', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(8 * 1024))
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(
          new TextEncoder().encode('{"name":"Chunked","kind":"government","padding":"'),
        )
      },
      pull(controller) {
        // Far more than the limit: the server must stop reading, not buffer it all.
        if (sent++ > 1000)
          controller.close() // 8 MiB
        else controller.enqueue(chunk)
      },
    })
    const login = await n.as('editor').post('/api/users/login', {
      email: 'editor@test.newsroom',
      password: 'test-password-1',
    })
    const request = new Request('http://localhost:3000/api/sources', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${login.body.token}` },
      body,
      duplex: 'half',
    } as RequestInit)
    const response = await REST_POST(n.payload.config)(request, {
      params: Promise.resolve({ slug: ['sources'] }),
    })
    expect(response.status).toBe(413)
    expect(sent).toBeLessThan(1000)
  })

  it('refuses a chunked body once it passes the limit, and a method-override POST (Express host)', async () => {
    const server = await listen(n.app)
    try {
      const { port } = new URL(server.url)
      const chunked = await new Promise<{ status: number; text: string }>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path: '/api/users/login',
            headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
          },
          (res) => {
            let text = ''
            res
              .on('data', (c) => (text += c))
              .on('end', () => resolve({ status: res.statusCode ?? 0, text }))
          },
        )
        req.on('error', reject)
        req.write('{"email":"')
        const piece = 'x'.repeat(8 * 1024)
        for (let i = 0; i < 160; i++) req.write(piece)
        req.end('"}')
      })
      expect(chunked.status).toBe(413)
      expect(chunked.text).toContain('maxBodyBytes')

      const override = await n
        .as('anonymous', 'express')
        .post(
          '/api/sources',
          { where: { name: { equals: 'x'.repeat(MAX_BYTES + 1) } } },
          { 'X-HTTP-Method-Override': 'GET' },
        )
      expectTooLarge(override, MAX_BYTES)
    } finally {
      await server.close()
    }
  })
})
