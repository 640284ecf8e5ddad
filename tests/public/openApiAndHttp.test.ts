import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { validate } from '@readme/openapi-parser'
import express from 'express'
import supertest from 'supertest'

import { corsHeaders } from '../../src/public/http/cors.js'
import { seedDemoIfEmpty } from '../../demo/seed/seedDemo.js'
import { cachedPublicResponses } from '../../src/express/index.js'
import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'
import { PREFIX, publicClient, type PublicClient } from './helpers/publicClient.js'

const DEMO = 'jaffar-express-hijacking'
const run = promisify(execFile)

/** `redocly lint` with the repository's redocly.yaml, on a document: its JSON report. */
async function redoclyLint(doc: object) {
  const dir = await mkdtemp(path.join(tmpdir(), 'newsroom-openapi-'))
  try {
    const file = path.join(dir, 'openapi.json')
    await writeFile(file, JSON.stringify(doc, null, 2))
    const cli = path.resolve('node_modules/@redocly/cli/bin/cli.js')
    const { stdout } = await run(
      process.execPath,
      [cli, 'lint', file, '--config', path.resolve('redocly.yaml'), '--format', 'json'],
      {
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      },
    ).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }))
    return JSON.parse(stdout) as {
      totals: { errors: number; warnings: number }
      problems: { ruleId: string; severity: string; location: { pointer: string }[] }[]
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

describe.each(TEST_DATABASES)('OpenAPI and HTTP on %s', (database) => {
  let n: TestNewsroom
  let client: PublicClient
  let get: PublicClient['get']
  let doc: Record<string, unknown>

  beforeAll(async () => {
    n = await startNewsroom(database)
    await seedDemoIfEmpty(n.payload)
    client = await publicClient(n)
    get = client.get
    doc = JSON.parse((await get('/openapi.json')).text)
  })
  afterAll(async () => {
    await client.close()
    expect(n.serverErrors).toEqual([])
    await n.stop()
  })

  it('is valid for @readme/openapi-parser, with no warnings', async () => {
    const result = await validate(structuredClone(doc) as never)
    expect(result).toMatchObject({ valid: true, warnings: [] })
  })

  it('passes redocly lint (recommended): 0 errors, only the warnings redocly.yaml justifies', async () => {
    // The test host's address stands in for a newsroom's (redocly rightly flags example.com).
    const report = await redoclyLint({
      ...doc,
      servers: [{ url: 'https://newsroom.test/api/public' }],
    })
    expect(report.totals.errors).toBe(0)
    expect(report.problems.map((p) => [p.ruleId, p.location[0].pointer])).toEqual([
      ['info-license-strict', '#/info/license'],
      ['operation-4xx-response', '#/paths/~1openapi.json/get/responses'],
    ])
    expect(doc).toMatchObject({ security: [], info: { license: { name: expect.any(String) } } })
  })

  it('every documented answer of every operation (200, 304, 400, 404) conforms to its schema', async () => {
    // publicClient checks each answer against the document: status documented, media type, schema.
    const paths = doc.paths as Record<
      string,
      {
        get: {
          operationId: string
          tags: string[]
          responses: Record<string, unknown>
          parameters: unknown[]
        }
      }
    >
    // The live streams never end; tests/live covers them.
    const reads = Object.entries(paths).filter(([, p]) => !p.get.tags.includes('live'))
    const story = JSON.parse((await get(`/stories/${DEMO}`)).text)
    const concrete = (template: string, slug: string) =>
      template
        .replace('{slug}', slug)
        .replace('{name}', slug)
        .replace('{update}', String(story.updates[0].id))
        .replace('{claim}', String(story.claims[0].id))
    const seen: string[] = []
    for (const [template, { get: op }] of reads) {
      const good = concrete(template, template.includes('problems') ? 'not-found' : DEMO)
      const ok = await get(good)
      expect(ok.status).toBe(200)
      const again = await get(good, { 'If-None-Match': ok.headers.etag })
      expect(again.status).toBe(304)
      seen.push(`${op.operationId} 200`, `${op.operationId} 304`)
      if (op.responses['400']) {
        const bad = await get(`${good}?asOf=yesterday`)
        expect(bad.status).toBe(400)
        seen.push(`${op.operationId} 400`)
      }
      if (op.responses['404']) {
        const missing = await get(concrete(template, 'no-such-thing'))
        expect(missing.status).toBe(404)
        seen.push(`${op.operationId} 404`)
      }
    }
    expect(seen).toHaveLength(
      reads.reduce((sum, [, p]) => sum + Object.keys(p.get.responses).length, 0),
    )
  })

  it('documents asOf as the formats the server accepts', async () => {
    const asOf = (doc.components as { parameters: Record<string, { schema: { pattern: string } }> })
      .parameters.asOf.schema
    const pattern = new RegExp(asOf.pattern)
    for (const accepted of ['2025-03-11', '2025-03-11T15:00Z', '2025-03-11T15:00:00.5+05:00']) {
      expect(pattern.test(accepted)).toBe(true)
      // Accepted: 404 (the demo story did not exist then), not 400.
      expect((await get(`/stories/${DEMO}?asOf=${encodeURIComponent(accepted)}`)).status).toBe(404)
    }
    for (const refused of ['2025-03-11T15:00:00', 'yesterday']) {
      expect(pattern.test(refused)).toBe(false)
      expect((await get(`/stories/${DEMO}?asOf=${encodeURIComponent(refused)}`)).status).toBe(400)
    }
  })

  it('answers unknown routes and other methods with problem+json; problem types resolve to pages', async () => {
    const http = supertest(n.app)
    for (const url of [`${PREFIX}/nothing-here`, `${PREFIX}/stories/${DEMO}/nope`, PREFIX]) {
      const res = await http.get(url)
      expect(res.status).toBe(404)
      expect(res.headers['content-type']).toBe('application/problem+json')
      expect(JSON.parse(res.text)).toMatchObject({ status: 404, title: 'Not found' })
    }
    const post = await http.post(`${PREFIX}/stories`).send({})
    expect(post.status).toBe(405)
    expect(post.headers.allow).toBe('GET, HEAD, OPTIONS')
    expect(JSON.parse(post.text)).toMatchObject({ status: 405 })

    const bad = JSON.parse((await get('/stories?page=0')).text)
    const type = new URL(bad.type)
    expect(type.hostname).not.toMatch(/\.invalid$/)
    expect(type.pathname).toBe(`${PREFIX}/problems/invalid-parameters`)
    const page = await get('/problems/invalid-parameters')
    expect(page.headers['content-type']).toMatch(/^text\/html/)
    expect(page.text).toContain('Invalid query parameters')
  })

  it('CORS: any origin may read, the same headers on rendered and cached answers, preflight', async () => {
    const url = `${PREFIX}/stories/${DEMO}/figures`
    const shortcutOnly = express()
      .use('/api', cachedPublicResponses(n.payload))
      .use((_req, res) => void res.status(418).end())
    const ask = (app: express.Express | TestNewsroom['app']) =>
      supertest(app).get(url).set('Host', 'newsroom.test').set('Origin', 'https://other.example')
    const rendered = await ask(n.app)
    const cached = await ask(shortcutOnly)
    expect(cached.status).toBe(200)
    const cors = (h: Record<string, string>) =>
      Object.fromEntries(Object.entries(h).filter(([k]) => /^access-control-|^vary$/.test(k)))
    expect(cors(rendered.headers)).toEqual(cors(cached.headers))
    expect(rendered.headers['access-control-allow-origin']).toBe('*')
    expect(rendered.headers['access-control-expose-headers']).toBe('ETag')
    expect(rendered.headers['access-control-allow-credentials']).toBeUndefined()

    const problem = await supertest(n.app)
      .get(`${PREFIX}/stories/none`)
      .set('Origin', 'https://x.example')
    expect(problem.headers['access-control-allow-origin']).toBe('*')

    const preflight = await supertest(n.app)
      .options(url)
      .set('Origin', 'https://other.example')
      .set('Access-Control-Request-Method', 'GET')
      .set('Access-Control-Request-Headers', 'if-none-match')
    expect(preflight.status).toBe(204)
    expect(preflight.headers).toMatchObject({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, HEAD, OPTIONS',
      'access-control-allow-headers': 'If-None-Match',
    })
  })
})

describe('CORS with a list of origins', () => {
  it('allows only those, and says the answer varies by Origin', () => {
    const list = ['https://news.example']
    expect(corsHeaders(list, 'https://news.example')['Access-Control-Allow-Origin']).toBe(
      'https://news.example',
    )
    expect(corsHeaders(list, 'https://evil.example')).not.toHaveProperty(
      'Access-Control-Allow-Origin',
    )
    expect(corsHeaders(false, 'https://news.example')).toEqual({})
  })
})
