import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'

describe.each(TEST_DATABASES)('claim review workflow on %s', (database) => {
  let n: TestNewsroom
  let storyId: number | string
  let sourceId: number | string

  beforeAll(async () => {
    n = await startNewsroom(database)
    const story = await n
      .as('editor')
      .post('/api/stories', { title: 'Train siege', _status: 'published' })
    storyId = story.body.doc.id
    const source = await n
      .as('editor')
      .post('/api/sources', { name: 'Interior ministry', kind: 'government' })
    sourceId = source.body.doc.id
  })
  afterAll(async () => {
    expect(n.serverErrors).toEqual([])
    await n.stop()
  })

  const newClaim = async (
    phrase = 'at least 155 hostages',
    as: 'editor' | 'editorReviewer' = 'editor',
  ) => {
    const res = await n.as(as).post('/api/claims', {
      story: storyId,
      kind: 'figure',
      statement: `Officials said ${phrase} were freed.`,
      phrase,
      metric: 'hostages-rescued',
      source: sourceId,
      verb: 'said',
    })
    expect(res.status).toBe(201)
    return res.body.doc as Record<string, unknown> & { id: number | string }
  }
  const approved = async (phrase?: string) => {
    const claim = await newClaim(phrase)
    expect((await n.as('editor').post(`/api/claims/${claim.id}/submit`)).status).toBe(200)
    expect((await n.as('reviewer').post(`/api/claims/${claim.id}/approve`)).status).toBe(200)
    return claim
  }
  const publicIds = async () =>
    ((await n.as('anonymous').get('/api/claims?limit=1000')).body.docs as { id: unknown }[]).map(
      (d) => d.id,
    )

  it('flags a vague figure from its phrase, stores a measure canonical and keeps any extractor verb; the public sees vague', async () => {
    const vague = await n.as('editor').post('/api/claims', {
      story: storyId,
      kind: 'figure',
      phrase: 'dozens of hostages',
      metric: 'hostages-vague',
      source: sourceId,
      verb: 'warned',
    })
    expect(vague.status).toBe(201)
    expect(vague.body.doc).toMatchObject({ vague: true, lower: 24, upper: 120, verb: 'warned' })
    const id = vague.body.doc.id
    expect((await n.as('editor').post(`/api/claims/${id}/submit`)).status).toBe(200)
    expect((await n.as('reviewer').post(`/api/claims/${id}/approve`)).status).toBe(200)
    const story = await n.as('anonymous').get(`/api/stories/${storyId}`)
    const figures = await n.as('anonymous').get(`/api/public/stories/${story.body.slug}/figures`)
    expect(figures.status).toBe(200)
    const metric = figures.body.metrics.find(
      (m: { metric: string }) => m.metric === 'hostages-vague',
    )
    expect(metric.claims[0]).toMatchObject({ vague: true, interval: { lower: 24, upper: 120 } })

    const exact = await n.as('editor').patch(`/api/claims/${id}`, { phrase: '30 hostages' })
    expect(exact.status).toBe(200)
    expect(exact.body.doc.vague).toBe(false)

    const measure = await n.as('editor').post('/api/claims', {
      story: storyId,
      kind: 'figure',
      phrase: '12 kilometres',
      unit: 'kilometres',
      metric: 'cordon',
    })
    expect(measure.status).toBe(201)
    expect(measure.body.doc).toMatchObject({ value: 12, unit: 'km', vague: false })
  })

  it('accepts a figure given only its phrase and writes its statement from phrase and source', async () => {
    const res = await n.as('editor').post('/api/claims', {
      story: storyId,
      kind: 'figure',
      phrase: 'at least 155 hostages',
      source: sourceId,
      verb: 'said',
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.statement).toBe('At least 155 hostages, Interior ministry said.')
    // Without a phrase a statement is still needed, and the refusal names the field.
    const bare = await n.as('editor').post('/api/claims', { story: storyId, kind: 'statement' })
    expect(bare.status).toBe(400)
    expect(bare.body.errors[0].data.errors[0].path).toBe('statement')
    // The Local API gets the same rule.
    const local = await n.payload.create({
      collection: 'claims',
      data: { story: storyId, kind: 'figure', phrase: 'nearly 500 passengers' } as never,
    })
    expect(local.statement).toBe('Nearly 500 passengers (unattributed).')
  })

  it('lets only reviewers write the review note', async () => {
    const claim = await newClaim('at least 12 passengers')
    const patched = await n
      .as('editor')
      .patch(`/api/claims/${claim.id}`, { reviewNote: 'Looks fine to me.' })
    expect(patched.status).toBe(200)
    const read = await n.as('reviewer').get(`/api/claims/${claim.id}`)
    expect(read.body.reviewNote ?? null).toBeNull()
  })

  it('fills the figure from its phrase and starts as a draft stamped with its author', async () => {
    const claim = await newClaim('at least 155 hostages')
    expect(claim).toMatchObject({
      value: 155,
      lower: 155,
      upper: null,
      qualifier: 'atLeast',
      unit: 'hostages',
      reviewState: 'draft',
      publicState: 'none',
    })
    expect(String((claim.createdBy as { id?: unknown })?.id ?? claim.createdBy)).toBe(
      String(n.users.editor.id),
    )
  })

  it('walks draft → pending → approved and only then shows the claim to the public', async () => {
    const claim = await newClaim()
    expect(await publicIds()).not.toContain(claim.id)
    const submitted = await n.as('editor').post(`/api/claims/${claim.id}/submit`)
    expect(submitted.status).toBe(200)
    expect(submitted.body.doc.reviewState).toBe('pending')
    expect(await publicIds()).not.toContain(claim.id)
    const approvedRes = await n.as('reviewer').post(`/api/claims/${claim.id}/approve`)
    expect(approvedRes.status).toBe(200)
    expect(approvedRes.body.doc).toMatchObject({ reviewState: 'approved', publicState: 'approved' })
    expect(await publicIds()).toContain(claim.id)
    const history = (await n.as('reviewer').get(`/api/claims/${claim.id}`)).body.reviewHistory
    expect(history.map((h: { action: string }) => h.action)).toEqual(['submit', 'approve'])
  })

  it('refuses an editor who approves, by endpoint or by PATCHing the state', async () => {
    const claim = await newClaim()
    await n.as('editor').post(`/api/claims/${claim.id}/submit`)
    const viaEndpoint = await n.as('editor').post(`/api/claims/${claim.id}/approve`)
    expect(viaEndpoint.status).toBe(403)
    const viaPatch = await n
      .as('editor')
      .patch(`/api/claims/${claim.id}`, { reviewState: 'approved' })
    expect(viaPatch.status).toBe(403)
    expect(JSON.stringify(viaPatch.body)).toMatch(/reviewers/)
    const anonymous = await n.as('anonymous').post(`/api/claims/${claim.id}/approve`)
    expect(anonymous.status).toBe(403)
    expect((await n.as('admin').get(`/api/claims/${claim.id}`)).body.reviewState).toBe('pending')
  })

  it('refuses a PATCH that skips a state (draft straight to approved) with 409', async () => {
    const claim = await newClaim()
    const res = await n.as('reviewer').patch(`/api/claims/${claim.id}`, { reviewState: 'approved' })
    expect(res.status).toBe(409)
  })

  it('applies the four-eyes rule: nobody approves a claim they created or last edited', async () => {
    const own = await newClaim('27 militants', 'editorReviewer')
    await n.as('editorReviewer').post(`/api/claims/${own.id}/submit`)
    const refused = await n.as('editorReviewer').post(`/api/claims/${own.id}/approve`)
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.body)).toMatch(/Four-eyes/)

    const other = await newClaim('30 soldiers')
    await n.as('editorReviewer').patch(`/api/claims/${other.id}`, { phrase: '31 soldiers' })
    await n.as('editor').post(`/api/claims/${other.id}/submit`)
    expect((await n.as('editorReviewer').post(`/api/claims/${other.id}/approve`)).status).toBe(403)
    expect((await n.as('reviewer').post(`/api/claims/${other.id}/approve`)).status).toBe(200)
  })

  it('needs a note to reject, lets the editor revise, and keeps every step', async () => {
    const claim = await newClaim()
    await n.as('editor').post(`/api/claims/${claim.id}/submit`)
    const noNote = await n.as('reviewer').post(`/api/claims/${claim.id}/reject`)
    expect(noNote.status).toBe(400)
    expect(noNote.body.errors[0].data.errors[0].path).toBe('reviewNote')
    const rejected = await n
      .as('reviewer')
      .post(`/api/claims/${claim.id}/reject`, { note: 'Which officials?' })
    expect(rejected.body.doc.reviewState).toBe('rejected')
    const revised = await n.as('editor').post(`/api/claims/${claim.id}/revise`)
    expect(revised.body.doc.reviewState).toBe('draft')
    const { totalDocs } = await n.payload.countVersions({
      collection: 'claims',
      where: { parent: { equals: claim.id } },
    })
    expect(totalDocs).toBeGreaterThanOrEqual(4)
  })

  it('retracts with a public reason, never deletes, and keeps the retraction out of the approved list', async () => {
    const claim = await approved('27 militants')
    expect((await n.as('admin').delete(`/api/claims/${claim.id}`)).status).toBe(409)
    expect((await n.as('reviewer').post(`/api/claims/${claim.id}/retract`)).status).toBe(400)
    const res = await n
      .as('reviewer')
      .post(`/api/claims/${claim.id}/retract`, { note: 'Count was of wounded.' })
    expect(res.body.doc).toMatchObject({
      reviewState: 'retracted',
      publicState: 'retracted',
      retractionReason: 'Count was of wounded.',
    })
    expect(await publicIds()).not.toContain(claim.id)
    expect((await n.as('admin').get(`/api/claims/${claim.id}`)).status).toBe(200)
    const edit = await n.as('editor').patch(`/api/claims/${claim.id}`, { phrase: '28 militants' })
    expect(edit.status).toBe(409)
  })

  it('keeps the approved version public while a revision awaits approval', async () => {
    const claim = await approved('at least 150 hostages')
    const edit = await n
      .as('editor')
      .patch(`/api/claims/${claim.id}`, { phrase: 'at least 190 hostages' })
    expect(edit.status).toBe(200)
    expect(edit.body.doc).toMatchObject({
      reviewState: 'draft',
      publicState: 'approved',
      value: 190,
    })
    const publicView = await n.as('anonymous').get(`/api/claims/${claim.id}`)
    expect(publicView.body).toMatchObject({ value: 150, phrase: 'at least 150 hostages' })
    // The review state would tell that a revision is under way.
    expect(publicView.body).not.toHaveProperty('reviewState')
    expect(publicView.body.approvedVersion).toBeUndefined()
    await n.as('editor').post(`/api/claims/${claim.id}/submit`)
    expect((await n.as('anonymous').get(`/api/claims/${claim.id}`)).body.value).toBe(150)
    await n.as('reviewer').post(`/api/claims/${claim.id}/approve`)
    expect((await n.as('anonymous').get(`/api/claims/${claim.id}`)).body.value).toBe(190)
  })

  it('marks the older claim superseded when the claim that supersedes it is approved', async () => {
    const older = await approved('more than 100 hostages')
    const newer = await newClaim('at least 155 hostages')
    await n.as('editor').patch(`/api/claims/${newer.id}`, { supersedes: older.id })
    await n.as('editor').post(`/api/claims/${newer.id}/submit`)
    expect((await n.as('admin').get(`/api/claims/${older.id}`)).body.reviewState).toBe('approved')
    await n.as('reviewer').post(`/api/claims/${newer.id}/approve`)
    const after = (await n.as('admin').get(`/api/claims/${older.id}`)).body
    expect(after).toMatchObject({ reviewState: 'superseded', publicState: 'superseded' })
    expect(await publicIds()).not.toContain(older.id)
    const direct = await n
      .as('reviewer')
      .patch(`/api/claims/${newer.id}`, { reviewState: 'superseded' })
    expect(direct.status).toBe(403)
  })

  describe('review actions are performed or refused', () => {
    const pending = async (phrase: string) => {
      const claim = await newClaim(phrase)
      expect((await n.as('editor').postEmpty(`/api/claims/${claim.id}/submit`)).status).toBe(200)
      return claim
    }
    const history = async (id: unknown) =>
      (
        (await n.as('admin').get(`/api/claims/${id}`)).body.reviewHistory as { action: string }[]
      ).map((h) => h.action)

    it('takes a POST with no body where no note is needed (submit, approve)', async () => {
      const claim = await pending('12 ferries')
      const res = await n.as('reviewer').postEmpty(`/api/claims/${claim.id}/approve`)
      expect(res.status).toBe(200)
      expect(res.body.doc.reviewState).toBe('approved')
      expect(res.headers.etag).toBe(`"${res.body.doc.revision}"`)
    })

    it('refuses a second approve, reject or retract with 409 and changes nothing', async () => {
      const claim = await pending('13 ferries')
      expect((await n.as('reviewer').postEmpty(`/api/claims/${claim.id}/approve`)).status).toBe(200)
      expect((await n.as('reviewer2').postEmpty(`/api/claims/${claim.id}/approve`)).status).toBe(
        409,
      )
      // An editor "approving" an approved claim: the state is wrong before the role is.
      expect((await n.as('editor').postEmpty(`/api/claims/${claim.id}/approve`)).status).toBe(409)
      const retract = (note: string) =>
        n.as('reviewer').post(`/api/claims/${claim.id}/retract`, { note })
      expect((await retract('Wrong harbour.')).status).toBe(200)
      expect((await retract('Another reason.')).status).toBe(409)
      const after = (await n.as('admin').get(`/api/claims/${claim.id}`)).body
      expect(after.retractionReason).toBe('Wrong harbour.')
      expect(await history(claim.id)).toEqual(['submit', 'approve', 'retract'])

      const rejected = await pending('14 ferries')
      const reject = (note: string) =>
        n.as('reviewer').post(`/api/claims/${rejected.id}/reject`, { note })
      expect((await reject('No source.')).status).toBe(200)
      expect((await reject('Overwritten?')).status).toBe(409)
      const doc = (await n.as('admin').get(`/api/claims/${rejected.id}`)).body
      expect(doc.reviewHistory.map((h: { note: string | null }) => h.note)).toEqual([
        null,
        'No source.',
      ])
    })

    it('answers 403 for a role that may not, whatever the state allows', async () => {
      const claim = await pending('15 ferries')
      expect((await n.as('editor').postEmpty(`/api/claims/${claim.id}/approve`)).status).toBe(403)
      expect((await n.as('anonymous').postEmpty(`/api/claims/${claim.id}/approve`)).status).toBe(
        403,
      )
    })

    it.each(['999999', 'abc', '1.5', '%00', '-1'])(
      'answers 404 for a claim that does not exist (id %s)',
      async (id) => {
        expect((await n.as('reviewer').postEmpty(`/api/claims/${id}/approve`)).status).toBe(404)
        expect((await n.as('editor').patch(`/api/claims/${id}`, { statement: 'x' })).status).toBe(
          404,
        )
      },
    )

    it('refuses a body that is not a JSON object with 400', async () => {
      const claim = await pending('16 ferries')
      const res = await n
        .as('reviewer')
        .post(`/api/claims/${claim.id}/reject`, '{"note":', { 'Content-Type': 'application/json' })
      expect(res.status).toBe(400)
    })

    it('refuses with 412 an approval of a claim that changed since the reviewer read it', async () => {
      const claim = await pending('17 ferries')
      const read = (await n.as('reviewer').get(`/api/claims/${claim.id}`)).body
      expect(typeof read.revision).toBe('string')
      // The editor changes the words and submits again while the reviewer is reading.
      await n
        .as('editor')
        .patch(`/api/claims/${claim.id}`, { statement: 'Officials said 70 ferries.' })
      await n.as('editor').postEmpty(`/api/claims/${claim.id}/submit`)
      const stale = await n
        .as('reviewer')
        .postEmpty(`/api/claims/${claim.id}/approve`, { 'If-Match': `"${read.revision}"` })
      expect(stale.status).toBe(412)
      expect((await n.as('admin').get(`/api/claims/${claim.id}`)).body.reviewState).toBe('pending')
      const fresh = (await n.as('reviewer').get(`/api/claims/${claim.id}`)).body.revision
      const ok = await n
        .as('reviewer')
        .postEmpty(`/api/claims/${claim.id}/approve`, { 'If-Match': `"${fresh}"` })
      expect(ok.status).toBe(200)
      // An edit carries the precondition too.
      const edit = await n
        .as('editor')
        .patch(
          `/api/claims/${claim.id}`,
          { statement: 'Officials said 71 ferries.' },
          { 'If-Match': `"${fresh}"` },
        )
      expect(edit.status).toBe(412)
    })
  })

  it('lets exactly one of two reviewers acting at once win; the other gets 409', async () => {
    for (let round = 0; round < 3; round++) {
      const claim = await newClaim(`${200 + round} passengers`)
      await n.as('editor').post(`/api/claims/${claim.id}/submit`)
      const results = await Promise.all([
        n.as('reviewer').post(`/api/claims/${claim.id}/approve`),
        n.as('reviewer2').post(`/api/claims/${claim.id}/reject`, { note: 'Not sourced.' }),
      ])
      expect(results.map((r) => r.status).sort()).toEqual([200, 409])
      const final = (await n.as('admin').get(`/api/claims/${claim.id}`)).body
      expect(final.reviewHistory).toHaveLength(2)
    }
  })

  // Plain PATCHes skip the endpoints' in-process queue: on PostgreSQL the row lock taken inside the
  // operation's transaction must serialise them on its own.
  ;(database === 'postgres' ? it : it.skip)(
    'serialises concurrent PATCHed transitions on the row',
    async () => {
      for (let round = 0; round < 3; round++) {
        const claim = await newClaim(`${300 + round} passengers`)
        await n.as('editor').post(`/api/claims/${claim.id}/submit`)
        const results = await Promise.all([
          n.as('reviewer').patch(`/api/claims/${claim.id}`, { reviewState: 'approved' }),
          n
            .as('reviewer2')
            .patch(`/api/claims/${claim.id}`, { reviewState: 'rejected', reviewNote: 'No.' }),
        ])
        expect(results.map((r) => r.status).sort()).toEqual([200, 409])
        expect(
          (await n.as('admin').get(`/api/claims/${claim.id}`)).body.reviewHistory,
        ).toHaveLength(2)
      }
    },
  )

  it.each([
    [{ phrase: null, value: null }, 'value'],
    [
      { phrase: null, value: 10, lower: 30, upper: 20, qualifier: 'range', unit: 'people' },
      'lower',
    ],
    [
      { phrase: null, value: 10, lower: 10, upper: 50, qualifier: 'atLeast', unit: 'people' },
      'upper',
    ],
    [{ phrase: 'a great many people' }, 'phrase'],
  ])(
    'refuses an inconsistent figure %j with a 400 naming %s, writing nothing',
    async (figure, field) => {
      const before = (await n.as('admin').get('/api/claims?limit=0')).body.totalDocs
      const res = await n.as('editor').post('/api/claims', {
        story: storyId,
        kind: 'figure',
        statement: 'Officials gave a count.',
        ...figure,
      })
      expect(res.status).toBe(400)
      expect(res.body.errors[0].data.errors.map((e: { path: string }) => e.path)).toContain(field)
      expect((await n.as('admin').get('/api/claims?limit=0')).body.totalDocs).toBe(before)
    },
  )

  it('fills the phrase from structured fields', async () => {
    const res = await n.as('editor').post('/api/claims', {
      story: storyId,
      kind: 'figure',
      statement: 'Officials counted the fighters.',
      value: 3000,
      qualifier: 'about',
      unit: 'fighters',
    })
    expect(res.status).toBe(201)
    expect(res.body.doc).toMatchObject({ phrase: 'about 3,000 fighters', lower: null, upper: null })
  })

  it('answers a path with malformed percent-encoding with a 400, not a 500', async () => {
    // The Express host's bridge answers it; in a Next app, Next's router does before Payload.
    const res = await n.as('reviewer', 'express').get('/api/claims/%ff')
    expect(res.status).toBe(400)
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/)
  })

  it('answers an unknown claim with 404', async () => {
    expect((await n.as('reviewer').post('/api/claims/999999/approve')).status).toBe(404)
  })
})
