import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { TEST_DATABASES, throwawayDatabase, type TestDatabase } from '../helpers/databases.js'
import {
  call,
  signInStaff,
  startServerProcess,
  type ServerProcess,
  type Staff,
} from '../helpers/serverProcess.js'

/**
 * Two server processes on one PostgreSQL database, two people acting on one claim at the same moment,
 * each having read the same revision (If-Match): approve against reject, against retract, against an
 * edit of its words. Exactly one wins; the loser is refused with 409 (the state no longer allows it) or
 * 412 (the claim changed since it was read), never a 200 and never a 5xx; and what is stored tells one
 * story: the history ends at the claim's state, the latest version has that state, an approval
 * approved the words the reviewer read.
 */
const ROUNDS = 3
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-races-'))
const running = new Set<ServerProcess>()
afterAll(async () => {
  await Promise.all([...running].map((s) => s.kill('SIGKILL')))
  fs.rmSync(dir, { recursive: true, force: true })
})

async function send(
  base: string,
  method: string,
  url: string,
  token: string,
  body: unknown,
  ifMatch: string,
) {
  // A client that honours 503 + Retry-After (bounded); anything else is the answer.
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: {
        Authorization: `JWT ${token}`,
        'Content-Type': 'application/json',
        'If-Match': `"${ifMatch}"`,
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    })
    const json = await res.json().catch(() => ({}))
    if (res.status !== 503 || attempt >= 20) return { status: res.status, body: json }
    await new Promise((r) => setTimeout(r, 1000))
  }
}

type Move = { name: string; staff: Staff; method: string; path: string; body: unknown }
const approve: Move = {
  name: 'approve',
  staff: 'reviewer',
  method: 'POST',
  path: 'approve',
  body: {},
}
const RIVALS: Move[] = [
  {
    name: 'reject',
    staff: 'reviewer2',
    method: 'POST',
    path: 'reject',
    body: { note: 'Unsourced.' },
  },
  {
    name: 'retract',
    staff: 'reviewer2',
    method: 'POST',
    path: 'retract',
    body: { note: 'Withdrawn by the source.' },
  },
  {
    name: 'edit',
    staff: 'editor',
    method: 'PATCH',
    path: '',
    body: { statement: 'The bridge is open again.' },
  },
]

const postgres = TEST_DATABASES.includes('postgres' as TestDatabase)
;(postgres ? describe : describe.skip)(
  'two people act on one claim at once (PostgreSQL, two processes)',
  () => {
    let db: Awaited<ReturnType<typeof throwawayDatabase>>
    let bases: string[]
    let tokens: Record<Staff, string>
    let story: { id: number | string }
    let source: { id: number | string }
    beforeAll(async () => {
      db = await throwawayDatabase('postgres')
      const servers = []
      for (let i = 0; i < 2; i++) {
        const server = await startServerProcess(db.url, path.join(dir, `server-${i}.log`))
        running.add(server)
        servers.push(server)
      }
      bases = servers.map((s) => s.url)
      tokens = await signInStaff(bases[0])
      story = (await call(bases[0], 'POST', '/api/stories', tokens.editor, { title: 'Floods' }))
        .body.doc
      source = (
        await call(bases[0], 'POST', '/api/sources', tokens.editor, {
          name: 'Police',
          kind: 'official',
        })
      ).body.doc
    }, 600_000)
    afterAll(async () => {
      await Promise.all([...running].map((s) => s.kill('SIGTERM')))
      await db?.drop()
    })

    it.each(RIVALS)(
      'approve against $name: exactly one wins, the loser gets 409 or 412',
      async (rival) => {
        const outcomes: string[] = []
        for (let round = 0; round < ROUNDS; round++) {
          const statement = `The bridge is closed (${rival.name} ${round}).`
          const created = await call(bases[0], 'POST', '/api/claims', tokens.editor, {
            story: story.id,
            kind: 'statement',
            statement,
            source: source.id,
            verb: 'said',
          })
          const id = String(created.body.doc.id)
          const submitted = await call(bases[1], 'POST', `/api/claims/${id}/submit`, tokens.editor)
          expect(submitted.status).toBe(200)
          const revision = submitted.body.doc.revision as string
          // Each process takes one of the two, alternately; both sent at once.
          const moves = round % 2 ? [rival, approve] : [approve, rival]
          const answers = await Promise.all(
            moves.map((m, i) =>
              send(
                bases[i],
                m.method,
                `/api/claims/${id}${m.path ? `/${m.path}` : ''}`,
                tokens[m.staff],
                m.body,
                revision,
              ),
            ),
          )
          const status = Object.fromEntries(moves.map((m, i) => [m.name, answers[i].status]))
          outcomes.push(JSON.stringify(status))
          const winners = moves.filter((_, i) => answers[i].status === 200)
          expect(winners).toHaveLength(1)
          const loser = answers.find((a) => a.status !== 200)
          expect([409, 412]).toContain(loser?.status)
          expect(String(loser?.body?.errors?.[0]?.message ?? '')).not.toBe('')

          const claim = (await call(bases[0], 'GET', `/api/claims/${id}?depth=0`, tokens.reviewer))
            .body
          const history = (claim.reviewHistory ?? []) as { action: string; to: string }[]
          const versions = (
            await call(
              bases[1],
              'GET',
              `/api/claims/versions?limit=1&depth=0&sort=-updatedAt&where[parent][equals]=${id}`,
              tokens.reviewer,
            )
          ).body.docs as { version: { reviewState: string; statement: string } }[]
          expect(versions[0].version.reviewState).toBe(claim.reviewState)
          if (winners[0] === approve) {
            expect(history.map((h) => h.action)).toEqual(['submit', 'approve'])
            expect(claim.reviewState).toBe('approved')
            // The reviewer approved the words they read, not an edit that came in between.
            expect(claim.statement).toBe(statement)
          } else {
            expect(claim.reviewState).not.toBe('approved')
            expect(history.map((h) => h.action)).not.toContain('approve')
            if (rival.name === 'edit') expect(claim.statement).toBe('The bridge is open again.')
            else expect(history.map((h) => h.action)).toEqual(['submit', rival.name])
          }
          expect(history.at(-1)?.to ?? claim.reviewState).toBe(claim.reviewState)
        }
        if (process.env.RELIABILITY_REPORT)
          console.log(`approve vs ${rival.name}, ${ROUNDS} rounds: ${outcomes.join(' ')}`)
      },
      600_000,
    )
  },
)
