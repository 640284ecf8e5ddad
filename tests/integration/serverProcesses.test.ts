import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { TEST_DATABASES, throwawayDatabase, type TestDatabase } from '../helpers/databases.js'
import {
  call,
  logIn,
  signInStaff,
  startServerProcess,
  type ServerProcess,
  type Staff,
} from '../helpers/serverProcess.js'

/**
 * What only real server processes show: a second process on one SQLite file (refused at start), two
 * processes on one PostgreSQL database (exactly one approval wins, no edit lost), and kill -9 in the
 * middle of a burst of writes (after a restart: no claim half-written, nothing acknowledged lost, the
 * public view now and `asOf=now` agree). Each server is the app in production mode, from migrations.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-processes-'))
const running = new Set<ServerProcess>()
afterAll(async () => {
  await Promise.all([...running].map((s) => s.kill('SIGKILL')))
  fs.rmSync(dir, { recursive: true, force: true })
})
let logs = 0
async function start(url: string, options?: { waitForHealth?: boolean }) {
  const server = await startServerProcess(url, path.join(dir, `server-${logs++}.log`), options)
  running.add(server)
  void server.exited.then(() => running.delete(server))
  return server
}

interface Newsroom {
  tokens: Record<Staff, string>
  storySlug: string
  storyId: number | string
  sourceId: number | string
}

async function setUp(base: string): Promise<Newsroom> {
  const tokens = await signInStaff(base)
  const story = (
    await call(base, 'POST', '/api/stories', tokens.editor, {
      title: 'Blackout',
      _status: 'published',
    })
  ).body.doc
  const source = (
    await call(base, 'POST', '/api/sources', tokens.editor, { name: 'Grid', kind: 'government' })
  ).body.doc
  return { tokens, storySlug: story.slug, storyId: story.id, sourceId: source.id }
}

const newClaim = async (base: string, n: Newsroom, i: number) =>
  call(base, 'POST', '/api/claims', n.tokens.editor, {
    story: n.storyId,
    kind: 'statement',
    statement: `Power is out in district ${i}.`,
    source: n.sourceId,
    verb: 'said',
  })

/** A client that honours 503 + Retry-After, as a well-behaved one does (bounded). */
async function persist(send: () => ReturnType<typeof call>) {
  for (let attempt = 0; ; attempt++) {
    const res = await send()
    if (res.status !== 503 || attempt >= 20) return res
    await new Promise((r) => setTimeout(r, 1000))
  }
}

/** Every claim of the story, as staff see it, checked for states no write could leave. */
async function integrity(base: string, n: Newsroom, acknowledged: Set<string>) {
  const problems: string[] = []
  const claims = (
    await call(
      base,
      'GET',
      `/api/claims?limit=0&depth=0&where[story][equals]=${n.storyId}`,
      n.tokens.reviewer,
    )
  ).body.docs as {
    id: number | string
    reviewState: string
    publicState?: string
    approvedVersion?: unknown
    reviewHistory?: { action: string; to: string }[]
  }[]
  for (const claim of claims) {
    const history = claim.reviewHistory ?? []
    const last = history.at(-1)
    if (last && last.to !== claim.reviewState)
      problems.push(`claim ${claim.id}: state ${claim.reviewState}, history ends at ${last.to}`)
    if (claim.reviewState === 'approved') {
      if (last?.action !== 'approve')
        problems.push(`claim ${claim.id}: approved without an approve entry`)
      if (!claim.approvedVersion)
        problems.push(`claim ${claim.id}: approved without its approved version`)
      if (claim.publicState !== 'approved')
        problems.push(`claim ${claim.id}: approved, public ${claim.publicState}`)
    }
    const versions = (
      await call(
        base,
        'GET',
        `/api/claims/versions?limit=1&sort=-updatedAt&depth=0&where[parent][equals]=${claim.id}`,
        n.tokens.reviewer,
      )
    ).body.docs as { version: { reviewState: string } }[]
    if (versions[0]?.version.reviewState !== claim.reviewState)
      problems.push(
        `claim ${claim.id}: state ${claim.reviewState}, latest version ${versions[0]?.version.reviewState}`,
      )
  }
  for (const id of acknowledged) {
    const claim = claims.find((c) => String(c.id) === id)
    if (claim?.reviewState !== 'approved')
      problems.push(`claim ${id}: approval answered 200, now ${claim?.reviewState}`)
  }
  const ids = (body: { claims?: { id: unknown }[] }) =>
    (body.claims ?? []).map((c) => String(c.id)).sort()
  const now = await call(base, 'GET', `/api/public/stories/${n.storySlug}`)
  const asOf = await call(
    base,
    'GET',
    `/api/public/stories/${n.storySlug}?asOf=${new Date().toISOString()}`,
  )
  if (JSON.stringify(ids(now.body)) !== JSON.stringify(ids(asOf.body)))
    problems.push(`public view ${ids(now.body)} but asOf=now ${ids(asOf.body)}`)
  return { problems, claims: claims.length }
}

/**
 * A burst of writes on `base` — claims created, submitted, approved, several at a time — that goes
 * on until the server dies; what the server acknowledged is recorded as it comes.
 */
function burst(base: string, n: Newsroom) {
  const acknowledged = new Set<string>()
  let writes = 0
  let stopped = false
  const lane = async (lane: number) => {
    for (let i = 0; !stopped; i++) {
      try {
        const created = await newClaim(base, n, lane * 10_000 + i)
        if (created.status !== 201) continue
        writes++
        const id = String(created.body.doc.id)
        if ((await call(base, 'POST', `/api/claims/${id}/submit`, n.tokens.editor)).status !== 200)
          continue
        writes++
        const approved = await call(
          base,
          'POST',
          `/api/claims/${id}/approve`,
          n.tokens[lane % 2 ? 'reviewer' : 'reviewer2'],
        )
        if (approved.status === 200) {
          writes++
          acknowledged.add(id)
        }
      } catch {
        return // the server is gone
      }
    }
  }
  const lanes = Promise.all([0, 1, 2, 3].map(lane))
  return {
    acknowledged,
    writes: () => writes,
    stop: async () => {
      stopped = true
      await lanes
    },
  }
}

