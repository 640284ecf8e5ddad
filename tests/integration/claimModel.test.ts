/**
 * The claim's substance is what its collection marks with `substanceField` (the plugin's fields from
 * src/claims/claimModel.ts, and any an override adds): editing such a field after approval opens a
 * revision, and the public keeps reading the approved value. A field that is not marked is not.
 */
import type { Config, Field } from 'payload'

import { newsroomPlugin, substanceField } from '../../src/index.js'
import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'

const withExtraFields = ({ defaultFields }: { defaultFields: Field[] }): Field[] => [
  ...defaultFields,
  // A newsroom's own substance: where the reported events happened.
  substanceField({ name: 'location', type: 'text' }),
  // And a desk note, which says nothing the reviewers approve.
  { name: 'deskNote', type: 'text' },
]

describe.each(TEST_DATABASES)('a substance field added by an override, on %s', (database) => {
  let n: TestNewsroom
  let storyId: number | string

  beforeAll(async () => {
    n = await startNewsroom(database, {
      newsroom: { overrides: { claims: { fields: withExtraFields } } },
    })
    const story = await n
      .as('editor')
      .post('/api/stories', { title: 'Siege', _status: 'published' })
    storyId = story.body.doc.id
  })
  afterAll(async () => {
    expect(n.serverErrors).toEqual([])
    await n.stop()
  })

  const approvedClaim = async () => {
    const created = await n.as('editor').post('/api/claims', {
      story: storyId,
      kind: 'statement',
      statement: 'The army said the siege was over.',
      location: 'Bolan Pass',
      deskNote: 'check with the bureau',
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect((await n.as('editor').post(`/api/claims/${id}/submit`)).status).toBe(200)
    expect((await n.as('reviewer').post(`/api/claims/${id}/approve`)).status).toBe(200)
    return id as number | string
  }

  it('reopens review when it is edited after approval; the public keeps the approved value', async () => {
    const id = await approvedClaim()
    const edit = await n.as('editor').patch(`/api/claims/${id}`, { location: 'Mach' })
    expect(edit.status).toBe(200)
    expect(edit.body.doc).toMatchObject({
      location: 'Mach',
      reviewState: 'draft',
      publicState: 'approved',
    })
    const history = edit.body.doc.reviewHistory as { action: string }[]
    expect(history.map((h) => h.action)).toEqual(['submit', 'approve', 'revise'])
    const publicView = await n.as('anonymous').get(`/api/claims/${id}`)
    expect(publicView.status).toBe(200)
    expect(publicView.body.location).toBe('Bolan Pass')
    // Like the plugin's own substance, the stored revision is not readable, nor filterable.
    const probe = await n.as('anonymous').get(`/api/claims?where[location][equals]=Mach`)
    expect(probe.status).toBe(400)
  })

  it('leaves an approved claim approved when a field that is not substance is edited', async () => {
    const id = await approvedClaim()
    const edit = await n.as('editor').patch(`/api/claims/${id}`, { deskNote: 'confirmed' })
    expect(edit.status).toBe(200)
    expect(edit.body.doc).toMatchObject({ deskNote: 'confirmed', reviewState: 'approved' })
  })
})

describe('an override of the claims collection', () => {
  const app = (fields: (args: { defaultFields: Field[] }) => Field[]) => () =>
    newsroomPlugin({ overrides: { claims: { fields } } })({
      collections: [{ slug: 'users', auth: true, fields: [] }],
    } as Partial<Config> as Config)

  it('may not drop the substance the plugin needs', () => {
    const withoutQuote = ({ defaultFields }: { defaultFields: Field[] }) =>
      defaultFields.filter((f) => !('name' in f && f.name === 'quote'))
    expect(app(withoutQuote)).toThrow(/lacks the substance field\(s\) quote/)
    expect(app(({ defaultFields }) => defaultFields)).not.toThrow()
  })
})
