import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

import { planNewsroom } from '../../bench/generator/planNewsroom.js'
import { installVirtualClock } from '../../bench/generator/virtualClock.js'
import { writeNewsroom } from '../../bench/generator/writeNewsroom.js'
import { SOURCES } from '../../bench/generator/vocabulary.js'
import { DEMO_SOURCES } from '../../demo/seed/demoStory.js'
import { seedDemoIfEmpty } from '../../demo/seed/seedDemo.js'
import { storyBundleSchema } from '../../src/bundle/bundleSchema.js'
import { resolveOptions } from '../../src/options.js'
import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'
import { expectConformsToOpenApi } from '../public/helpers/openApiConformance.js'
import { publicClient } from '../public/helpers/publicClient.js'
import { canonicalIds, type IdKeys, type IdKind } from './helpers/canonicalIds.js'
import { scaledBundle } from './helpers/scaledBundle.js'

const SITE = { url: 'https://news.example', name: 'The Example Times', logo: '/logo.png' }
// 100 claims generated through the workflow in `npm test`, to keep the suite within its time on a
// 2-core machine; BUNDLE_TEST_CLAIMS=1000 builds the size through the workflow instead
// (docs/story-bundles.md has its measured time).
const GENERATED_CLAIMS = Number(process.env.BUNDLE_TEST_CLAIMS ?? 100)
/**
 * The size in every run: a story of SCALED_CLAIMS claims made of copies of the generated
 * story's exported rows (see scaledBundle for what that does and does not cover), imported into the
 * exporting install and then round-tripped like the others. Not when the generated story is that big.
 */
const SCALED_CLAIMS = 1000
const SCALED_COPIES =
  GENERATED_CLAIMS < SCALED_CLAIMS ? Math.ceil(SCALED_CLAIMS / GENERATED_CLAIMS) : 0

/** Counts of every row an import writes, by collection (and version table). */
async function rowCounts(n: TestNewsroom) {
  const p = n.payload
  const count = async (collection: string) =>
    (await p.count({ collection: collection as never, overrideAccess: true })).totalDocs
  const versions = async (collection: string) =>
    (await p.countVersions({ collection: collection as never, overrideAccess: true })).totalDocs
  return {
    stories: await count('stories'),
    updates: await count('updates'),
    claims: await count('claims'),
    sources: await count('sources'),
    events: await count('newsroom-events'),
    storyVersions: await versions('stories'),
    updateVersions: await versions('updates'),
    claimVersions: await versions('claims'),
  }
}

/**
 * Makes the database itself refuse to store a claim (its row, or a version of it) whose statement is
 * `marker`: a failure in the middle of an import, after everything before it was written.
 */
async function refuseInDatabase(n: TestNewsroom, marker: string): Promise<() => Promise<void>> {
  const db = n.payload.db as unknown as {
    name: string
    pool?: { query: (sql: string) => Promise<unknown> }
    client?: { execute: (sql: string) => Promise<unknown> }
  }
  const run = (sql: string) =>
    db.name === 'postgres' ? db.pool!.query(sql) : db.client!.execute(sql)
  const quoted = `'${marker.replace(/'/g, "''")}'`
  const tables = [
    ['claims', 'statement'],
    ['_claims_v', 'version_statement'],
  ]
  if (db.name === 'postgres') {
    await run(
      `CREATE FUNCTION bundle_test_refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$ LANGUAGE plpgsql`,
    )
    for (const [table, column] of tables)
      await run(
        `CREATE TRIGGER bundle_test_refuse BEFORE INSERT ON "${table}" FOR EACH ROW WHEN (NEW."${column}" = ${quoted}) EXECUTE FUNCTION bundle_test_refuse()`,
      )
    return async () => {
      for (const [table] of tables) await run(`DROP TRIGGER bundle_test_refuse ON "${table}"`)
      await run('DROP FUNCTION bundle_test_refuse()')
    }
  }
  for (const [table, column] of tables)
    await run(
      `CREATE TRIGGER bundle_test_refuse_${table.replace(/\W/g, '')} BEFORE INSERT ON "${table}" WHEN NEW."${column}" = ${quoted} BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`,
    )
  return async () => {
    for (const [table] of tables)
      await run(`DROP TRIGGER bundle_test_refuse_${table.replace(/\W/g, '')}`)
  }
}