const report = (line: string) => {
  if (process.env.RELIABILITY_REPORT) console.log(line)
}

async function killDuringBurst(url: string, kills: number) {
  let server = await start(url)
  const n = await setUp(server.url)
  let acknowledgedTotal = 0
  let lost = 0
  for (let k = 0; k < kills; k++) {
    const writes = burst(server.url, n)
    // Mid-burst: once writes are flowing (a cold server is slow at first), at a moment of the
    // seed's choosing, while several are in flight.
    const flowing = Date.now() + 20_000
    while (writes.writes() < 8 && Date.now() < flowing) await new Promise((r) => setTimeout(r, 20))
    await new Promise((r) => setTimeout(r, (k * 97) % 250))
    expect(await server.kill('SIGKILL')).toBe('SIGKILL')
    await writes.stop()
    server = await start(url)
    n.tokens = await logIn(server.url)
    const { problems, claims } = await integrity(server.url, n, writes.acknowledged)
    acknowledgedTotal += writes.writes()
    lost += problems.filter((p) => p.includes('answered 200')).length
    report(
      `kill -9 #${k + 1}: ${writes.writes()} writes acknowledged, ${claims} claims, problems: ${problems.length}`,
    )
    expect(problems).toEqual([])
  }
  report(
    `kill -9 on ${url.split(':')[0]}: ${kills} kills, ${acknowledgedTotal} acknowledged writes, ${lost} lost`,
  )
  await server.kill('SIGTERM')
}

describe('server processes on one SQLite file', () => {
  it('refuse a second process on the file at start, with a message; a killed holder does not block a restart', async () => {
    const url = `file:${path.join(dir, 'one-file.db')}`
    const first = await start(url)
    const second = await start(url, { waitForHealth: false })
    const outcome = await Promise.race([
      second.exited,
      new Promise((r) => setTimeout(() => r('still running after 60 s'), 60_000)),
    ])
    expect(outcome).toBe(1)
    expect(second.log()).toMatch(/in use by another server process \(pid \d+\)/)
    // The first one is unharmed.
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200)
    expect(await first.kill('SIGKILL')).toBe('SIGKILL')
    const third = await start(url)
    expect((await fetch(`${third.url}/healthz`)).status).toBe(200)
    await third.kill('SIGTERM')
  }, 600_000)

  it('keep every claim whole through kill -9 during a burst of writes', async () => {
    await killDuringBurst(`file:${path.join(dir, 'killed.db')}`, 3)
  }, 900_000)
})

const postgres = TEST_DATABASES.includes('postgres' as TestDatabase)
;(postgres ? describe : describe.skip)('server processes on one PostgreSQL database', () => {
  it('keep every claim whole through kill -9 during a burst of writes', async () => {
    const db = await throwawayDatabase('postgres')
    try {
      await killDuringBurst(db.url, 2)
    } finally {
      await db.drop()
    }
  }, 900_000)

  it('two processes: exactly one of concurrent approvals wins, and no concurrent edit is lost', async () => {
    const db = await throwawayDatabase('postgres')
    try {
      const a = await start(db.url)
      const b = await start(db.url)
      const n = await setUp(a.url)
      const bases = [a.url, b.url]
      const reviewers: Staff[] = ['reviewer', 'reviewer2']
      for (let round = 0; round < 3; round++) {
        const id = String((await newClaim(a.url, n, round)).body.doc.id)
        expect(
          (await call(b.url, 'POST', `/api/claims/${id}/submit`, n.tokens.editor)).status,
        ).toBe(200)
        const statuses = await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            persist(() =>
              call(
                bases[i % 2],
                'POST',
                `/api/claims/${id}/approve`,
                n.tokens[reviewers[(i >> 1) % 2]],
              ),
            ),
          ),
        ).then((all) => all.map((r) => r.status))
        report(`two processes, 10 approvals: ${statuses.join(' ')}`)
        expect(statuses.filter((s) => s === 200)).toHaveLength(1)
        expect(statuses.filter((s) => s !== 200)).toEqual(Array(9).fill(409))
        const claim = (await call(a.url, 'GET', `/api/claims/${id}`, n.tokens.reviewer)).body
        expect(claim.reviewHistory.map((h: { action: string }) => h.action)).toEqual([
          'submit',
          'approve',
        ])
      }
      const id = String((await newClaim(a.url, n, 99)).body.doc.id)
      const statements = Array.from({ length: 20 }, (_, i) => `Edit ${i}.`)
      const edits = await Promise.all(
        statements.map((statement, i) =>
          persist(() =>
            call(bases[i % 2], 'PATCH', `/api/claims/${id}`, n.tokens.editor, { statement }),
          ),
        ),
      )
      expect(edits.map((r) => r.status)).toEqual(statements.map(() => 200))
      const versions = (
        await call(
          a.url,
          'GET',
          `/api/claims/versions?limit=0&depth=0&where[parent][equals]=${id}`,
          n.tokens.reviewer,
        )
      ).body.docs as { version: { statement: string } }[]
      expect(versions).toHaveLength(statements.length + 1)
      expect(new Set(versions.map((v) => v.version.statement))).toEqual(
        new Set(['Power is out in district 99.', ...statements]),
      )
      await Promise.all([a.kill('SIGTERM'), b.kill('SIGTERM')])
    } finally {
      await db.drop()
    }
  }, 900_000)
})
