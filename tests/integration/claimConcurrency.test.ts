import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'
import type { ApiResponse } from '../helpers/restClient.js'

/**
 * Many writers on one claim at once. On PostgreSQL, 10 concurrent PATCHes of one claim once hung the
 * server for good: every pool connection sat in a transaction waiting for the claim's row lock while
 * the lock's holder waited for a connection (see src/reliability/boundTransactions.ts).
 */
const WRITERS = 50
/** Far above what 50 edits take; a request that needs longer is a hang. */
const BOUND_MS = 20_000

/** The answer, or a rejection once `ms` have passed without one. */
function within<T>(ms: number, answer: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms)
  })
  return Promise.race([answer, timeout]).finally(() => clearTimeout(timer))
}

describe.each(TEST_DATABASES)('concurrent writes to one claim on %s', (database) => {
  let n: TestNewsroom
  let storyId: number | string
  let sourceId: number | string

  beforeAll(async () => {
    // Over real HTTP through the Express host: a hang shows as a request with no answer.
    n = await startNewsroom(database, { host: 'express' })
    storyId = (await n.as('editor').post('/api/stories', { title: 'Storm', _status: 'published' }))
      .body.doc.id
    sourceId = (
      await n.as('editor').post('/api/sources', { name: 'Coastguard', kind: 'government' })
    ).body.doc.id
  })
  afterAll(async () => {
    expect(n.serverErrors).toEqual([])
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
    const statuses = await Promise.all(
      statements.map((statement) =>
        within(BOUND_MS, n.as('editor').patch(`/api/claims/${claim.id}`, { statement })).then(
          (r: ApiResponse) => r.status,
          (err: Error) => `no answer: ${err.message}`,
        ),
      ),
    )
    expect(statuses).toEqual(statements.map(() => 200))
    const { docs } = await n.payload.findVersions({
      collection: 'claims',
      where: { parent: { equals: claim.id } },
      limit: 0,
      overrideAccess: true,
    })
    // The creation and one version per edit: every edit landed, none overwrote another unseen.
    expect(docs).toHaveLength(WRITERS + 1)
    const written = new Set(docs.map((d) => (d.version as { statement: string }).statement))
    for (const s of statements) expect(written).toContain(s)
    const health = await within(BOUND_MS, n.as('anonymous').get('/healthz'))
    expect(health.status).toBe(200)
  })

  it(`lets exactly one of ${WRITERS} concurrent approvals of one claim win; the others get 409`, async () => {
    const claim = await newClaim()
    expect((await n.as('editor').postEmpty(`/api/claims/${claim.id}/submit`)).status).toBe(200)
    const reviewers = ['reviewer', 'reviewer2'] as const
    const statuses = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) =>
        within(BOUND_MS, n.as(reviewers[i % 2]).postEmpty(`/api/claims/${claim.id}/approve`)).then(
          (r: ApiResponse) => r.status,
          (err: Error) => `no answer: ${err.message}`,
        ),
      ),
    )
    expect(statuses.filter((s) => s === 200)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(WRITERS - 1)
    const doc = (await n.as('reviewer').get(`/api/claims/${claim.id}`)).body
    expect(doc.reviewHistory.map((h: { action: string }) => h.action)).toEqual([
      'submit',
      'approve',
    ])
  })
})
