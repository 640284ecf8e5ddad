import { lexicalParagraphs } from '../../demo/seed/lexical.js'
import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'

interface Event {
  id: number
  type: string
  subject: string
  story: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the assertions walk the public JSON
  data: Record<string, any>
}

describe.each(TEST_DATABASES)('the public event log on %s', (database) => {
  let n: TestNewsroom
  let story: number | string
  let source: number | string

  beforeAll(async () => {
    n = await startNewsroom(database)
    story = (await n.as('editor').post('/api/stories', { title: 'Flood', _status: 'published' }))
      .body.doc.id
    source = (
      await n.as('editor').post('/api/sources', {
        name: 'Colonel X',
        kind: 'military',
        anonymous: true,
        publicDescription: 'a military officer',
        anonymityReason: 'Not authorised to speak.',
        positionToKnow: 'Commands the rescue.',
      })
    ).body.doc.id
  })
  afterAll(async () => {
    expect(n.serverErrors).toEqual([])
    await n.stop()
  })

  const log = async (): Promise<Event[]> =>
    (
      await n.payload.find({
        collection: 'newsroom-events',
        sort: 'id',
        limit: 0,
        pagination: false,
      })
    ).docs as unknown as Event[]
  const newEvents = async (run: () => Promise<unknown>): Promise<Event[]> => {
    const before = (await log()).length
    await run()
    return (await log()).slice(before)
  }
  const claim = async (data: object) =>
    (
      await n.as('editor').post('/api/claims', {
        story,
        kind: 'figure',
        verb: 'said',
        source,
        ...data,
      })
    ).body.doc.id as number | string

  it('records nothing for drafts, pending and rejected claims, or draft updates', async () => {
    const events = await newEvents(async () => {
      const id = await claim({ statement: 'At least 10 died.', phrase: 'at least 10 people' })
      await n.as('editor').post(`/api/claims/${id}/submit`)
      await n.as('reviewer').post(`/api/claims/${id}/reject`, { note: 'No source yet.' })
      await n.as('editor').post('/api/updates', {
        story,
        headline: 'Draft only',
        body: lexicalParagraphs('Not yet.'),
      })
    })
    expect(events).toEqual([])
  })

  it('records an approval with the public view only, then its revision, supersession and retraction', async () => {
    const a = await claim({ statement: 'At least 20 died.', phrase: 'at least 20 people' })
    await n.as('editor').post(`/api/claims/${a}/submit`)
    const [approved] = await newEvents(() => n.as('reviewer').post(`/api/claims/${a}/approve`))
    expect(approved).toMatchObject({
      type: 'claim.approved',
      subject: `claim:${a}`,
      story: String(story),
    })
    expect(approved.data.claim).toMatchObject({ id: a, figure: { value: 20 }, state: 'approved' })
    // The anonymous source by its public description; nothing of the review or the people in it.
    expect(approved.data.claim.source.name).toBe('a military officer')
    const text = JSON.stringify(approved)
    for (const secret of [
      'Colonel X',
      'Not authorised',
      'reviewHistory',
      'createdBy',
      'approvedBy',
    ])
      expect(text).not.toContain(secret)

    // A revision is private until approved again.
    expect(
      await newEvents(() =>
        n.as('editor').patch(`/api/claims/${a}`, { phrase: 'at least 25 people' }),
      ),
    ).toEqual([])
    await n.as('editor').post(`/api/claims/${a}/submit`)
    const [corrected] = await newEvents(() => n.as('reviewer').post(`/api/claims/${a}/approve`))
    expect(corrected.type).toBe('claim.corrected')
    expect(corrected.data).toMatchObject({
      claim: { figure: { value: 25 } },
      previous: { figure: { value: 20 } },
    })

    const b = await claim({
      statement: 'At least 30 died.',
      phrase: 'at least 30 people',
      supersedes: a,
    })
    await n.as('editor').post(`/api/claims/${b}/submit`)
    const superseding = await newEvents(() => n.as('reviewer').post(`/api/claims/${b}/approve`))
    expect(superseding.map((e) => [e.type, e.subject])).toEqual([
      ['claim.superseded', `claim:${a}`],
      ['claim.approved', `claim:${b}`],
    ])
    expect(superseding[0].data.claim).toMatchObject({ state: 'superseded', supersededBy: b })

    const [retracted] = await newEvents(() =>
      n.as('reviewer').post(`/api/claims/${b}/retract`, { note: 'Double counted.' }),
    )
    expect(retracted.type).toBe('claim.retracted')
    expect(retracted.data.claim).toMatchObject({
      state: 'retracted',
      retractionReason: 'Double counted.',
    })
  })

  it('records updates published, corrected and taken down, and story state changes, not drafts over them', async () => {
    const [published] = await newEvents(() =>
      n.as('editor').post('/api/updates', {
        story,
        headline: 'Water rising',
        body: lexicalParagraphs('The river broke its banks.'),
        _status: 'published',
      }),
    )
    expect(published).toMatchObject({ type: 'update.published' })
    expect(published.data.update).toMatchObject({
      headline: 'Water rising',
      bodyHtml: expect.stringContaining('The river broke its banks.'),
    })
    const id = published.data.update.id
    expect(
      await newEvents(() =>
        n.as('editor').patch(`/api/updates/${id}?draft=true`, { headline: 'Draft headline' }),
      ),
    ).toEqual([])
    const [corrected] = await newEvents(() =>
      n
        .as('editor')
        .patch(`/api/updates/${id}`, { headline: 'Water still rising', _status: 'published' }),
    )
    expect(corrected).toMatchObject({
      type: 'update.corrected',
      data: { update: { headline: 'Water still rising' }, previous: { headline: 'Water rising' } },
    })
    const [withdrawn] = await newEvents(() =>
      n.as('editor').patch(`/api/updates/${id}`, { _status: 'draft' }),
    )
    expect(withdrawn).toMatchObject({ type: 'update.withdrawn', data: { update: { id } } })
    const timeline = (await n.as('anonymous').get(`/api/public/stories/flood/timeline`)).body.events
    expect(timeline.filter((e: Event) => String(e.data?.update?.id ?? '') === String(id))).toEqual(
      [],
    )
    expect(timeline.map((e: { type: string }) => e.type)).toContain('update.withdrawn')

    const [changed] = await newEvents(() =>
      n.as('editor').patch(`/api/stories/${story}`, { state: 'concluded' }),
    )
    expect(changed).toMatchObject({
      type: 'story.stateChanged',
      data: { story: { state: 'concluded' } },
    })
  })

  it('is read-only to every request, admins included', async () => {
    const [first] = await log()
    expect((await n.as('anonymous').get(`/api/newsroom-events/${first.id}`)).status).toBe(200)
    for (const actor of ['admin', 'editor'] as const) {
      expect(
        (
          await n.as(actor).post('/api/newsroom-events', {
            type: 'claim.approved',
            at: new Date().toISOString(),
            story: '1',
            subject: 'x',
            data: {},
          })
        ).status,
      ).toBe(403)
      expect(
        (await n.as(actor).patch(`/api/newsroom-events/${first.id}`, { subject: 'y' })).status,
      ).toBe(403)
      expect((await n.as(actor).delete(`/api/newsroom-events/${first.id}`)).status).toBe(403)
    }
  })
})
