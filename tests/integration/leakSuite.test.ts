import type { CollectionSlug } from 'payload'

import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type Actor, type TestNewsroom } from '../helpers/newsroom.js'
import { writeSecretNewsroom, type SecretNewsroom } from '../helpers/secretNewsroom.js'
import {
  census,
  probePairs,
  readUrls,
  relationshipHops,
  secretStrings,
  type ProbePair,
} from '../security/leakProbes.js'

/**
 * The leak suite: every private value of every collection, for each reader outside the admins, tried
 * through every route and parameter (see tests/security/leakProbes.ts: the probes are generated from the
 * collections' field definitions and read rules). A leak is a probe whose answer differs between a
 * right and a wrong guess, or a read whose answer carries a secret string. The count of probes is
 * printed; a count that falls far below the expected means the generator lost its way.
 */
const READERS: Actor[] = ['anonymous', 'editor', 'reviewer']
const CONCURRENCY = 6

async function inBatches<T>(items: T[], run: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += CONCURRENCY) {
    await Promise.all(items.slice(i, i + CONCURRENCY).map(run))
  }
}

describe.each(TEST_DATABASES)('leak suite on %s', (database) => {
  let n: TestNewsroom
  let s: SecretNewsroom
  let collections: string[]
  const counts: Record<string, number> = {}

  beforeAll(async () => {
    // Silent: thousands of refused queries would each be logged.
    n = await startNewsroom(database, { logLevel: 'silent' })
    s = await writeSecretNewsroom(n)
    // Every collection of the app but Payload's own (preferences, migrations, locks).
    collections = n.payload.config.collections
      .map((c) => c.slug)
      .filter((slug) => !slug.startsWith('payload-'))
  }, 120_000)
  afterAll(async () => {
    const total = Object.values(counts).reduce((a, b) => a + b, 0)
    console.log(
      `leak suite on ${database}: ${total} probes (${Object.entries(counts)
        .map(([k, v]) => `${k}: ${v}`)
        .join(', ')}), 0 leaks unless reported above`,
    )
    expect(n.serverErrors).toEqual([])
    await n.stop()
  })

  const send = async (actor: Actor, method: ProbePair['method'], url: string) => {
    const client = n.as(actor)
    const res =
      method === 'GET'
        ? await client.get(url)
        : method === 'PATCH'
          ? await client.patch(url, {})
          : await client.delete(url)
    return { status: res.status, text: res.text }
  }

  it.each(READERS)(
    'as %s: no answer tells a right guess from a wrong one, and none carries a secret',
    async (actor) => {
      const user = actor === 'anonymous' ? null : n.users[actor as keyof typeof n.users]
      const roles = actor === 'anonymous' ? undefined : [actor]
      const c = await census(n.payload, collections, user && { ...user, roles })
      const hops = relationshipHops(n.payload, collections)
      const versioned = new Set(
        collections.filter((slug) => n.payload.collections[slug as CollectionSlug].config.versions),
      )
      const pairs = probePairs(c, hops, versioned, new Set(collections))
      const differing: string[] = []
      await inBatches(pairs, async (p) => {
        const [right, wrong] = await Promise.all([
          send(actor, p.method, p.right),
          send(actor, p.method, p.wrong),
        ])
        if (right.status !== wrong.status || right.text !== wrong.text) {
          differing.push(`${p.what}: ${right.status} ${right.text.slice(0, 160)} ≠ ${wrong.status}`)
        }
      })
      const secrets = secretStrings(c)
      const urls = readUrls(c, hops, collections)
      const carrying: string[] = []
      await inBatches(urls, async (url) => {
        const { text } = await send(actor, 'GET', url)
        for (const secret of secrets) if (text.includes(secret)) carrying.push(`${url}: ${secret}`)
      })
      counts[actor] = pairs.length + urls.length
      expect(differing).toEqual([])
      expect(carrying).toEqual([])
      // The rules found private what the fixture holds secret (a rule that forgot a field fails here).
      if (actor === 'anonymous') {
        const missed = s.secrets.filter((known) => !secrets.some((x) => x.includes(known)))
        expect(missed).toEqual([])
        expect(pairs.length).toBeGreaterThan(1000)
      }
    },
    600_000,
  )

  it('serves the public API, now and as of any moment, without a secret', async () => {
    const c = await census(n.payload, collections, null)
    const secrets = secretStrings(c)
    const approvedAt = (
      await n.payload.findByID({
        collection: 'claims',
        id: s.claims.underRevision,
        overrideAccess: true,
      })
    ).approvedAt as string
    const moments = [
      '',
      `asOf=${encodeURIComponent(approvedAt)}`,
      `asOf=${new Date().toISOString()}`,
    ]
    const paths = ['', '/figures', '/timeline', '/jsonld', '/feed.json', '/feed.atom']
    const urls = moments.flatMap((m) => [
      `/api/public/stories?${m}`,
      ...paths.map((p) => `/api/public/stories/${s.story.slug}${p}?${m}`),
    ])
    const carrying: string[] = []
    await inBatches(urls, async (url) => {
      const { status, text } = await send('anonymous', 'GET', url)
      expect(status).toBe(200)
      for (const secret of secrets) if (text.includes(secret)) carrying.push(`${url}: ${secret}`)
    })
    // A story never published answers as one that does not exist.
    const pairs = moments.flatMap((m) =>
      paths.map((p) => [
        `/api/public/stories/embargoed-raid${p}?${m}`,
        `/api/public/stories/no-such-storyx${p}?${m}`,
      ]),
    )
    const differing: string[] = []
    await inBatches(pairs, async ([right, wrong]) => {
      const a = await send('anonymous', 'GET', right)
      const b = await send('anonymous', 'GET', wrong)
      const same = (t: string, slug: string) => t.split(slug).join('<slug>')
      if (
        a.status !== b.status ||
        same(a.text, 'embargoed-raid') !== same(b.text, 'no-such-storyx')
      )
        differing.push(`${right}: ${a.status} ≠ ${b.status}`)
    })
    counts.publicApi = urls.length + pairs.length
    expect(carrying).toEqual([])
    expect(differing).toEqual([])
  })
})
