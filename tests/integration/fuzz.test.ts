import fc from 'fast-check'

import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type Actor, type TestNewsroom } from '../helpers/newsroom.js'
import type { ApiResponse } from '../helpers/restClient.js'

/**
 * Seeded fuzzing of every route the newsroom serves — Payload's REST for each collection, auth, the
 * review actions, claim suggestions, the public API — with every content type, as anonymous, editor
 * and reviewer. At least FUZZ_REQUESTS (default 10,000) requests in all, shared by the databases.
 * Asserted: no answer ≥ 500, none slower than 10 s, and every refusal of the input (400, 409, 412,
 * 413, 415, 422) says what was wrong, in a message that is more than a bare status. The seed is printed on failure (FUZZ_SEED replays it), with the
 * shrunk request. Server-Sent Event streams are left out: they stay open by design.
 */
const TOTAL = Number(process.env.FUZZ_REQUESTS ?? 10_000)
const PER_DATABASE = Math.ceil(TOTAL / Math.max(1, TEST_DATABASES.length))
// A fixed seed by default, so that CI answers for the same 10,000 requests every time; FUZZ_SEED=random
// explores (new seeds have found open 500s: see issue #12).
const SEED =
  process.env.FUZZ_SEED === 'random'
    ? Date.now() % 2 ** 31
    : Number(process.env.FUZZ_SEED ?? 884409947)
const BOUND_MS = 10_000
const MUST_EXPLAIN = new Set([400, 409, 412, 413, 415, 422])
/** Messages that name nothing: the status line again, or Payload's catch-all. */
const GENERIC = /^(bad request|not found|forbidden|unauthorized|something went wrong\.?|error)$/i

const COLLECTIONS = ['stories', 'updates', 'claims', 'sources', 'users', 'newsroom-events']
const ACTIONS = ['submit', 'approve', 'reject', 'revise', 'retract']
const FIELDS = [
  'id',
  'title',
  'slug',
  'story',
  'statement',
  'reviewState',
  'publicState',
  'createdAt',
  'updatedAt',
  'name',
  'kind',
  'email',
  'roles',
  'figure.value',
  'source.name',
  '_status',
  '_id',
  'x',
]
const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'like',
  'contains',
  'greater_than',
  'less_than_equal',
  'near',
  'within',
  'intersects',
  'bogus',
]

interface Ids {
  story: string
  slug: string
  claim: string
  source: string
  update: string
}

const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('', 'abc', '%00', '-1', '1e309', '2026-01-01T00:00:00Z', 'true', '[]', '{}'),
)
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(
      fc.constantFrom(...FIELDS, 'note', 'text', 'password', '_payload'),
      tie('value'),
      {
        maxKeys: 4,
      },
    ),
  ),
})).value

const encode = (s: string) => encodeURIComponent(s)
const query = fc
  .array(
    fc.oneof(
      fc
        .tuple(fc.constantFrom(...FIELDS), fc.constantFrom(...OPERATORS), scalar)
        .map(([f, o, v]) => `where[${f}][${o}]=${encode(String(v))}`),
      fc.constantFrom(
        'where=x',
        'where[or][0][and][0][id][equals]=1',
        'depth=99',
        'depth=-1',
        'limit=abc',
        'limit=0',
        'page=-3',
        'sort=-x',
        'sort=createdAt',
        'select[statement]=true',
        'populate[stories][title]=true',
        'draft=true',
        'locale=xx',
        'asOf=yesterday',
        'asOf=2020-01-01T00:00:00Z',
        'since=0',
        'since=abc',
        'trash=true',
      ),
    ),
    { maxLength: 3 },
  )
  .map((parts) => (parts.length ? `?${parts.join('&')}` : ''))

const id = (ids: Ids) =>
  fc.oneof(
    fc.constantFrom(
      ids.claim,
      ids.story,
      ids.source,
      ids.update,
      '1',
      '0',
      '999999',
      'abc',
      '%00',
      '1.5',
    ),
    fc.string({ maxLength: 6 }).map(encode),
  )

const path = (ids: Ids) =>
  fc.oneof(
    fc
      .tuple(fc.constantFrom(...COLLECTIONS), fc.option(id(ids), { nil: undefined }))
      .map(([c, i]) => (i === undefined ? `/api/${c}` : `/api/${c}/${i}`)),
    fc.tuple(id(ids), fc.constantFrom(...ACTIONS)).map(([i, a]) => `/api/claims/${i}/${a}`),
    fc.constantFrom(...COLLECTIONS).map((c) => `/api/${c}/versions`),
    fc.constantFrom(
      '/api/users/login',
      '/api/users/logout',
      '/api/users/me',
      '/api/users/refresh-token',
      '/api/users/forgot-password',
      '/api/users/first-register',
      '/api/users/verify/x',
      '/api/users/unlock',
      '/api/users/init',
      '/api/newsroom/extract',
      `/api/updates/${ids.update}/suggest-claims`,
      '/api/public/stories',
      '/api/public/openapi.json',
      '/api/public/problems/invalid-parameters',
      '/api/payload-preferences',
      '/api/payload-locked-documents',
      '/api/nothing-here',
    ),
    fc
      .constantFrom(
        '',
        '/figures',
        '/figures/timeline',
        '/timeline',
        '/jsonld',
        '/feed.json',
        '/feed.atom',
        '/ninjs',
        '/prov',
        `/claims/${ids.claim}/prov`,
        `/updates/${ids.update}/ninjs`,
      )
      .chain((tail) =>
        fc
          .oneof(fc.constant(ids.slug), fc.string({ maxLength: 8 }).map(encode))
          .map((slug) => `/api/public/stories/${slug}${tail}`),
      ),
  )

