import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'
import type { ApiResponse } from '../helpers/restClient.js'

/**
 * Many writers on one claim at once. On PostgreSQL, 10 concurrent PATCHes of one claim once hung the
 * server for good: every pool connection sat in a transaction waiting for the claim's row lock while
 * the lock's holder waited for a connection (see src/reliability/boundTransactions.ts).
 */
const WRITERS = 50
/**
 * The longest one answer may take: a write waits at most its turn's bound on the claim, then runs
 * (bounded by the statement and lock timeouts); a machine 10× oversubscribed (seen: load 25 on 2
 * cores) stretches that several times. A request that needs longer still is a hang.
 */
const BOUND_MS = 60_000
/** The turn wait of this suite's newsroom (the default is 15 s). */
const TURN_WAIT_MS = 1000
/** How long a writer keeps trying after 503s; a server that never lets it through has deadlocked. */
const PERSIST_MS = 240_000

/** The answer, or a rejection once `ms` have passed without one. */
function within<T>(ms: number, answer: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms)
  })
  return Promise.race([answer, timeout]).finally(() => clearTimeout(timer))
}

/**
 * Sends a request as a well-behaved client does: a 503 must carry Retry-After, and after that long
 * the same request is sent again (a loaded machine may make a writer wait past its turn's bound:
 * an honest answer). The outcome is the last answer's status, or why there was none.
 */
async function persistently(
  send: () => Promise<ApiResponse>,
  busy: { count: number },
): Promise<number | string> {
  const until = Date.now() + PERSIST_MS
  for (;;) {
    let res: ApiResponse
    try {
      res = await within(BOUND_MS, send())
    } catch (err) {
      return `no answer: ${(err as Error).message}`
    }
    if (res.status !== 503 || Date.now() > until) return res.status
    const retryAfter = Number(res.headers['retry-after'])
    if (!(retryAfter > 0)) return '503 without Retry-After'
    busy.count++
    await new Promise((r) => setTimeout(r, retryAfter * 1000))
  }
}

const report = (what: string, busy: number) => {
  if (process.env.RELIABILITY_REPORT)
    console.log(`${what}: ${busy} answers 503 + Retry-After, retried`)
}

describe.each(TEST_DATABASES)('concurrent writes to one claim on %s', (database) => {
  let n: TestNewsroom
  let storyId: number | string
  let sourceId: number | string

  beforeAll(async () => {
    // Over real HTTP through the Express host: a hang shows as a request with no answer.
    // A short turn on the claim: most writers are told 503 + Retry-After and come back, as they would
    // on a loaded machine with the default 15 s. What must hold is the same either way.
    n = await startNewsroom(database, {
      host: 'express',
      newsroom: { database: { claimTurnWait: TURN_WAIT_MS } },
    })
    storyId = (await n.as('editor').post('/api/stories', { title: 'Storm', _status: 'published' }))
      .body.doc.id
    sourceId = (
      await n.as('editor').post('/api/sources', { name: 'Coastguard', kind: 'government' })
    ).body.doc.id
  })
  afterAll(async () => {
    await n.stop()
  })

  const newClaim = async () =>
    (
      await n.as('editor').post('/api/claims', {
        story: storyId,
        kind: 'statement',
        statement: 'The harbour is closed.',
        source: sourceId,
        verb: 'said',
      })
    ).body.doc as { id: number | string }

  it(`answers ${WRITERS} concurrent edits of one claim, each applied once, none lost`, async () => {
    const claim = await newClaim()
    const statements = Array.from({ length: WRITERS }, (_, i) => `The harbour is closed (${i}).`)
    const busy = { count: 0 }
    const statuses = await Promise.all(
      statements.map((statement) =>
        persistently(() => n.as('editor').patch(`/api/claims/${claim.id}`, { statement }), busy),
      ),
    )
    report(`${WRITERS} concurrent edits`, busy.count)
    expect(statuses).toEqual(statements.map(() => 200))
    const { docs } = await n.payload.findVersions({
      collection: 'claims',
      where: { parent: { equals: claim.id } },
      limit: 0,
      overrideAccess: true,
    })
    // The creation and one version per edit: every edit landed, none overwrote another unseen, and an
    // edit answered 503 wrote nothing (it would show as a version too many).
    expect(docs).toHaveLength(WRITERS + 1)
    const written = new Set(docs.map((d) => (d.version as { statement: string }).statement))
    for (const s of statements) expect(written).toContain(s)
    const health = await within(BOUND_MS, n.as('anonymous').get('/healthz'))
    expect(health.status).toBe(200)
    // 503s are the honest answers of a slow machine; the edits still all landed.
    expect(n.serverErrors.filter((e) => !e.endsWith('→ 503'))).toEqual([])
  }, 420_000)

  it(`lets exactly one of ${WRITERS} concurrent approvals of one claim win; the others get 409`, async () => {
    const claim = await newClaim()
    expect((await n.as('editor').postEmpty(`/api/claims/${claim.id}/submit`)).status).toBe(200)
    const reviewers = ['reviewer', 'reviewer2'] as const
    const busy = { count: 0 }
    const statuses = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) =>
        persistently(
          () => n.as(reviewers[i % 2]).postEmpty(`/api/claims/${claim.id}/approve`),
          busy,
        ),
      ),
    )
    report(`${WRITERS} concurrent approvals`, busy.count)
    expect(statuses.filter((s) => s === 200)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(WRITERS - 1)
    const doc = (await n.as('reviewer').get(`/api/claims/${claim.id}`)).body
    expect(doc.reviewHistory.map((h: { action: string }) => h.action)).toEqual([
      'submit',
      'approve',
    ])
    expect(n.serverErrors.filter((e) => !e.endsWith('→ 503'))).toEqual([])
  }, 420_000)
})
