import { DEMO_CLAIMS } from '../../demo/seed/demoStory.js'
import { seedDemoIfEmpty } from '../../demo/seed/seedDemo.js'
import { TEST_DATABASES } from '../helpers/databases.js'
import { externalArticle } from '../helpers/fixtures.js'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'

// The demo is the story of the external reference article: when that corpus is beside the clone, every
// figure of its gold file must be among the demo's claims; without it, the demo's own list is checked.
const external = externalArticle('jaffar-express-hijacking', 'matching the demo claims to its gold')
const expected: { text: string; value?: number }[] = external
  ? external.gold
  : DEMO_CLAIMS.filter((c) => c.kind === 'figure').map((c) => ({ text: c.phrase as string }))

describe.each(TEST_DATABASES)('demo data on %s', (database) => {
  let n: TestNewsroom
  beforeAll(async () => {
    n = await startNewsroom(database)
  })
  afterAll(async () => {
    expect(n.serverErrors).toEqual([])
    await n.stop()
  })

  it('loads the reference story once, through the workflow, with every gold figure as a claim', async () => {
    const summary = await seedDemoIfEmpty(n.payload)
    expect(summary?.storySlug).toBe('jaffar-express-hijacking')
    expect(await seedDemoIfEmpty(n.payload)).toBeNull()

    const updates = await n.payload.find({
      collection: 'updates',
      limit: 100,
      overrideAccess: true,
    })
    expect(updates.totalDocs).toBeGreaterThanOrEqual(4)
    const claims = (
      await n.payload.find({ collection: 'claims', limit: 1000, depth: 0, overrideAccess: true })
    ).docs
    for (const figure of expected) {
      const match = claims.find(
        (c) => c.phrase === figure.text && (figure.value === undefined || c.value === figure.value),
      )
      expect({ figure: figure.text, found: Boolean(match) }).toEqual({
        figure: figure.text,
        found: true,
      })
    }
    const states = claims.map((c) => c.reviewState)
    const count = (s: string) => states.filter((x) => x === s).length
    expect(count('approved')).toBeGreaterThan(claims.length / 2)
    expect(count('pending')).toBeGreaterThanOrEqual(1)
    expect(count('rejected')).toBe(1)
    expect(count('superseded')).toBe(1)
    expect(claims.some((c) => c.kind === 'statement')).toBe(true)
  })

  it('serves the demo to the public: only approved claims, the anonymous source by its description', async () => {
    const claims = (await n.as('anonymous').get('/api/claims?limit=1000&depth=1')).body.docs
    expect(claims.length).toBeGreaterThan(0)
    expect(claims.every((c: { publicState: string }) => c.publicState === 'approved')).toBe(true)
    const relayed = claims.find((c: { phrase: string }) => c.phrase === '425 passengers')
    expect(relayed.source).toMatchObject({
      publicDescription: 'a security source',
      publicName: 'a security source',
    })
    expect(relayed.source).not.toHaveProperty('name')
    expect(relayed.via.map((v: { publicName: string }) => v.publicName)).toEqual(['Reuters'])
  })
})
