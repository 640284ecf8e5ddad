import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'

/**
 * The other suites reach the API through Next's route handlers, as a Next.js Payload app does. This one
 * serves the newsroom from the Express host instead, and walks the same path through it: login, a
 * claim from draft to public, the four-eyes refusal, a field error, a cached public read with its ETag.
 */
describe.each(TEST_DATABASES)('the Express host on %s', (database) => {
  let n: TestNewsroom
  beforeAll(async () => {
    n = await startNewsroom(database, { host: 'express' })
  })
  afterAll(async () => {
    expect(n.serverErrors).toEqual([])
    await n.stop()
  })

  it('serves the workflow and the public API like the Next handlers', async () => {
    const story = await n.as('editor').post('/api/stories', {
      title: 'Ferry aground',
      _status: 'published',
    })
    expect(story.status).toBe(201)
    const source = await n
      .as('editor')
      .post('/api/sources', { name: 'Coastguard', kind: 'official' })
    expect(source.status).toBe(201)
    const claim = await n.as('editorReviewer').post('/api/claims', {
      story: story.body.doc.id,
      kind: 'figure',
      statement: 'The coastguard said about 80 people were aboard.',
      phrase: 'about 80 people',
      metric: 'people-aboard',
      source: source.body.doc.id,
      verb: 'said',
    })
    expect(claim.status).toBe(201)
    const id = claim.body.doc.id
    expect((await n.as('reviewer').post(`/api/claims/${id}/approve`)).status).toBe(409)
    expect((await n.as('editorReviewer').post(`/api/claims/${id}/submit`)).status).toBe(200)
    // Four eyes: the author may not approve, whatever roles they hold.
    const own = await n.as('editorReviewer').post(`/api/claims/${id}/approve`)
    expect(own.status).toBeGreaterThanOrEqual(400)
    expect(own.status).toBeLessThan(500)
    expect((await n.as('reviewer').post(`/api/claims/${id}/approve`)).status).toBe(200)

    const bad = await n.as('editor').post('/api/claims', { story: story.body.doc.id })
    expect(bad.status).toBe(400)
    expect(bad.text).toMatch(/statement|phrase|kind/)

    const slug = story.body.doc.slug
    const figures = await n.as('anonymous').get(`/api/public/stories/${slug}/figures`)
    expect(figures.status).toBe(200)
    expect(JSON.stringify(figures.body)).toContain('about 80 people')
    const again = await n
      .as('anonymous')
      .get(`/api/public/stories/${slug}/figures`, { 'If-None-Match': figures.headers.etag })
    expect(again.status).toBe(304)
  })
})
