import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

import { resolvePublicSite } from '../../src/options.js'
import { NINJS_ROLES } from '../../src/public/rendering/storyNinjs.js'
import { storyLinks } from '../../src/public/rendering/publicLinks.js'
import { readStorySnapshot } from '../../src/public/queries/readStorySnapshot.js'
import { storyAtomFeed, storyJsonFeed } from '../../src/public/rendering/storyFeed.js'
import { storyJsonLd } from '../../src/public/rendering/storyJsonLd.js'
import { resolveOptions } from '../../src/options.js'
import { seedDemoIfEmpty } from '../../demo/seed/seedDemo.js'
import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'
import { atomMustViolations, jsonFeedErrors, parseFeed } from './helpers/feedValidators.js'
import { publicClient, tick, type PublicClient } from './helpers/publicClient.js'
import { expandJsonLd, googleStructuredData, toNQuads } from './helpers/structuredData.js'

const DEMO = 'jaffar-express-hijacking'
const SITE = {
  url: 'https://news.example',
  name: 'The Example Times',
  logo: '/logo.png',
  image: 'https://cdn.news.example/default.jpg',
  language: 'en',
  storyUrl: '/live/{slug}',
}
const PAGE = `https://news.example/live/${DEMO}`

/** IPTC's published standards, beside the repository (`../shared/standards`) when there: not vendored. */
const STANDARDS = [
  process.env.NEWSROOM_STANDARDS_DIR,
  path.resolve('../shared/standards'),
  path.resolve('../../shared/standards'),
].find((dir): dir is string => Boolean(dir && existsSync(path.join(dir, 'ninjs-schema_2.2.json'))))
if (!STANDARDS)
  console.warn(
    'SKIPPED: ninjs JSON Schema validation: no ../shared/standards/ninjs-schema_2.2.json (set NEWSROOM_STANDARDS_DIR)',
  )
const itWithStandards = STANDARDS ? it : it.skip

