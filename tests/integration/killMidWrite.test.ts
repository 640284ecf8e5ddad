import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { lexicalParagraphs } from '../../demo/seed/lexical.js'
import { TEST_DATABASES, throwawayDatabase, type TestDatabase } from '../helpers/databases.js'
import {
  call,
  logIn,
  signInStaff,
  startServerProcess,
  type ServerProcess,
  type Staff,
} from '../helpers/serverProcess.js'
import { STALL_HEADER, STALLED } from './helpers/stall.js'

/**
 * kill -9 at a known point in the middle of a write, not at a random moment of a burst (which rarely
 * falls inside one, so that test passed with transactions off). The server (helpers/stallingServer.ts)
 * stops inside a claim write's transaction, after the plugin's hooks, when the request asks it to; the
 * test waits for that, SIGKILLs the process, restarts it on the same database and asserts that nothing
 * of the unanswered write is there — not one claim of a suggest-claims batch of two, not the state,
 * history entry, version or public view of an approval — and that the restarted server does the same
 * writes normally (no stale lock, no stuck transaction).
 */
const ENTRY = 'tests/integration/helpers/stallingServer.ts'

// Two attributed figures: suggest-claims with create: true writes two claims in one transaction.
const TEXT = [
  'Rescuers pulled at least 40 survivors from the rubble overnight, the fire brigade said.',
  'A hospital official told reporters that 12 people were in critical condition.',
]

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-kill-'))
const running = new Set<ServerProcess>()
afterAll(async () => {
  await Promise.all([...running].map((s) => s.kill('SIGKILL')))
  fs.rmSync(dir, { recursive: true, force: true })
})
let logs = 0
async function start(url: string) {
  const server = await startServerProcess(url, path.join(dir, `server-${logs++}.log`), {
    entry: ENTRY,
  })
  running.add(server)
  void server.exited.then(() => running.delete(server))
  return server
}

/** Sends a request that stalls mid-write, waits until it has, and kills the server with SIGKILL. */
async function killMidWrite(
  server: ServerProcess,
  url: string,
  token: string,
  stallAfter: number,
  body: unknown,
) {
  const answer = fetch(`${server.url}${url}`, {
    method: 'POST',
    headers: {
      Authorization: `JWT ${token}`,
      'Content-Type': 'application/json',
      [STALL_HEADER]: String(stallAfter),
    },
    body: JSON.stringify(body),
  }).then(
    (res) => `answered ${res.status}`,
    () => 'no answer',
  )
  const deadline = Date.now() + 60_000
  while (!server.log().includes(STALLED)) {
    if (Date.now() > deadline)
      throw new Error(`the write never reached its stall:\n${server.log()}`)
    await new Promise((r) => setTimeout(r, 25))
  }
  expect(await server.kill('SIGKILL')).toBe('SIGKILL')
  // The client never heard of the write: what follows must hold as if it never was.
  expect(await answer).toBe('no answer')
}

interface Claim {
  id: number | string
  reviewState: string
  publicState?: string
  reviewHistory?: { action: string; to: string }[]
}

describe.each(TEST_DATABASES)('kill -9 in the middle of a write on %s', (database) => {
  let url: string
  let drop = async () => {}
  beforeAll(async () => {
    if (database === 'sqlite') url = `file:${path.join(dir, 'killed.db')}`
    else ({ url, drop } = await throwawayDatabase(database as TestDatabase))
  })
  afterAll(async () => {
    await drop()
  })

  it('leaves nothing of a suggest-claims batch or an approval it cut, and restarts clean', async () => {
    let server = await start(url)
    let tokens: Record<Staff, string> = await signInStaff(server.url)
    const story = (
      await call(server.url, 'POST', '/api/stories', tokens.editor, {
        title: 'Quake',
        _status: 'published',
      })
    ).body.doc
    const update = (
      await call(server.url, 'POST', '/api/updates', tokens.editor, {
        story: story.id,
        headline: 'Survivors found',
        kind: 'development',
        body: lexicalParagraphs(...TEXT),
        _status: 'published',
      })
    ).body.doc
    const source = (
      await call(server.url, 'POST', '/api/sources', tokens.editor, {
        name: 'Fire brigade',
        kind: 'official',
      })
    ).body.doc
    const claim = (
      await call(server.url, 'POST', '/api/claims', tokens.editor, {
        story: story.id,
        kind: 'statement',
        statement: 'The bridge is closed.',
        source: source.id,
        verb: 'said',
      })
    ).body.doc
    const submitted = await call(
      server.url,
      'POST',
      `/api/claims/${claim.id}/submit`,
      tokens.editor,
    )
    expect(submitted.status).toBe(200)
    const before = submitted.body.doc as Claim
    const claimsOfUpdate = async () =>
      (
        await call(
          server.url,
          'GET',
          `/api/claims?limit=0&depth=0&where[update][equals]=${update.id}`,
          tokens.reviewer,
        )
      ).body.docs as Claim[]
    const restart = async () => {
      server = await start(url)
      tokens = await logIn(server.url)
    }

    // 1. A batch of two claims, killed after the second claim's write, before the commit.
    await killMidWrite(server, `/api/updates/${update.id}/suggest-claims`, tokens.editor, 2, {
      create: true,
    })
    await restart()
    expect(await claimsOfUpdate()).toEqual([])

    // 2. An approval, killed after the claim's write (state, history, version, hooks), before the commit.
    await killMidWrite(server, `/api/claims/${claim.id}/approve`, tokens.reviewer, 1, {})
    await restart()
    const after = (await call(server.url, 'GET', `/api/claims/${claim.id}`, tokens.reviewer))
      .body as Claim
    expect(after.reviewState).toBe(before.reviewState)
    expect(after.publicState).toBe(before.publicState)
    expect(after.reviewHistory?.map((h) => h.action)).toEqual(['submit'])
    const versions = (
      await call(
        server.url,
        'GET',
        `/api/claims/versions?limit=0&depth=0&sort=-updatedAt&where[parent][equals]=${claim.id}`,
        tokens.reviewer,
      )
    ).body.docs as { version: { reviewState: string } }[]
    expect(versions.map((v) => v.version.reviewState)).not.toContain('approved')
    const publicIds = async (asOf = '') =>
      (
        (await call(server.url, 'GET', `/api/public/stories/${story.slug}${asOf}`)).body.claims as {
          id: unknown
        }[]
      ).map((c) => String(c.id))
    expect(await publicIds()).toEqual([])
    expect(await publicIds(`?asOf=${new Date().toISOString()}`)).toEqual([])

    // 3. The restarted server does both writes whole: no lock or transaction of the dead one is left.
    const approved = await call(
      server.url,
      'POST',
      `/api/claims/${claim.id}/approve`,
      tokens.reviewer,
    )
    expect(approved.status).toBe(200)
    expect(approved.body.doc.reviewHistory.map((h: { action: string }) => h.action)).toEqual([
      'submit',
      'approve',
    ])
    expect(await publicIds()).toEqual([String(claim.id)])
    const created = await call(
      server.url,
      'POST',
      `/api/updates/${update.id}/suggest-claims`,
      tokens.editor,
      { create: true },
    )
    expect(created.status).toBe(201)
    expect(created.body.claims).toHaveLength(2)
    expect(await claimsOfUpdate()).toHaveLength(2)
    await server.kill('SIGTERM')
  }, 600_000)
})
