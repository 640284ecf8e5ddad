import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { CollectionAfterChangeHook } from 'payload'

import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'

/**
 * A write of a claim on an SQLite file is all or nothing: when it fails after the claim's row was
 * written (here a hook that throws once the change is made, as a crash between statements would cut
 * it), nothing of it stays — not the new state, not a history entry, not a version. The tests' other
 * suites use an in-memory database, which cannot have transactions; this one uses a file, as the
 * demo app does.
 */
describe('writes of a claim on an SQLite file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-atomic-'))
  let n: TestNewsroom
  let failNext = false

  beforeAll(async () => {
    n = await startNewsroom('sqlite', {
      databaseUrl: () => `file:${path.join(dir, 'newsroom.db')}`,
      logLevel: 'silent',
    })
    // After the claim's row, its history and its version are written, before the write commits.
    const failing: CollectionAfterChangeHook = ({ doc }) => {
      if (!failNext) return doc
      failNext = false
      throw new Error('cut between the statements of a write')
    }
    const hooks = n.payload.collections.claims.config.hooks
    hooks.afterChange = [...(hooks.afterChange ?? []), failing]
  })
  afterAll(async () => {
    await n.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('leaves nothing of an approval that fails half-way', async () => {
    const story = (
      await n.as('editor').post('/api/stories', { title: 'Quake', _status: 'published' })
    ).body.doc
    const source = (
      await n.as('editor').post('/api/sources', { name: 'Survey', kind: 'government' })
    ).body.doc
    const claim = (
      await n.as('editor').post('/api/claims', {
        story: story.id,
        kind: 'statement',
        statement: 'The bridge has collapsed.',
        source: source.id,
        verb: 'said',
      })
    ).body.doc
    expect((await n.as('editor').postEmpty(`/api/claims/${claim.id}/submit`)).status).toBe(200)
    const versions = async () =>
      (
        await n.payload.countVersions({
          collection: 'claims',
          where: { parent: { equals: claim.id } },
          overrideAccess: true,
        })
      ).totalDocs
    const before = await versions()

    failNext = true
    const failed = await n.as('reviewer').postEmpty(`/api/claims/${claim.id}/approve`)
    expect(failed.status).toBeGreaterThanOrEqual(500)
    n.serverErrors.length = 0

    const doc = await n.payload.findByID({
      collection: 'claims',
      id: claim.id,
      overrideAccess: true,
    })
    expect(doc.reviewState).toBe('pending')
    expect((doc.reviewHistory ?? []).map((h) => h.action)).toEqual(['submit'])
    expect(await versions()).toBe(before)
    const publicView = await n.as('anonymous').get(`/api/public/stories/${story.slug}`)
    expect(publicView.body.claims ?? []).toEqual([])

    // And the same approval, not cut, goes through whole.
    expect((await n.as('reviewer').postEmpty(`/api/claims/${claim.id}/approve`)).status).toBe(200)
    expect(await versions()).toBe(before + 1)
  })
})
