import { lexicalParagraphs } from '../../demo/seed/lexical.js'
import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'

// Our own sentences, in the shape of wire copy.
const TEXT = [
  'Rescuers pulled at least 40 survivors from the rubble overnight, the fire brigade said.',
  'A hospital official told Reuters that 12 people were in critical condition.',
].join('\n')

describe.each(TEST_DATABASES)('claim suggestions on %s', (database) => {
  let n: TestNewsroom
  let brigade: number | string
  let reuters: number | string
  let updateId: number | string
  let storyId: number | string

  beforeAll(async () => {
    n = await startNewsroom(database)
    brigade = (
      await n.as('editor').post('/api/sources', {
        name: 'City fire brigade',
        kind: 'official',
        aliases: ['the fire brigade'],
      })
    ).body.doc.id
    reuters = (await n.as('editor').post('/api/sources', { name: 'Reuters', kind: 'wireAgency' }))
      .body.doc.id
    storyId = (await n.as('editor').post('/api/stories', { title: 'Quake' })).body.doc.id
    updateId = (
      await n.as('editor').post('/api/updates', {
        story: storyId,
        headline: 'Survivors found',
        body: lexicalParagraphs(...TEXT.split('\n')),
      })
    ).body.doc.id
  })
  afterAll(async () => {
    expect(n.serverErrors).toEqual([])
    await n.stop()
  })

  it('extracts attributed figures from text and matches known sources', async () => {
    const res = await n.as('editor').post('/api/newsroom/extract', { text: TEXT })
    expect(res.status).toBe(200)
    const [first, second] = res.body.suggestions
    expect(first).toMatchObject({
      text: 'at least 40 survivors',
      value: 40,
      lower: 40,
      qualifier: 'atLeast',
      attributionVerb: 'said',
      matchedSourceId: brigade,
    })
    expect(TEXT.slice(first.span.start, first.span.end)).toBe('at least 40 survivors')
    expect(second).toMatchObject({ value: 12, via: 'Reuters', attributionVerb: 'told' })
  })

  it('refuses the public and reviewers, and bad bodies with a 400', async () => {
    expect((await n.as('anonymous').post('/api/newsroom/extract', { text: TEXT })).status).toBe(403)
    expect((await n.as('reviewer').post('/api/newsroom/extract', { text: TEXT })).status).toBe(403)
    expect((await n.as('editor').post('/api/newsroom/extract', { text: '' })).status).toBe(400)
    expect((await n.as('editor').post('/api/newsroom/extract', { text: 42 })).status).toBe(400)
    expect(
      (await n.as('editor').post(`/api/updates/${updateId}/suggest-claims`, { create: 'yes' }))
        .status,
    ).toBe(400)
    expect(
      (await n.as('editor').post(`/api/updates/${updateId}/suggest-claims`, { create: [7] }))
        .status,
    ).toBe(400)
  })

  it("suggests claims for an update's body and creates the chosen ones as draft claims", async () => {
    const preview = await n.as('editor').post(`/api/updates/${updateId}/suggest-claims`)
    expect(preview.status).toBe(200)
    expect(preview.body.suggestions).toHaveLength(2)
    expect(preview.body.claims).toEqual([])

    const created = await n
      .as('editor')
      .post(`/api/updates/${updateId}/suggest-claims`, { create: [1] })
    expect(created.status).toBe(201)
    expect(created.body.claims).toHaveLength(1)
    const claim = created.body.claims[0]
    expect(claim).toMatchObject({
      kind: 'figure',
      value: 12,
      reviewState: 'draft',
      verb: 'told',
      story: storyId,
      update: updateId,
    })
    expect(claim.via).toEqual([reuters])
    expect(String(claim.createdBy)).toBe(String(n.users.editor.id))
  })
})