type Bundle = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
interface Answer {
  path: string
  status: number
  type: string
  text: string
}

/** Three moments inside a story's public history (its events' quartiles), as the public API takes them. */
const momentsOf = (times: string[]): string[] => {
  const sorted = [...times].sort()
  return [0.25, 0.5, 0.75].map((q) => sorted[Math.floor(q * (sorted.length - 1))])
}

/** At most `n` items of `list`, spread evenly over it (all of a short list). */
const spread = <T>(list: T[], n: number): T[] =>
  list.filter((_, i) => i % Math.max(1, Math.ceil(list.length / n)) === 0)

/**
 * Every public endpoint of a story, now and at its three moments: the story's own documents, and
 * per-update ninjs and per-claim PROV: of every update and public claim of a story of up to
 * EVERY_ITEM_UP_TO of them (the demo story), else of a spread (3 updates, 2 claims, 1 correction and
 * 1 superseded claim, across the whole story: in the 1,000-claim story, different copies). Each
 * per-item answer of the 1,000-claim story costs about 0.25 s on the 2-core machine (it reads the
 * whole story), so all of them, at four moments, in two installs, would take about half an hour.
 * Not the Server-Sent Events stream: it sends the event log the timeline shows.
 */
const EVERY_ITEM_UP_TO = 30
async function storyPaths(get: (p: string) => Promise<{ body: Bundle }>, slug: string) {
  const base = `/stories/${slug}`
  const story = (await get(base)).body
  const timeline = (await get(`${base}/timeline`)).body
  const moments = momentsOf(timeline.events.map((e: { at: string }) => e.at))
  const items = story.updates.length + story.claims.length + story.corrections.length
  const n = (sample: number) => (items <= EVERY_ITEM_UP_TO ? Infinity : sample)
  type Item = { id: unknown }
  const perItem = [
    ...spread<Item>(story.updates, n(3)).map((u) => `${base}/updates/${String(u.id)}/ninjs`),
    ...[
      ...spread<Item>(story.claims, n(2)),
      ...spread<Item>(story.corrections, n(1)),
      ...spread<Item>(story.superseded, n(1)),
    ].map((c) => `${base}/claims/${String(c.id)}/prov`),
  ]
  const paths = [
    '',
    '/figures',
    '/figures/timeline',
    '/timeline',
    '/jsonld',
    '/feed.json',
    '/feed.atom',
    '/ninjs',
    '/prov',
  ].map((p) => `${base}${p}`)
  return { moments, paths: [...paths, ...perItem] }
}

const withAsOf = (path: string, asOf: string | null) =>
  asOf ? `${path}${path.includes('?') ? '&' : '?'}asOf=${encodeURIComponent(asOf)}` : path

