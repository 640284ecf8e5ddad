import { Validator } from '@seriousme/openapi-schema-validator'
import express from 'express'
import fc from 'fast-check'
import supertest from 'supertest'

import { seedDemoIfEmpty } from '../../demo/seed/seedDemo.js'
import { lexicalParagraphs } from '../../demo/seed/lexical.js'
import { cachedPublicResponses } from '../../src/express/index.js'
import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'
import { PREFIX, publicClient, tick, type PublicClient } from './helpers/publicClient.js'

const DEMO = 'jaffar-express-hijacking'
type Claim = {
  id: number | string
  statement: string
  state: string
  figure: { value: number } | null
}

describe.each(TEST_DATABASES)('public API on %s', (database) => {
  let n: TestNewsroom
  let client: PublicClient
  let get: PublicClient['get']

  beforeAll(async () => {
    n = await startNewsroom(database)
    await seedDemoIfEmpty(n.payload)
    client = await publicClient(n)
    get = client.get
  })
  afterAll(async () => {
    await client.close()
    expect(n.serverErrors).toEqual([])
    await n.stop()
  })

  const newClaim = async (data: Record<string, unknown>) => {
    const res = await n.as('editor').post('/api/claims', { kind: 'figure', verb: 'said', ...data })
    expect(res.status).toBe(201)
    return res.body.doc.id as number | string
  }
  const submitAndApprove = async (id: number | string) => {
    expect((await n.as('editor').post(`/api/claims/${id}/submit`)).status).toBe(200)
    expect((await n.as('reviewer').post(`/api/claims/${id}/approve`)).status).toBe(200)
  }

  describe('the demo story', () => {
    it('lists published stories with pagination and key figures', async () => {
      const res = await get('/stories')
      expect(res.status).toBe(200)
      expect(res.body.meta.pagination).toEqual({
        page: 1,
        limit: 15,
        pages: 1,
        total: 1,
        next: null,
        prev: null,
      })
      const [story] = res.body.stories
      expect(story).toMatchObject({ slug: DEMO, title: 'Jaffar Express hijacking' })
      expect(story.keyFigures.map((m: { metric: string }) => m.metric)).toEqual([
        'passengers-on-train',
        'hostages-rescued',
        'people-held-hostage',
        'militants-killed',
      ])
    })

    it('shows approved claims with public source fields only, never drafts or private fields', async () => {
      const res = await get(`/stories/${DEMO}`)
      expect(res.status).toBe(200)
      const statements = res.body.claims.map((c: Claim) => c.statement)
      expect(statements).toContain('There were 425 passengers on the train when it was attacked.')
      // Pending, rejected and draft claims of the demo stay out.
      for (const hidden of [
        'suicide bombers',
        'Reuters reported',
        'let civilian passengers go',
        'two Chinese citizens',
      ]) {
        expect(res.text).not.toContain(hidden)
      }
      for (const secret of [
        'identity withheld',
        'anonymityReason',
        'Not authorised',
        'positionToKnow',
        'identityKnownBy',
        'reviewHistory',
        'reviewNote',
        'approvedVersion',
        'createdBy',
      ]) {
        expect(res.text).not.toContain(secret)
      }
      const c425 = res.body.claims.find((c: Claim) => c.statement.includes('425'))
      expect(c425).toMatchObject({
        source: { name: 'a security source', anonymous: true, interestedParty: true },
        via: [{ name: 'Reuters', anonymous: false }],
        verb: 'told',
        notIndependentlyVerified: true,
      })
      const unattributed = res.body.claims.find((c: Claim) => c.statement.includes('nearly 500'))
      expect(unattributed).toMatchObject({ source: null, notIndependentlyVerified: false })
      expect(res.body.superseded).toEqual([
        expect.objectContaining({
          statement: 'Security forces freed more than 100 hostages.',
          supersededBy: expect.anything(),
        }),
      ])
      expect(res.body.updates.map((u: { headline: string }) => u.headline)[0]).toBe(
        'Background: the insurgency in Balochistan',
      )
    })

    it('compares figures: "425 passengers" (a security source, via Reuters) conflicts with "nearly 500"', async () => {
      const res = await get(`/stories/${DEMO}/figures`)
      const passengers = res.body.metrics.find(
        (m: { metric: string }) => m.metric === 'passengers-on-train',
      )
      expect(passengers).toMatchObject({
        origins: 2,
        conflict: true,
        agreement: null,
        spread: { lowest: 425, highest: 500, difference: 75 },
      })
      expect(passengers.claims.map((c: { phrase: string }) => c.phrase)).toEqual([
        'nearly 500 passengers',
        '425 passengers',
      ])
      const rescued = res.body.metrics.find(
        (m: { metric: string }) => m.metric === 'hostages-rescued',
      )
      expect(rescued.claims.map((c: { phrase: string }) => c.phrase)).toEqual([
        'at least 155 hostages',
      ])
    })

    it('serves JSON-LD, JSON Feed 1.1 and Atom', async () => {
      const ld = await get(`/stories/${DEMO}/jsonld`)
      expect(ld.headers['content-type']).toMatch(/^application\/ld\+json/)
      expect(ld.body['@type']).toBe('LiveBlogPosting')
      expect(ld.body.liveBlogUpdate).toHaveLength(4)
      const feed = await get(`/stories/${DEMO}/feed.json`)
      expect(JSON.parse(feed.text).items).toHaveLength(4)
      const atom = await get(`/stories/${DEMO}/feed.atom`)
      expect(atom.text).toContain('<feed xmlns="http://www.w3.org/2005/Atom">')
      expect(atom.text.match(/<entry>/g)).toHaveLength(4)
    })

    it('orders the timeline and filters it with since', async () => {
      const all = (await get(`/stories/${DEMO}/timeline`)).body.events as {
        type: string
        at: string
      }[]
      expect(all.map((e) => e.at)).toEqual([...all.map((e) => e.at)].sort())
      const types = new Set(all.map((e) => e.type))
      expect(types).toEqual(
        new Set(['story.published', 'update.published', 'claim.approved', 'claim.superseded']),
      )
      const middle = all[Math.floor(all.length / 2)].at
      const later = (await get(`/stories/${DEMO}/timeline?since=${middle}`)).body.events as {
        at: string
      }[]
      expect(later.length).toBeGreaterThan(0)
      expect(later.every((e) => e.at > middle)).toBe(true)
    })

    it('answers asOf=now exactly as without asOf', async () => {
      const now = await tick()
      const read = async (path: string) => {
        const body = JSON.parse((await get(path)).text)
        return 'asOf' in body ? { ...body, asOf: null } : body
      }
      const paths = [
        '/stories',
        `/stories/${DEMO}`,
        `/stories/${DEMO}/figures`,
        `/stories/${DEMO}/timeline`,
      ]
      for (const path of [...paths, `/stories/${DEMO}/jsonld`, `/stories/${DEMO}/feed.json`]) {
        expect(await read(`${path}?asOf=${now}`)).toEqual(await read(path))
      }
    })

    it('charts each source’s figure over time: intervals, and retracted and superseded points marked', async () => {
      type Point = { claim: number | string; state: string; interval: { lower: number | null } }
      type Series = { source: { name?: string } | null; points: Point[] }
      const metricOf = (body: { metrics: { metric: string; series: Series[] }[] }, m: string) =>
        body.metrics.find((x) => x.metric === m)
      const first = await get(`/stories/${DEMO}/figures/timeline`)
      expect(first.status).toBe(200)
      const passengers = metricOf(first.body, 'passengers-on-train')!
      expect(passengers.series).toHaveLength(2)
      const story = (await get(`/stories/${DEMO}`)).body.story.id
      // A newer figure from the same source supersedes the older one; another one is retracted.
      const older = await newClaim({
        story,
        statement: 'At least 20 passengers were hurt, the railway said.',
        phrase: 'at least 20 passengers',
        metric: 'passengers-hurt-timeline',
      })
      await submitAndApprove(older)
      const before = await tick()
      const newer = await newClaim({
        story,
        statement: 'Between 30 and 40 passengers were hurt, the railway said.',
        phrase: 'between 30 and 40 passengers',
        metric: 'passengers-hurt-timeline',
        supersedes: older,
      })
      await submitAndApprove(newer)
      const wrong = await newClaim({
        story,
        statement: 'Nearly 90 passengers were hurt.',
        phrase: 'nearly 90 passengers',
        metric: 'passengers-hurt-timeline',
      })
      await submitAndApprove(wrong)
      expect(
        (await n.as('reviewer').post(`/api/claims/${wrong}/retract`, { note: 'Misheard.' })).status,
      ).toBe(200)

      const now = metricOf(
        (await get(`/stories/${DEMO}/figures/timeline`)).body,
        'passengers-hurt-timeline',
      )!
      const points = now.series.flatMap((s) => s.points)
      const byId = new Map(points.map((p) => [String(p.claim), p]))
      expect(byId.get(String(older))).toMatchObject({
        state: 'superseded',
        interval: { lower: 20 },
      })
      expect(byId.get(String(newer))).toMatchObject({
        state: 'approved',
        interval: { lower: 30, upper: 40 },
      })
      expect(byId.get(String(wrong))).toMatchObject({ state: 'retracted', interval: { upper: 90 } })

      // As it was: only the older figure, still approved.
      const then = await get(`/stories/${DEMO}/figures/timeline?asOf=${before}`)
      expect(then.body.asOf).toBe(before)
      const past = metricOf(then.body, 'passengers-hurt-timeline')!
      expect(past.series.flatMap((s) => s.points.map((p) => [String(p.claim), p.state]))).toEqual([
        [String(older), 'approved'],
      ])
    })
  })

  describe('HTTP', () => {
    it('describes itself in a valid OpenAPI 3.1 document', async () => {
      const res = await get('/openapi.json')
      const doc = JSON.parse(res.text)
      const result = await new Validator().validate(doc)
      expect(result.errors).toBeUndefined()
      expect(result.valid).toBe(true)
      expect(doc.openapi).toBe('3.1.0')
      expect(doc.servers[0].url).toMatch(/\/api\/public$/)
    })

    it('answers errors as problem+json naming the parameter', async () => {
      const unknown = await get('/stories/no-such-story')
      expect(unknown.status).toBe(404)
      expect(unknown.headers['content-type']).toBe('application/problem+json')
      expect(JSON.parse(unknown.text)).toMatchObject({ status: 404, title: 'Not found' })
      for (const [query, name] of [
        ['asOf=yesterday', 'asOf'],
        ['asOf=2025-02-30T00:00:00Z', 'asOf'],
        ['asOf=2025-03-11T10:00:00', 'asOf'],
        ['asOf=2999-01-01T00:00:00Z', 'asOf'],
        ['page=0', 'page'],
        ['limit=101', 'limit'],
        ['limit=2&limit=3', 'limit'],
      ]) {
        const res = await get(`/stories?${query}`)
        expect(res.status).toBe(400)
        expect(JSON.parse(res.text)['invalid-params'].map((p: { name: string }) => p.name)).toEqual(
          [name],
        )
      }
      const since = await get(`/stories/${DEMO}/timeline?since=soon`)
      expect(JSON.parse(since.text)['invalid-params']).toEqual([
        { name: 'since', reason: expect.any(String) },
      ])
    })

    it('never answers 500, whatever the query string', async () => {
      const paths = [
        '/stories',
        `/stories/${DEMO}`,
        `/stories/${DEMO}/figures`,
        `/stories/${DEMO}/timeline`,
        `/stories/${DEMO}/jsonld`,
      ]
      const names = fc.constantFrom(
        'asOf',
        'since',
        'page',
        'limit',
        'x',
        'asOf[]',
        'where[id]',
        '',
      )
      const value = fc.oneof(
        fc.string(),
        fc.stringMatching(/^[0-9T:.Z+-]{0,30}$/),
        fc.integer().map(String),
      )
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...paths),
          fc.array(fc.tuple(names, value), { maxLength: 4 }),
          fc.stringMatching(/^[\x21-\x22\x24-\x7e]{0,20}$/),
          async (path, pairs, raw) => {
            const query = [
              ...pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`),
              raw,
            ].join('&')
            const res = await get(`${path}?${query}`)
            expect([200, 400]).toContain(res.status)
          },
        ),
        { numRuns: 60 },
      )
    })

    it('sends an ETag and Cache-Control, and 304 for If-None-Match', async () => {
      const first = await get(`/stories/${DEMO}`)
      expect(first.headers.etag).toMatch(/^"[\w-]+"$/)
      expect(first.headers['cache-control']).toMatch(/max-age=\d+, stale-while-revalidate=\d+/)
      const again = await get(`/stories/${DEMO}`, { 'If-None-Match': first.headers.etag })
      expect(again.status).toBe(304)
      expect(again.headers.etag).toBe(first.headers.etag)
      expect((await get(`/stories/${DEMO}`, { 'If-None-Match': '"other"' })).status).toBe(200)
    })

    it('gzips big responses for clients that accept it, under their own ETag', async () => {
      const gzip = await get(`/stories/${DEMO}`, { 'Accept-Encoding': 'gzip, br' })
      const plain = await get(`/stories/${DEMO}`, { 'Accept-Encoding': 'identity' })
      expect(gzip.headers['content-encoding']).toBe('gzip')
      expect(plain.headers['content-encoding']).toBeUndefined()
      expect(gzip.headers.vary).toBe('Accept-Encoding')
      expect(gzip.body).toEqual(plain.body)
      expect(Number(gzip.headers['content-length'])).toBeLessThan(plain.text.length / 2)
      expect(gzip.headers.etag).not.toBe(plain.headers.etag)
      // Either tag names the same content: a client that switched encodings need not download again.
      for (const etag of [gzip.headers.etag, plain.headers.etag]) {
        const again = await get(`/stories/${DEMO}`, {
          'Accept-Encoding': 'gzip',
          'If-None-Match': etag,
        })
        expect(again.status).toBe(304)
      }
      const tiny = await get('/stories?limit=1&page=99', { 'Accept-Encoding': 'gzip' })
      expect(tiny.headers['content-encoding']).toBeUndefined()
    })

    it('answers HEAD like GET without the body, cached or not', async () => {
      const head = () =>
        supertest(n.app)
          .head(`${PREFIX}/stories/${DEMO}/timeline`)
          .set('Accept-Encoding', 'identity')
      const first = await head()
      const body = await get(`/stories/${DEMO}/timeline`, { 'Accept-Encoding': 'identity' })
      const second = await head()
      for (const res of [first, second]) {
        expect(res.status).toBe(200)
        expect(res.headers.etag).toBe(body.headers.etag)
        expect(res.headers['content-length']).toBe(String(Buffer.byteLength(body.text)))
        expect(res.text).toBeUndefined()
      }
    })

    it('answers a URL it rendered from the cache before Payload, until a write invalidates it', async () => {
      // Only the cache shortcut, and a teapot where Payload would be: a 418 is a miss.
      const shortcutOnly = express()
        .use('/api', cachedPublicResponses(n.payload))
        .use((_req, res) => void res.status(418).end())
      const url = `${PREFIX}/stories/${DEMO}/figures?asOf=${encodeURIComponent(new Date().toISOString())}`
      const viaShortcut = () => supertest(shortcutOnly).get(url).set('Host', 'newsroom.test')
      expect((await viaShortcut()).status).toBe(418)
      const rendered = await supertest(n.app).get(url).set('Host', 'newsroom.test')
      expect(rendered.status).toBe(200)
      const hit = await viaShortcut()
      expect(hit.status).toBe(200)
      expect(hit.headers.etag).toBe(rendered.headers.etag)
      expect(hit.body).toEqual(rendered.body)
      // Another host is another entry: the documents carry absolute links.
      expect((await supertest(shortcutOnly).get(url).set('Host', 'other.test')).status).toBe(418)

      const { id, title } = rendered.body.story
      const saved = await n.as('editor').patch(`/api/stories/${id}`, { title })
      expect(saved.status).toBe(200)
      expect((await viaShortcut()).status).toBe(418)
    })

    it('invalidates the cache when a claim is approved: the next read shows it', async () => {
      const before = await get(`/stories/${DEMO}/figures`)
      const story = JSON.parse(before.text).story.id
      const id = await newClaim({
        story,
        statement: 'About 440 passengers were aboard.',
        phrase: 'about 440 passengers',
        metric: 'passengers-on-train',
      })
      expect((await get(`/stories/${DEMO}/figures`)).headers.etag).toBe(before.headers.etag)
      await submitAndApprove(id)
      const after = await get(`/stories/${DEMO}/figures`, { 'If-None-Match': before.headers.etag })
      expect(after.status).toBe(200)
      const passengers = after.body.metrics.find(
        (m: { metric: string }) => m.metric === 'passengers-on-train',
      )
      expect(passengers.claims.map((c: { phrase: string }) => c.phrase)).toContain(
        'about 440 passengers',
      )
      expect((await get('/stories')).text).toContain('about 440 passengers')
    })
  })

  describe('asOf: exactly what was public at a moment', () => {
    it('follows approval, revision, supersession and retraction', async () => {
      const created = await n
        .as('editor')
        .post('/api/stories', { title: 'Time travel', _status: 'published' })
      const storyId = created.body.doc.id
      const source = (
        await n.as('editor').post('/api/sources', { name: 'Rescue service', kind: 'official' })
      ).body.doc.id
      const beforeAnything = await tick()

      const a = await newClaim({
        story: storyId,
        statement: 'At least 100 were rescued.',
        phrase: 'at least 100 people',
        metric: 'rescued',
        source,
      })
      await submitAndApprove(a)
      const t1 = await tick()

      // A revision stays private until approved: the public keeps 100.
      expect(
        (await n.as('editor').patch(`/api/claims/${a}`, { phrase: 'at least 120 people' })).status,
      ).toBe(200)
      const t1b = await tick()
      await submitAndApprove(a)
      await n
        .as('editor')
        .patch(`/api/stories/${storyId}?draft=true`, { title: 'Time travel (draft title)' })
      const update = await n.as('editor').post('/api/updates', {
        story: storyId,
        headline: 'Rescue continues',
        body: lexicalParagraphs('Crews are still working.'),
        _status: 'published',
      })
      expect(update.status).toBe(201)
      const t2 = await tick()

      const b = await newClaim({
        story: storyId,
        statement: 'At least 150 were rescued.',
        phrase: 'at least 150 people',
        metric: 'rescued',
        source,
        supersedes: a,
      })
      await submitAndApprove(b)
      const t3 = await tick()
      expect(
        (
          await n
            .as('reviewer')
            .post(`/api/claims/${b}/retract`, { note: 'The count included the crews.' })
        ).status,
      ).toBe(200)
      const t4 = await tick()

      const at = async (t: string) => (await get(`/stories/time-travel?asOf=${t}`)).body
      const values = (cs: Claim[]) => cs.map((c) => c.figure?.value)

      expect((await get(`/stories/time-travel?asOf=${beforeAnything}`)).status).toBe(200)
      expect((await at(beforeAnything)).claims).toEqual([])
      expect(values((await at(t1)).claims)).toEqual([100])
      expect(values((await at(t1b)).claims)).toEqual([100])
      const s2 = await at(t2)
      expect(values(s2.claims)).toEqual([120])
      expect(s2.updates.map((u: { headline: string }) => u.headline)).toEqual(['Rescue continues'])
      expect(s2.story.title).toBe('Time travel')
      const s3 = await at(t3)
      expect(values(s3.claims)).toEqual([150])
      expect(s3.superseded).toEqual([expect.objectContaining({ id: a, supersededBy: b })])
      const s4 = await at(t4)
      expect(s4.claims).toEqual([])
      expect(s4.corrections).toEqual([
        expect.objectContaining({
          id: b,
          state: 'retracted',
          retractionReason: 'The count included the crews.',
        }),
      ])
      expect(JSON.parse((await get('/stories/time-travel')).text)).toEqual({ ...s4, asOf: null })

      const ld = (await get(`/stories/time-travel/jsonld?asOf=${t4}`)).body
      expect(ld.correction).toEqual([
        expect.objectContaining({
          '@type': 'CorrectionComment',
          text: expect.stringContaining('The count included the crews.'),
        }),
      ])
      expect((await get(`/stories/time-travel/jsonld?asOf=${t3}`)).body.correction).toBeUndefined()

      const figuresAt = async (t: string) =>
        (await get(`/stories/time-travel/figures?asOf=${t}`)).body.metrics
      expect(await figuresAt(t1b)).toEqual([
        expect.objectContaining({
          metric: 'rescued',
          spread: { lowest: 100, highest: 100, difference: 0 },
        }),
      ])
      expect(await figuresAt(t4)).toEqual([])

      const events = async (t: string) =>
        (
          (await get(`/stories/time-travel/timeline?asOf=${t}`)).body.events as { type: string }[]
        ).map((e) => e.type)
      expect(await events(t1)).toEqual(['story.published', 'claim.approved'])
      expect(await events(t2)).toEqual([
        'story.published',
        'claim.approved',
        'claim.corrected',
        'update.published',
      ])
      expect(await events(t4)).toEqual([
        'story.published',
        'claim.approved',
        'claim.corrected',
        'update.published',
        'claim.approved',
        'claim.superseded',
        'claim.retracted',
      ])
      const corrected = (await get(`/stories/time-travel/timeline?asOf=${t2}`)).body.events[2]
      expect(corrected).toMatchObject({
        claim: { figure: { value: 120 } },
        previous: { figure: { value: 100 } },
      })
    })

    it('shows no draft: an unpublished story, an unpublished update, a draft over a published story', async () => {
      await n.as('editor').post('/api/stories', { title: 'Never published' })
      expect((await get('/stories/never-published')).status).toBe(404)
      expect((await get('/stories')).text).not.toContain('never-published')
      const story = (
        await n.as('editor').post('/api/stories', { title: 'Half drafted', _status: 'published' })
      ).body.doc
      await n.as('editor').post('/api/updates', {
        story: story.id,
        headline: 'Not yet',
        body: lexicalParagraphs('Draft.'),
      })
      await n
        .as('editor')
        .patch(`/api/stories/${story.id}?draft=true`, { title: 'Half drafted, new title' })
      const res = await get('/stories/half-drafted')
      expect(res.body.story.title).toBe('Half drafted')
      expect(res.body.updates).toEqual([])
    })

    it('knows no story before it was published, and none that has been taken down', async () => {
      const before = await tick()
      const created = await n
        .as('editor')
        .post('/api/stories', { title: 'Short lived', _status: 'published' })
      const after = await tick()
      expect((await get(`/stories/short-lived?asOf=${before}`)).status).toBe(404)
      expect((await get(`/stories/short-lived?asOf=${after}`)).status).toBe(200)
      await n.as('editor').patch(`/api/stories/${created.body.doc.id}`, { _status: 'draft' })
      expect((await get('/stories/short-lived')).status).toBe(404)
      expect((await get(`/stories/short-lived?asOf=${after}`)).status).toBe(404)
    })
  })
})