/** Each public format checked by a tool made for it, not by our own reading of its specification. */
describe.each(TEST_DATABASES)('standard formats on %s', (database) => {
  let n: TestNewsroom
  let client: PublicClient
  let get: PublicClient['get']

  beforeAll(async () => {
    n = await startNewsroom(database, { newsroom: { publicSite: SITE } })
    await seedDemoIfEmpty(n.payload)
    client = await publicClient(n)
    get = client.get
  })
  afterAll(async () => {
    await client.close()
    expect(n.serverErrors).toEqual([])
    await n.stop()
  })

  const atomOf = async (path: string) => parseFeed((await get(path)).text)
  const ldOf = async (path = `/stories/${DEMO}/jsonld`) => (await get(path)).body

  it('Atom: feedparser reads it, every RFC 4287 MUST holds, categories have terms, the newsroom is the author', async () => {
    const feed = await atomOf(`/stories/${DEMO}/feed.atom`)
    expect(atomMustViolations(feed)).toEqual([])
    expect(feed.items).toHaveLength(4)
    expect(feed.meta.link).toBe(PAGE)
    expect(feed.meta.language).toBe('en')
    expect(feed.meta.author).toBe('The Example Times')
    for (const item of feed.items) {
      expect(item.categories.length).toBeGreaterThan(0)
      expect(item.link).toMatch(new RegExp(`^${PAGE}#update-`))
    }
    expect(feed.items.flatMap((i) => i.categories)).toContain('development')
  })

  it('JSON Feed 1.1: the required fields, the page as home_page_url, authors and language', async () => {
    const feed = JSON.parse((await get(`/stories/${DEMO}/feed.json`)).text)
    expect(jsonFeedErrors(feed)).toEqual([])
    expect(feed).toMatchObject({
      home_page_url: PAGE,
      authors: [{ name: 'The Example Times', url: 'https://news.example/' }],
      language: 'en',
      icon: 'https://news.example/logo.png',
    })
    expect(feed.feed_url).toMatch(/\/api\/public\/stories\/jaffar-express-hijacking\/feed\.json$/)
  })

  it('JSON-LD: expanded by jsonld, 0 errors and 0 warnings from the Google structured-data checks', async () => {
    // A second, independent origin for one figure, so that something is corroborated.
    const [metric] = (await get(`/stories/${DEMO}/figures`)).body.metrics
    const [first] = metric.claims
    const other = (await n.as('editor').get('/api/sources?limit=100&depth=0')).body.docs.find(
      (src: { id: unknown }) => src.id !== first.source?.id,
    )
    const story = (await get(`/stories/${DEMO}`)).body.story
    const agreeing = await n.as('editor').post('/api/claims', {
      story: story.id,
      kind: 'figure',
      phrase: first.phrase,
      metric: metric.metric,
      source: other.id,
      reviewState: 'pending',
    })
    expect(agreeing.status).toBe(201)
    expect(
      (await n.as('reviewer').post(`/api/claims/${agreeing.body.doc.id}/approve`)).status,
    ).toBe(200)
    const doc = await ldOf()
    const [expanded] = (await expandJsonLd(doc)) as Record<string, unknown>[]
    expect(expanded['@type']).toEqual(['https://schema.org/LiveBlogPosting'])
    expect(expanded['@id']).toBe(PAGE)
    const result = await googleStructuredData(doc)
    expect(result.failed.map((t) => t.test)).toEqual([])
    // Only coverageEndTime may be missing: the demo story is still developing.
    expect(result.warnings.map((t) => t.test)).toEqual(['LiveBlogPosting[0].coverageEndTime'])
    expect(result.passed.length).toBeGreaterThan(20)
    expect(doc).toMatchObject({
      url: PAGE,
      author: { name: 'The Example Times', url: 'https://news.example/' },
      publisher: { logo: { url: 'https://news.example/logo.png' } },
      image: ['https://cdn.news.example/default.jpg'],
      inLanguage: 'en',
    })
    // Each approved figure a schema.org Claim, its corroboration as the figures endpoint counts it.
    const S = 'https://schema.org/'
    const figures: { claim: number; corroboratedBy: number }[] = (
      await get(`/stories/${DEMO}/figures`)
    ).body.metrics.flatMap((m: { claims: unknown[] }) => m.claims)
    const mentioned = expanded[`${S}mentions`] as Record<string, never>[]
    expect(mentioned).toHaveLength(figures.length)
    const counts = Object.fromEntries(
      mentioned.map((m) => {
        expect(m['@type']).toEqual([`${S}Claim`])
        const [prop] = m[`${S}additionalProperty`] as Record<string, { '@value': unknown }[]>[]
        expect(prop[`${S}propertyID`]).toEqual([{ '@value': 'corroboratedBy' }])
        return [m['@id'], prop[`${S}value`][0]['@value']]
      }),
    )
    expect(counts).toEqual(
      Object.fromEntries(figures.map((c) => [`${PAGE}#claim-${c.claim}`, c.corroboratedBy])),
    )
    expect(figures.some((c) => c.corroboratedBy > 0)).toBe(true)
    for (const u of doc.liveBlogUpdate) {
      expect(u.articleBody).not.toBe('')
      expect(u.url).toMatch(new RegExp(`^${PAGE}#update-`))
      expect([
        'Development',
        'Correction',
        'Clarification',
        'Retraction',
        "Editor's note",
      ]).toContain(u.genre)
    }
  })

  it('dateModified and the feeds move with a retraction; a body-less update has content; a concluded story ends', async () => {
    const before = await ldOf()
    const approved = await n
      .as('reviewer')
      .get(
        `/api/claims?where[reviewState][equals]=approved&where[kind][equals]=figure&limit=1&depth=0`,
      )
    const claim = approved.body.docs[0]
    await tick()
    const retracted = await n
      .as('reviewer')
      .post(`/api/claims/${claim.id}/retract`, { note: 'The count was a rumour.' })
    expect(retracted.status).toBe(200)
    const after = await ldOf()
    expect(after.dateModified > before.dateModified).toBe(true)
    expect(after.dateModified).toBe(retracted.body.doc.endedAt)
    const atom = await atomOf(`/stories/${DEMO}/feed.atom`)
    expect(atom.meta.date?.toISOString()).toBe(new Date(after.dateModified).toISOString())

    const story = (await get(`/stories/${DEMO}`)).body.story
    const created = await n.as('editor').post('/api/updates', {
      story: story.id,
      headline: 'Rescue operation over, officials say',
      kind: 'editorsNote',
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const feed = JSON.parse((await get(`/stories/${DEMO}/feed.json`)).text)
    expect(jsonFeedErrors(feed)).toEqual([])
    expect(feed.items[0]).toMatchObject({
      title: 'Rescue operation over, officials say',
      content_text: 'Rescue operation over, officials say',
      tags: ["Editor's note"],
    })
    const ld = await ldOf()
    expect(ld.liveBlogUpdate[0]).toMatchObject({
      articleBody: 'Rescue operation over, officials say',
      genre: "Editor's note",
    })
    expect(atomMustViolations(await atomOf(`/stories/${DEMO}/feed.atom`))).toEqual([])

    expect(ld.coverageEndTime).toBeUndefined()
    const concluded = await n.as('editor').patch(`/api/stories/${story.id}`, { state: 'concluded' })
    expect(concluded.status).toBe(200)
    const ended = await ldOf()
    expect(ended.coverageEndTime).toBe(concluded.body.doc.updatedAt)
    const result = await googleStructuredData(ended)
    expect([...result.failed, ...result.warnings].map((t) => t.test)).toEqual([])
  })

  itWithStandards(
    "ninjs 2.2: the story and each update valid against IPTC's JSON Schema; public sources only",
    async () => {
      const schema = JSON.parse(
        readFileSync(path.join(STANDARDS as string, 'ninjs-schema_2.2.json'), 'utf8'),
      )
      const ajv = new Ajv2020({ allErrors: true, strict: false })
      ;(addFormats as unknown as (a: Ajv2020) => void)(ajv)
      // ninjs points at GeoJSON for place geometry, which cannot be fetched offline; we write no places,
      // so a stand-in for it never decides anything (asserted below).
      ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json' })
      const validate = ajv.compile(schema)
      const res = await get(`/stories/${DEMO}/ninjs`)
      const story = JSON.parse(res.text)
      expect(validate(story) ? [] : validate.errors).toEqual([])
      expect(story).toMatchObject({
        uri: PAGE,
        type: 'composite',
        pubstatus: 'usable',
        language: 'en',
      })
      expect(story.associations.length).toBeGreaterThan(0)
      expect(res.text).not.toContain('"places"')
      for (const a of story.associations) {
        const single = JSON.parse(
          (await get(`/stories/${DEMO}/updates/${a.name.replace('update-', '')}/ninjs`)).text,
        )
        expect(validate(single) ? [] : validate.errors).toEqual([])
        const { name: _name, ...rest } = a
        expect(single).toEqual(rest)
      }
      const roles = story.infosources.map((s: { role: string }) => s.role)
      expect(roles).toContain(NINJS_ROLES.origin)
      expect(roles).toContain(NINJS_ROLES.relay)
      expect(story.infosources).toContainEqual(
        expect.objectContaining({ name: 'Reuters', role: NINJS_ROLES.relay }),
      )
      const trust = story.trustindicators.map((t: { role: string }) => t.role)
      expect(trust).toEqual(
        expect.arrayContaining([NINJS_ROLES.interestedParty, NINJS_ROLES.anonymousSource]),
      )
      for (const secret of ['identity withheld', 'anonymityReason', 'positionToKnow', 'reviewNote'])
        expect(res.text).not.toContain(secret)
      expect((await get(`/stories/${DEMO}/updates/999999/ninjs`)).status).toBe(404)
    },
  )

  it('PROV-O: converted to RDF by jsonld, the triples say who, through whom, revisions and invalidations', async () => {
    const story = (await get(`/stories/${DEMO}`)).body
    const nquads = await toNQuads((await get(`/stories/${DEMO}/prov`)).body)
    const P = 'http://www.w3.org/ns/prov#'
    const has = (s: string, p: string, o: string) =>
      expect(nquads).toContain(`<${s}> <${P}${p}> ${o} .`)
    const iri = (c: { id: unknown }) => `${PAGE}#claim-${c.id}`
    const relayed = story.claims.find((c: { statement: string }) => c.statement.includes('425'))
    const re = (t: string) => t.replace(/[.*+?^${}()|[\]\\/#]/g, '\\$&')
    const attributedTo = (subject: string, source: unknown) =>
      expect(nquads).toMatch(
        new RegExp(
          `<${re(subject)}> <${re(P)}wasAttributedTo> <[^>]+/api/public/sources/${source}> \\.`,
        ),
      )
    expect(nquads).toContain(
      `<${iri(relayed)}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${P}Entity> .`,
    )
    attributedTo(iri(relayed), relayed.source.id)
    has(iri(relayed), 'wasQuotedFrom', `<${iri(relayed)}-via-0>`)
    attributedTo(`${iri(relayed)}-via-0`, relayed.via[0].id)
    // Anonymous: the public description, never the name.
    expect(nquads).toContain('"a security source"')
    const [old] = story.superseded
    has(iri({ id: old.supersededBy }), 'wasRevisionOf', `<${iri(old)}>`)
    has(
      iri(old),
      'invalidatedAtTime',
      `"${old.supersededAt}"^^<http://www.w3.org/2001/XMLSchema#dateTime>`,
    )
    has(iri(old), 'wasInvalidatedBy', `<${iri(old)}-supersession>`)
    for (const r of story.corrections) {
      has(
        iri(r),
        'invalidatedAtTime',
        `"${r.retractedAt}"^^<http://www.w3.org/2001/XMLSchema#dateTime>`,
      )
      has(iri(r), 'wasInvalidatedBy', `<${iri(r)}-retraction>`)
    }
    // Per claim: that claim and the ones it revises or is revised by, nothing else.
    const one = await toNQuads((await get(`/stories/${DEMO}/claims/${old.id}/prov`)).body)
    expect(one).toContain(`<${iri(old)}>`)
    expect(one).toContain(`<${iri({ id: old.supersededBy })}>`)
    expect(one).not.toContain(`<${iri(relayed)}>`)
    expect((await get(`/stories/${DEMO}/claims/999999/prov`)).status).toBe(404)
  })

  it('PROV-O: each approved revision of an edited claim is an entity, a revision of the one before', async () => {
    const P = 'http://www.w3.org/ns/prov#'
    const XSD = 'http://www.w3.org/2001/XMLSchema#dateTime'
    const { docs } = (
      await n
        .as('reviewer')
        .get(
          `/api/claims?where[reviewState][equals]=approved&where[kind][equals]=statement&limit=1&depth=0`,
        )
    ).body
    const claim = docs[0]
    const iri = `${PAGE}#claim-${claim.id}`
    const approvals: string[] = [claim.approvedAt]
    const moments: string[] = []
    for (const statement of ['First corrected wording.', 'Second corrected wording.']) {
      await tick()
      const edited = await n.as('editor').patch(`/api/claims/${claim.id}`, { statement })
      expect(edited.status).toBe(200)
      expect((await n.as('editor').post(`/api/claims/${claim.id}/submit`, {})).status).toBe(200)
      const approved = await n.as('reviewer').post(`/api/claims/${claim.id}/approve`, {})
      expect(approved.status).toBe(200)
      approvals.push(approved.body.doc.approvedAt)
      moments.push(await tick())
    }
    // An edit under review is no revision yet: the public still sees the second approved wording.
    await n.as('editor').patch(`/api/claims/${claim.id}`, { statement: 'Not approved yet.' })

    const nquads = await toNQuads((await get(`/stories/${DEMO}/prov`)).body)
    const has = (s: string, p: string, o: string) =>
      expect(nquads).toContain(`<${s}> <${P}${p}> ${o} .`)
    const time = (t: string) => `"${t}"^^<${XSD}>`
    const [r1, r2] = [`${iri}-revision-1`, `${iri}-revision-2`]
    has(iri, 'wasRevisionOf', `<${r2}>`)
    has(r2, 'wasRevisionOf', `<${r1}>`)
    has(r1, 'generatedAtTime', time(approvals[0]))
    has(r2, 'generatedAtTime', time(approvals[1]))
    has(iri, 'generatedAtTime', time(approvals[2]))
    has(r1, 'invalidatedAtTime', time(approvals[1]))
    has(r2, 'invalidatedAtTime', time(approvals[2]))
    has(r1, 'value', JSON.stringify(claim.statement))
    has(r2, 'value', '"First corrected wording."')
    has(iri, 'value', '"Second corrected wording."')
    expect(nquads).not.toContain('Not approved yet.')
    expect(nquads).not.toContain(`${iri}-revision-3`)
    if (claim.source != null)
      expect(nquads).toMatch(
        new RegExp(
          `<${r1.replace(/[.?#]/g, '\\$&')}> <[^>]+#wasAttributedTo> <[^>]+/sources/${claim.source}>`,
        ),
      )
    // The claim's own document carries its revisions too; in the past, only those approved by then.
    const one = await toNQuads((await get(`/stories/${DEMO}/claims/${claim.id}/prov`)).body)
    expect(one).toContain(`<${iri}> <${P}wasRevisionOf> <${r2}> .`)
    const past = await toNQuads(
      (await get(`/stories/${DEMO}/prov?asOf=${encodeURIComponent(moments[0])}`)).body,
    )
    expect(past).toContain(`<${iri}> <${P}wasRevisionOf> <${r1}> .`)
    expect(past).not.toContain(r2)
  })

  it('without publicSite: no page links, never the JSON as the page; still valid Atom and JSON Feed', async () => {
    const snapshot = await readStorySnapshot(n.payload, resolveOptions().slugs, DEMO, null)
    if (!snapshot) throw new Error('no demo story')
    const base = 'https://api.news.example/api/public'
    const links = storyLinks(base, null, snapshot.story)
    const ld = storyJsonLd(snapshot, links)
    for (const key of ['@id', 'url', 'mainEntityOfPage', 'author', 'publisher', 'image'])
      expect(ld).not.toHaveProperty(key)
    await expandJsonLd(ld)
    const feed = storyJsonFeed(snapshot, links, `${links.api}/feed.json`)
    expect(jsonFeedErrors(feed)).toEqual([])
    expect(feed).not.toHaveProperty('home_page_url')
    expect(feed.authors).toEqual([{ name: 'api.news.example' }])
    const atom = await parseFeed(storyAtomFeed(snapshot, links, `${links.api}/feed.atom`))
    expect(atomMustViolations(atom)).toEqual([])
    expect(atom.items.every((i) => !(i as unknown as Record<string, unknown>)['atom:link'])).toBe(
      true,
    )
    // With a site given as a function, its page is used as it is.
    const site = resolvePublicSite({ ...SITE, storyUrl: (s) => `https://news.example/s/${s.id}` })
    expect(storyLinks(base, site, snapshot.story).page).toBe(
      `https://news.example/s/${snapshot.story.id}`,
    )
  })
})

describe('publicSite option', () => {
  it('resolves relative addresses against the site and refuses what is not a URL', () => {
    const site = resolvePublicSite(SITE)
    expect(site.logo).toBe('https://news.example/logo.png')
    expect(site.storyUrl({ id: 7, slug: 'a b' })).toBe('https://news.example/live/a%20b')
    expect(
      resolvePublicSite({ url: 'https://n.example/news/', name: 'N' }).storyUrl({
        id: 1,
        slug: 's',
      }),
    ).toBe('https://n.example/stories/s')
    expect(() => resolvePublicSite({ url: 'news.example', name: 'N' })).toThrow(/publicSite.url/)
    expect(() => resolvePublicSite({ url: 'ftp://news.example', name: 'N' })).toThrow(/http/)
    expect(() => resolvePublicSite({ url: 'https://n.example', name: ' ' })).toThrow(/name/)
    expect(() =>
      resolvePublicSite({ url: 'https://n.example', name: 'N', storyUrl: '/stories/' }),
    ).toThrow(/\{slug\}/)
  })
})