describe.each(TEST_DATABASES)('story bundles on %s', (database) => {
  const answers: Answer[] = []
  const bundles: Bundle[] = []
  /** The exporting install's ids, each its own key. */
  const exported: IdKeys = {
    story: new Map(),
    update: new Map(),
    claim: new Map(),
    source: new Map(),
    event: new Map(),
  }
  let b: TestNewsroom
  let bundleLimit = 0
  let requestLimit = 0
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-bundle-'))

  beforeAll(async () => {
    // The exporting newsroom: the demo story and a generated story of 1,000 claims, each written
    // through the workflow at its planned moment (plus the generator's review-queue story).
    const a = await startNewsroom(database, { newsroom: { publicSite: SITE } })
    try {
      await seedDemoIfEmpty(a.payload)
      installVirtualClock()
      await writeNewsroom(
        a.payload,
        planNewsroom({ seed: 'bundle-round-trip', claims: [GENERATED_CLAIMS], reviewQueue: 4 }),
      )
      const client = await publicClient(a)
      const get = client.get
      if (SCALED_COPIES) {
        const generated = (
          await a.payload.find({ collection: 'stories', pagination: false, overrideAccess: true })
        ).docs.filter((d) => d.slug.endsWith(`-${GENERATED_CLAIMS}-claims`))
        expect(generated).toHaveLength(1)
        const res = await a.as('admin').get(`/api/stories/${generated[0].id}/bundle`)
        expect(res.status).toBe(200)
        const scaled = scaledBundle(JSON.parse(res.text), SCALED_COPIES, {
          slug: generated[0].slug.replace(/-\d+-claims$/, `-${SCALED_CLAIMS}-claims`),
          title: generated[0].title.replace(/\(\d+ claims\)$/, `(${SCALED_CLAIMS} claims)`),
        })
        expect(scaled.claims).toHaveLength(SCALED_CLAIMS)
        const imported = await a.as('admin').post('/api/stories/bundle', scaled)
        expect(imported.status).toBe(201)
      }
      const list = (await get('/stories?limit=50')).body.stories as { id: number; slug: string }[]
      expect(list).toHaveLength(SCALED_COPIES ? 4 : 3)
      let listMoments: string[] = []
      for (const story of list) {
        const { moments, paths } = await storyPaths(get, story.slug)
        if (moments.length && listMoments.length === 0) listMoments = moments
        for (const asOf of [null, ...moments])
          for (const path of paths) {
            const res = await get(withAsOf(path, asOf))
            answers.push({
              path: withAsOf(path, asOf),
              status: res.status,
              type: res.headers['content-type'],
              text: res.text,
            })
          }
        const res = await a.as('admin').get(`/api/stories/${story.id}/bundle`)
        expect(res.status).toBe(200)
        expectConformsToOpenApi(`/stories/${story.id}/bundle`, res)
        bundles.push(JSON.parse(res.text))
      }
      for (const asOf of [null, ...listMoments]) {
        const path = withAsOf('/stories?limit=50', asOf)
        const res = await get(path)
        answers.push({
          path,
          status: res.status,
          type: res.headers['content-type'],
          text: res.text,
        })
      }
      for (const bundle of bundles) {
        const add = (kind: IdKind, list: { id: unknown }[]) =>
          list.forEach((r) => exported[kind].set(String(r.id), String(r.id)))
        add('story', [bundle.story])
        add('update', bundle.updates)
        add('claim', bundle.claims)
        add('source', bundle.sources)
        add('event', bundle.events)
      }
      expect(a.serverErrors).toEqual([])
    } finally {
      await a.stop()
    }
    // A second database in this process: Drizzle skips pushing a schema it pushed already, unless told.
    process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
    // The importing install takes bundles up to its own limit, `bundles.maxBodyBytes`, just above the
    // largest here, while every other route keeps a limit below it (`requests.maxBodyBytes`).
    const sizes = bundles.map((x) => Buffer.byteLength(JSON.stringify(x)))
    bundleLimit = Math.max(...sizes) + 64 * 1024
    requestLimit = Math.min(1024 * 1024, Math.floor(Math.max(...sizes) / 2))
    b = await startNewsroom(database, {
      newsroom: {
        publicSite: SITE,
        requests: { maxBodyBytes: requestLimit },
        bundles: { maxBodyBytes: bundleLimit },
      },
      // On SQLite a file, as an install has: an in-memory database cannot have transactions.
      databaseUrl: (url) => (database === 'sqlite' ? `file:${path.join(dir, 'import.db')}` : url),
    })
  }, 900_000)
  afterAll(async () => {
    delete process.env.PAYLOAD_FORCE_DRIZZLE_PUSH
    if (b) {
      expect(b.serverErrors).toEqual([])
      await b.stop()
    }
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('exports bundles valid against the published JSON Schema, without any protected identity', () => {
    const ajv = new Ajv2020({
      allErrors: true,
      strict: true,
      strictTypes: false,
      allowUnionTypes: true,
    })
    ;(addFormats as unknown as (a: Ajv2020) => void)(ajv)
    const validate = ajv.compile(storyBundleSchema())
    const generated = bundles.find((x) => x.claims.length === GENERATED_CLAIMS)!
    expect(generated).toBeDefined()
    for (const bundle of bundles) expect(validate(bundle) ? [] : validate.errors).toEqual([])
    const text = JSON.stringify(bundles)
    const secrets = [
      ...Object.values(DEMO_SOURCES).filter((s) => 'anonymous' in s && s.anonymous),
      ...SOURCES.filter((s) => s.anonymous),
    ].map((s) => s.name)
    expect(secrets.length).toBeGreaterThan(1)
    for (const name of secrets) expect(text).not.toContain(name)
    const anonymous = bundles.flatMap((x) => x.sources).filter((s) => s.anonymous)
    expect(anonymous.length).toBeGreaterThan(0)
    for (const s of anonymous) {
      expect(s).not.toHaveProperty('name')
      expect(s).not.toHaveProperty('aliases')
      expect(s).not.toHaveProperty('identityKnownBy')
    }
    // Every revision and review step travels: the generated story's claims were revised and reviewed.
    expect(generated.claims.some((c: Bundle) => c.versions.length > 3)).toBe(true)
    expect(generated.claims.some((c: Bundle) => c.doc.reviewHistory.length > 2)).toBe(true)
  })

  it('imports into an empty newsroom: every public answer, now and at three past moments, byte for byte but for ids', async () => {
    const imported: IdKeys = {
      story: new Map(),
      update: new Map(),
      claim: new Map(),
      source: new Map(),
      event: new Map(),
    }
    /** Each exported source id, what it became here. */
    const importedSources = new Map<string, string>()
    for (const bundle of bundles) {
      const res = await b.as('admin').post('/api/stories/bundle', bundle)
      expect(res.status).toBe(201)
      expectConformsToOpenApi('/stories/bundle', res, 'post')
      const { ids } = res.body
      for (const [old, now] of Object.entries(ids.sources)) importedSources.set(old, String(now))
      for (const [kind, list] of [
        ['story', ids.stories],
        ['update', ids.updates],
        ['claim', ids.claims],
        ['source', ids.sources],
        ['event', ids.events],
      ] as [IdKind, Record<string, unknown>][])
        for (const [old, now] of Object.entries(list))
          if (!imported[kind].has(String(now))) imported[kind].set(String(now), old)
    }
    // A source the exporting install had twice (the demo's and the generator's of one name and kind)
    // is one here, reused by the later import: both of its exported ids stand for the first.
    for (const bundle of bundles) {
      for (const old of bundle.sources.map((s: { id: unknown }) => String(s.id))) {
        const now = [...imported.source].find(([, was]) => was === old)?.[0]
        if (now === undefined) {
          const merged = importedSources.get(old)
          if (merged !== undefined) exported.source.set(old, imported.source.get(merged)!)
        }
      }
    }
    const toHere = (path: string) =>
      path
        .replace(
          /\/updates\/(\d+)\//,
          (_, id) => `/updates/${[...imported.update].find(([, old]) => old === id)![0]}/`,
        )
        .replace(
          /\/claims\/(\d+)\//,
          (_, id) => `/claims/${[...imported.claim].find(([, old]) => old === id)![0]}/`,
        )
    const client = await publicClient(b)
    let compared = 0
    const differ: { path: string; here: string; there: string }[] = []
    for (const answer of answers) {
      const res = await client.get(toHere(answer.path))
      expect({ path: answer.path, status: res.status }).toEqual({
        path: answer.path,
        status: answer.status,
      })
      expect(res.headers['content-type']).toBe(answer.type)
      const here = canonicalIds(res.text, answer.type, imported)
      const there = canonicalIds(answer.text, answer.type, exported)
      if (here !== there) differ.push({ path: answer.path, here, there })
      compared++
    }
    if (differ.length)
      expect({ differ: differ.map((d) => d.path), first: differ[0].here }).toEqual({
        differ: [],
        first: differ[0].there,
      })
    expect(compared).toBeGreaterThan(150)
    // The past moments are real: some answers then differ from now.
    const now = answers.find((x) => x.path.endsWith('/figures') && x.text.includes('"claims"'))!
    expect(answers.some((x) => x.path.startsWith(`${now.path}?asOf=`) && x.text !== now.text)).toBe(
      true,
    )
    // The 1,000-claim story's moments fall in different copies of its rows: four different stories.
    if (SCALED_COPIES) {
      const scaled = answers.filter((x) =>
        new RegExp(`^/stories/[^/?]*-${SCALED_CLAIMS}-claims(\\?asOf=[^&]*)?$`).test(x.path),
      )
      expect(scaled).toHaveLength(4)
      expect(new Set(scaled.map((x) => x.text)).size).toBe(4)
    }
  }, 600_000)

  it('refuses a bad or partial bundle with a 400 naming the first bad path, and writes nothing; admins only', async () => {
    const counts = () => rowCounts(b)
    const before = await counts()
    const [demo] = bundles
    const renamed = (bundle: Bundle): Bundle => ({
      ...bundle,
      story: { ...bundle.story, doc: { ...bundle.story.doc, slug: 'a-new-slug' } },
    })
    const refused = async (body: unknown, status: number, path: string) => {
      const res = await b.as('admin').post('/api/stories/bundle', body as object)
      expect({ status: res.status, path: res.body.errors?.[0]?.data?.path }).toEqual({
        status,
        path,
      })
      expect(res.body.errors[0].message).toContain(path || '/')
      expectConformsToOpenApi('/stories/bundle', res, 'post')
    }
    const { claims: _claims, ...partial } = renamed(demo)
    await refused(partial, 400, '/claims')
    const claims = structuredClone(demo.claims)
    claims[1].doc.source = 987654
    await refused({ ...renamed(demo), claims }, 400, '/claims/1/doc/source')
    const late = structuredClone(demo.claims)
    late.at(-1).versions.at(-1).version.update = 987654
    await refused(
      { ...renamed(demo), claims: late },
      400,
      `/claims/${late.length - 1}/versions/${late.at(-1).versions.length - 1}/version/update`,
    )
    const sources = structuredClone(demo.sources)
    const anonymous = sources.findIndex((s: Bundle) => s.anonymous)
    sources[anonymous].name = 'A real name'
    await refused({ ...renamed(demo), sources }, 400, `/sources/${anonymous}/name`)
    const events = structuredClone(demo.events)
    events[0].type = 'story.deleted'
    await refused({ ...renamed(demo), events }, 400, '/events/0/type')
    await refused({ ...renamed(demo), version: 2 }, 400, '/version')
    const notJson = await b
      .as('admin')
      .post('/api/stories/bundle', '{"format": ', { 'Content-Type': 'application/json' })
    expect(notJson.status).toBe(400)
    expectConformsToOpenApi('/stories/bundle', notJson, 'post')
    // Already here: the same story again.
    await refused(demo, 409, '/story/doc/slug')
    expect(await counts()).toEqual(before)

    for (const actor of ['anonymous', 'editor', 'reviewer'] as const) {
      const status = actor === 'anonymous' ? 401 : 403
      const posted = await b.as(actor).post('/api/stories/bundle', renamed(demo))
      expect(posted.status).toBe(status)
      expectConformsToOpenApi('/stories/bundle', posted, 'post')
      const story = (
        await b.payload.find({ collection: 'stories', limit: 1, overrideAccess: true })
      ).docs[0]
      const got = await b.as(actor).get(`/api/stories/${story.id}/bundle`)
      expect(got.status).toBe(status)
      expectConformsToOpenApi(`/stories/${story.id}/bundle`, got)
    }
    const missing = await b.as('admin').get('/api/stories/987654/bundle')
    expect(missing.status).toBe(404)
    expectConformsToOpenApi('/stories/987654/bundle', missing)
    expect(await counts()).toEqual(before)
  })
  it('takes bundles up to bundles.maxBodyBytes, its own limit: larger is a 413 naming it, on either host', async () => {
    expect(resolveOptions().bundles).toEqual({ maxBodyBytes: 64 * 1024 * 1024 })
    expect(() => resolveOptions({ bundles: { maxBodyBytes: 0 } })).toThrow(/bundles\.maxBodyBytes/)
    const before = await rowCounts(b)
    const [demo] = bundles
    // Valid but for its size: the padding is in the one free-text field of the top level.
    const padded = (size: number) => {
      const bundle = { ...demo, story: { ...demo.story, doc: { ...demo.story.doc, slug: 'big' } } }
      const text = JSON.stringify({ ...bundle, $schema: '' })
      return JSON.stringify({ ...bundle, $schema: 'x'.repeat(size - text.length) })
    }
    const tooLarge = padded(bundleLimit + 1)
    expect(Buffer.byteLength(tooLarge)).toBeGreaterThan(bundleLimit)
    for (const via of ['next', 'express'] as const) {
      const res = await b
        .as('admin', via)
        .post('/api/stories/bundle', tooLarge, { 'Content-Type': 'application/json' })
      expect({ via, status: res.status, data: res.body.errors?.[0]?.data }).toEqual({
        via,
        status: 413,
        data: { maxBodyBytes: bundleLimit, option: 'bundles.maxBodyBytes' },
      })
      expect(res.body.errors[0].message).toContain('bundles.maxBodyBytes')
      expectConformsToOpenApi('/stories/bundle', res, 'post')
    }
    // The rest of the install keeps its own, lower limit: a claim as large as a bundle is refused.
    const claim = await b.as('admin').post('/api/claims', {
      statement: 'x'.repeat(requestLimit + 1),
    })
    expect({ status: claim.status, data: claim.body.errors?.[0]?.data }).toEqual({
      status: 413,
      data: { maxBodyBytes: requestLimit, option: 'requests.maxBodyBytes' },
    })
    expect(await rowCounts(b)).toEqual(before)
    // Every bundle imported above was larger than that limit (so its own limit was what let it in).
    expect(Math.max(...bundles.map((x) => JSON.stringify(x).length))).toBeGreaterThan(requestLimit)
  })

  it('writes nothing of a bundle whose import fails in the middle (the database refuses a claim)', async () => {
    const generated = bundles.find((x) => x.claims.length === GENERATED_CLAIMS)!
    const marker = 'The database refuses this statement.'
    const restore = await refuseInDatabase(b, marker)
    try {
      const mid = Math.floor(generated.claims.length / 2)
      // A new source too (the others are here already and reused): it is written first, and must go.
      const sources = structuredClone(generated.sources)
      const named = sources.findIndex((x: Bundle) => !x.anonymous)
      sources[named].name = 'A source only this bundle has'
      const failing = (slug: string, mark: (claims: Bundle[]) => void): Bundle => {
        const claims = structuredClone(generated.claims)
        mark(claims)
        return {
          ...generated,
          sources,
          claims,
          story: { ...generated.story, doc: { ...generated.story.doc, slug } },
        }
      }
      const before = await rowCounts(b)
      // At the middle claim's row (story, updates, half the claims written), then at the middle
      // claim's last version (every row and half the versions written).
      for (const bundle of [
        failing('fails-at-a-claim', (claims) => (claims[mid].doc.statement = marker)),
        failing(
          'fails-at-a-version',
          (claims) => (claims[mid].versions.at(-1).version.statement = marker),
        ),
      ]) {
        const res = await b.as('admin').post('/api/stories/bundle', bundle)
        expect(res.status).toBeGreaterThanOrEqual(500)
        expect(await rowCounts(b)).toEqual(before)
        const slug = bundle.story.doc.slug
        expect((await b.as('anonymous').get(`/api/public/stories/${slug}`)).status).toBe(404)
      }
      // The failures were the database's, on purpose.
      b.serverErrors.length = 0
    } finally {
      await restore()
    }
  })

  it("reuses this install's source of the same name and kind; anonymous sources are never matched, and keep their identity out", async () => {
    const [demo] = bundles
    const first = await b.payload.find({
      collection: 'sources',
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    // Here, an anonymous source whose real name is what one of the bundle's named sources is called.
    const sources = structuredClone(demo.sources)
    const named = sources.filter((x: Bundle) => !x.anonymous)
    expect(named.length).toBeGreaterThan(2)
    const hidden = await b.payload.create({
      collection: 'sources',
      data: {
        name: 'Hidden Person',
        kind: named[0].kind,
        anonymous: true,
        publicDescription: 'a person close to the matter',
        anonymityReason: 'fear of reprisal',
        positionToKnow: 'present at the meeting',
      },
      overrideAccess: true,
    })
    named[0].name = ' hidden   PERSON '
    // Case and spacing aside, the same name and kind: the same source.
    named[1].name = `  ${String(named[1].name).toUpperCase()} `
    const res = await b.as('admin').post('/api/stories/bundle', {
      ...demo,
      sources,
      story: { ...demo.story, doc: { ...demo.story.doc, slug: 'demo-again' } },
    })
    expect(res.status).toBe(201)
    expectConformsToOpenApi('/stories/bundle', res, 'post')
    const { ids, reused } = res.body
    const byName = new Map(first.docs.map((d) => [`${d.name}|${d.kind}`, d.id]))
    for (const s of sources as Bundle[]) {
      const here = ids.sources[String(s.id)]
      const existing = s.anonymous ? undefined : byName.get(`${String(s.name).trim()}|${s.kind}`)
      if (s === named[0] || s.anonymous) {
        // A new source: never the anonymous one here, nor any other.
        expect(first.docs.map((d) => d.id)).not.toContain(here)
        expect(here).not.toBe(hidden.id)
        expect(reused.sources).not.toContain(s.id)
      } else if (s === named[1]) {
        expect(here).toBe(
          byName.get(`${demo.sources.find((x: Bundle) => x.id === s.id).name}|${s.kind}`),
        )
        expect(reused.sources).toContain(s.id)
      } else {
        expect({ name: s.name, here }).toEqual({ name: s.name, here: existing })
        expect(reused.sources).toContain(s.id)
      }
    }
    const created = (
      await b.payload.find({
        collection: 'sources',
        where: { id: { in: (sources as Bundle[]).map((s) => ids.sources[String(s.id)]) } },
        limit: 0,
        pagination: false,
        overrideAccess: true,
      })
    ).docs
    expect(created.length).toBe(new Set(Object.values(ids.sources)).size)
    const after = await b.payload.count({ collection: 'sources', overrideAccess: true })
    const anonymous = (sources as Bundle[]).filter((s) => s.anonymous)
    expect(anonymous.length).toBeGreaterThan(0)
    // The first import made them all; this one only the anonymous ones and the renamed one (plus ours).
    expect(after.totalDocs).toBe(first.totalDocs + 1 + anonymous.length + 1)
    for (const s of anonymous) {
      const doc = created.find((d) => d.id === ids.sources[String(s.id)])!
      // Known here by its public description, with no one recorded as knowing who it is.
      expect({
        name: doc.name,
        aliases: doc.aliases ?? [],
        identityKnownBy: doc.identityKnownBy ?? null,
      }).toEqual({ name: s.publicDescription, aliases: [], identityKnownBy: null })
      expect(doc.publicName).toBe(s.publicName)
    }
    // Exported again, the anonymous sources still carry no identity.
    const again = await b.as('admin').get(`/api/stories/${res.body.story.id}/bundle`)
    expectConformsToOpenApi(`/stories/${res.body.story.id}/bundle`, again)
    for (const s of again.body.sources.filter((x: Bundle) => x.anonymous)) {
      expect(s).not.toHaveProperty('name')
      expect(s).not.toHaveProperty('aliases')
    }
    expect(again.text).not.toContain('Hidden Person')
  })
})