type Body =
  { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'raw'; text: string; type: string }

const body: fc.Arbitrary<Body> = fc.oneof(
  fc.constant<Body>({ kind: 'none' }),
  json.map<Body>((value) => ({ kind: 'json', value })),
  fc
    .tuple(
      fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.constantFrom('{', 'null', '[1,2', '{"a":', '--x\r\nbroken', 'a=1&b=2', '"\\u0000"'),
      ),
      fc.constantFrom(
        'application/json',
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        // No boundary: Payload 3.90's multipart reader answered it with a 500 (seeds 883534289, 884409947).
        'multipart/form-data',
        'application/xml',
        'application/merge-patch+json',
      ),
    )
    .map<Body>(([text, type]) => ({ kind: 'raw', text, type })),
)

const request = (ids: Ids): fc.Arbitrary<FuzzRequest> =>
  fc.record({
    actor: fc.constantFrom<Actor>('anonymous', 'editor', 'reviewer'),
    method: fc.constantFrom('GET', 'GET', 'POST', 'PATCH', 'DELETE'),
    path: path(ids),
    query,
    body,
  })

interface FuzzRequest {
  actor: Actor
  method: string
  path: string
  query: string
  body: Body
}

function send(n: TestNewsroom, r: FuzzRequest): Promise<ApiResponse> {
  const as = n.as(r.actor)
  const url = `${r.path}${r.query}`
  if (r.method === 'GET') return as.get(url)
  if (r.method === 'DELETE') return as.delete(url)
  const [text, type] =
    r.body.kind === 'none'
      ? [undefined, undefined]
      : r.body.kind === 'json'
        ? [JSON.stringify(r.body.value), 'application/json']
        : [r.body.text, r.body.type]
  if (r.method === 'POST')
    return text === undefined
      ? as.postEmpty(url)
      : as.post(url, text, { 'Content-Type': type as string })
  // The helper's PATCH sends objects as JSON; a string body goes as it is, with its type.
  return as.patch(url, (text ?? {}) as object, type ? { 'Content-Type': type } : {})
}

function messageOf(res: ApiResponse): string {
  const b = res.body ?? {}
  return String(b.errors?.[0]?.message ?? b.detail ?? b.message ?? b.title ?? res.text ?? '').trim()
}

describe.each(TEST_DATABASES)('seeded fuzzing on %s', (database) => {
  let n: TestNewsroom
  let ids: Ids

  beforeAll(async () => {
    // Errors the fuzzer provokes are logged by Payload; what matters is what the caller gets.
    n = await startNewsroom(database, { logLevel: 'silent' })
    const story = (
      await n.as('editor').post('/api/stories', { title: 'Wildfire', _status: 'published' })
    ).body.doc
    const source = (
      await n.as('editor').post('/api/sources', { name: 'Fire service', kind: 'government' })
    ).body.doc
    const update = (
      await n.as('editor').post('/api/updates', {
        story: story.id,
        headline: 'Evacuations ordered',
        kind: 'development',
        _status: 'published',
      })
    ).body.doc
    const claim = (
      await n.as('editor').post('/api/claims', {
        story: story.id,
        kind: 'statement',
        statement: 'Three towns are evacuated.',
        source: source.id,
        verb: 'said',
      })
    ).body.doc
    // The first extraction starts the extractor's worker thread: seconds on a loaded machine (6 s
    // seen here), which the 10 s bound would count against whichever fuzzed request came first.
    await n.as('editor').post('/api/newsroom/extract', { text: 'Officials said 3 towns emptied.' })
    ids = {
      story: String(story.id),
      slug: story.slug,
      source: String(source.id),
      update: String(update?.id ?? '1'),
      claim: String(claim.id),
    }
  })
  afterAll(async () => {
    await n.stop()
  })

  it(`answers ${PER_DATABASE} fuzzed requests without a 5xx, a hang or a nameless 4xx (seed ${SEED})`, async () => {
    const statuses = new Map<number, number>()
    let slowest = 0
    await fc.assert(
      fc.asyncProperty(request(ids), async (r) => {
        const started = Date.now()
        let timer: NodeJS.Timeout | undefined
        const res = await Promise.race([
          send(n, r),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer in ${BOUND_MS} ms`)), BOUND_MS)
          }),
        ]).finally(() => clearTimeout(timer))
        slowest = Math.max(slowest, Date.now() - started)
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
        if (res.status >= 500) throw new Error(`${res.status}: ${res.text.slice(0, 300)}`)
        // A refusal of the input must say what in it was wrong; 401/403/404 say it by their status.
        if (MUST_EXPLAIN.has(res.status)) {
          const message = messageOf(res)
          if (!message || GENERIC.test(message))
            throw new Error(
              `${res.status} without a message that says what was wrong: "${message}"`,
            )
        }
      }),
      { seed: SEED, numRuns: PER_DATABASE, endOnFailure: true },
    )
    if (process.env.RELIABILITY_REPORT)
      console.log(
        `fuzz on ${database}: ${PER_DATABASE} requests, seed ${SEED}, slowest ${slowest} ms, statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
      )
    expect(n.serverErrors).toEqual([])
  }, 600_000)
})
