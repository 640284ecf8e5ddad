import { countQueries, type QueryCount } from '../../bench/server/queryCounter.js'
import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'
import { seedBulkStory } from './helpers/bulkStory.js'
import { PREFIX } from './helpers/publicClient.js'

const ENDPOINTS = ['', '/figures', '/timeline', '/jsonld', '/feed.json', '/feed.atom']
// After the bulk stories' versions (dated March 2025), before anything else.
const AS_OF = '2025-06-01T00:00:00Z'

describe.each(TEST_DATABASES)('database queries per public read on %s', (database) => {
  let n: TestNewsroom

  beforeAll(async () => {
    // The cache off: every request reads the database.
    // The embargo release and the webhook runner query on their own clocks: kept out of the count.
    n = await startNewsroom(database, {
      newsroom: {
        publicApi: { cache: false },
        live: { embargoCheckSeconds: 3600, webhooks: { runSeconds: false } },
      },
    })
  })
  afterAll(async () => {
    expect(n.serverErrors).toEqual([])
    await n.stop()
  })

  /** The queries of each endpoint, for a story, now and at a past moment. */
  const measure = async (slug: string): Promise<Record<string, QueryCount & { ms: number }>> => {
    const paths = [
      '/stories',
      `/stories?asOf=${AS_OF}`,
      ...ENDPOINTS.flatMap((e) => [`/stories/${slug}${e}`, `/stories/${slug}${e}?asOf=${AS_OF}`]),
    ]
    const counts: Record<string, QueryCount & { ms: number }> = {}
    for (const path of paths) {
      const counter = countQueries(n.payload)
      const started = performance.now()
      const res = await n.as('anonymous').get(`${PREFIX}${path}`)
      const ms = Math.round(performance.now() - started)
      counter.stop()
      expect(res.status).toBe(200)
      counts[path.replace(slug, ':slug')] = { ...counter.read(), ms }
    }
    return counts
  }

  it('stays the same at 10 and at 1,000 claims (and 10 and 300 updates)', async () => {
    await seedBulkStory(n.payload, { slug: 'small', claims: 10, updates: 10 })
    const small = await measure('small')
    await seedBulkStory(n.payload, { slug: 'large', claims: 1000, updates: 300 })
    const large = await measure('large')

    const story = (await n.as('anonymous').get(`${PREFIX}/stories/large`)).body
    expect(story.claims.length + story.corrections.length + story.superseded.length).toBe(1000)
    expect(story.updates).toHaveLength(300)

    const table = Object.keys(small).map((path) => ({
      path,
      calls: `${small[path].calls} → ${large[path].calls}`,
      statements: `${small[path].statements} → ${large[path].statements}`,
      ms: `${small[path].ms} → ${large[path].ms}`,
    }))
    console.log(
      `${database}: queries per read, 10 → 1,000 claims, 10 → 300 updates\n${table.map((r) => `${r.path.padEnd(34)} calls ${r.calls.padEnd(8)} SQL ${r.statements.padEnd(8)} ${r.ms} ms`).join('\n')}`,
    )
    for (const path of Object.keys(small)) {
      expect({ path, calls: large[path].calls, byMethod: large[path].byMethod }).toEqual({
        path,
        calls: small[path].calls,
        byMethod: small[path].byMethod,
      })
      expect({ path, statements: large[path].statements }).toEqual({
        path,
        statements: small[path].statements,
      })
      // A story with asOf takes the most: 9 adapter calls at every size (5 without asOf).
      expect(large[path].calls).toBeLessThanOrEqual(9)
    }
  }, 240_000)
})
