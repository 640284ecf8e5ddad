import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'

/**
 * Every role × every newsroom collection × create/read/update/delete, over HTTP. Reads are of a
 * document the public must not see (a draft story or update, a draft claim, an anonymous source's
 * private fields); a visible "read" for the public is asserted in its own test below.
 */
type Op = 'create' | 'read' | 'update' | 'delete'
type Actor = 'anonymous' | 'editor' | 'reviewer' | 'admin'
const ACTORS: Actor[] = ['anonymous', 'editor', 'reviewer', 'admin']

const EXPECTED: Record<string, Record<Op, Record<Actor, number>>> = {
  sources: {
    create: { anonymous: 403, editor: 201, reviewer: 403, admin: 201 },
    read: { anonymous: 200, editor: 200, reviewer: 200, admin: 200 },
    update: { anonymous: 403, editor: 200, reviewer: 403, admin: 200 },
    delete: { anonymous: 403, editor: 403, reviewer: 403, admin: 200 },
  },
  stories: {
    create: { anonymous: 403, editor: 201, reviewer: 403, admin: 201 },
    read: { anonymous: 404, editor: 200, reviewer: 200, admin: 200 },
    update: { anonymous: 403, editor: 200, reviewer: 403, admin: 200 },
    delete: { anonymous: 403, editor: 403, reviewer: 403, admin: 200 },
  },
  updates: {
    create: { anonymous: 403, editor: 201, reviewer: 403, admin: 201 },
    read: { anonymous: 404, editor: 200, reviewer: 200, admin: 200 },
    update: { anonymous: 403, editor: 200, reviewer: 403, admin: 200 },
    delete: { anonymous: 403, editor: 403, reviewer: 403, admin: 200 },
  },
  claims: {
    create: { anonymous: 403, editor: 201, reviewer: 403, admin: 201 },
    read: { anonymous: 404, editor: 200, reviewer: 200, admin: 200 },
    // A reviewer may update a claim's review state, never what it says.
    update: { anonymous: 403, editor: 200, reviewer: 403, admin: 200 },
    delete: { anonymous: 403, editor: 403, reviewer: 403, admin: 200 },
  },
}

describe.each(TEST_DATABASES)('access matrix on %s', (database) => {
  let n: TestNewsroom
  let storyId: number | string
  let sourceId: number | string

  beforeAll(async () => {
    n = await startNewsroom(database)
    storyId = (
      await n.as('admin').post('/api/stories', { title: 'Matrix story', _status: 'published' })
    ).body.doc.id
    sourceId = (await n.as('admin').post('/api/sources', { name: 'Police', kind: 'police' })).body
      .doc.id
  })
  afterAll(async () => {
    expect(n.serverErrors).toEqual([])
    await n.stop()
  })

  const bodies = (i: string): Record<string, object> => ({
    sources: { name: `Source ${i}`, kind: 'police' },
    stories: { title: `Story ${i}`, slug: `story-${i}` },
    updates: { story: storyId, headline: `Update ${i}` },
    claims: { story: storyId, kind: 'statement', statement: `Statement ${i}`, source: sourceId },
  })
  const edits: Record<string, object> = {
    sources: { name: 'Renamed' },
    stories: { title: 'Retitled' },
    updates: { headline: 'Reworded' },
    claims: { statement: 'Reworded statement' },
  }
  let seq = 0
  const fixture = async (collection: string) =>
    (await n.as('admin').post(`/api/${collection}`, bodies(`fixture-${seq++}`)[collection])).body
      .doc.id

  for (const collection of Object.keys(EXPECTED)) {
    for (const op of ['create', 'read', 'update', 'delete'] as Op[]) {
      it.each(ACTORS)(`${collection} ${op} as %s`, async (actor) => {
        const expected = EXPECTED[collection][op][actor]
        const client = n.as(actor)
        let status: number
        if (op === 'create') {
          status = (
            await client.post(`/api/${collection}`, bodies(`${actor}-${seq++}`)[collection])
          ).status
        } else {
          const id = await fixture(collection)
          if (op === 'read') status = (await client.get(`/api/${collection}/${id}`)).status
          else if (op === 'update')
            status = (await client.patch(`/api/${collection}/${id}`, edits[collection])).status
          else status = (await client.delete(`/api/${collection}/${id}`)).status
          const stillThere = (await n.as('admin').get(`/api/${collection}/${id}`)).status === 200
          if (op === 'delete') expect(stillThere).toBe(expected !== 200)
        }
        expect(status).toBe(expected)
      })
    }
  }

  it('shows the public published stories and updates, approved claims, and sources without private fields', async () => {
    const anon = n.as('anonymous')
    const published = (
      await n
        .as('editor')
        .post('/api/updates', { story: storyId, headline: 'Out', _status: 'published' })
    ).body.doc
    expect((await anon.get(`/api/updates/${published.id}`)).status).toBe(200)
    expect((await anon.get(`/api/stories/${storyId}`)).status).toBe(200)
    const stories = (await anon.get('/api/stories?limit=100')).body.docs
    expect(stories.every((s: { _status: string }) => s._status === 'published')).toBe(true)

    const secret = await n.as('editor').post('/api/sources', {
      name: 'Colonel X',
      kind: 'military',
      anonymous: true,
      publicDescription: 'a senior army officer',
      anonymityReason: 'Not authorised to speak.',
      positionToKnow: 'Commands the unit involved.',
    })
    expect(secret.status).toBe(201)
    const seenByPublic = (await anon.get(`/api/sources/${secret.body.doc.id}`)).body
    expect(seenByPublic.publicDescription).toBe('a senior army officer')
    for (const hidden of ['name', 'anonymityReason', 'positionToKnow', 'identityKnownBy']) {
      expect(seenByPublic).not.toHaveProperty(hidden)
    }
    const seenByEditor = (await n.as('editor').get(`/api/sources/${secret.body.doc.id}`)).body
    expect(seenByEditor.name).toBe('Colonel X')
    expect(seenByEditor).not.toHaveProperty('identityKnownBy')
    const seenByAdmin = (await n.as('admin').get(`/api/sources/${secret.body.doc.id}?depth=0`)).body
    expect(String(seenByAdmin.identityKnownBy)).toBe(String(n.users.editor.id))
  })

  it('refuses an anonymous source without a reason or a position to know, naming the field', async () => {
    const res = await n.as('editor').post('/api/sources', {
      name: 'Someone',
      kind: 'eyewitness',
      anonymous: true,
      publicDescription: 'a witness',
    })
    expect(res.status).toBe(400)
    const paths = res.body.errors[0].data.errors.map((e: { path: string }) => e.path).sort()
    expect(paths).toEqual(['anonymityReason', 'positionToKnow'])
  })

  it('lets only admins change roles', async () => {
    const self = await n.as('editor').patch(`/api/users/${n.users.editor.id}`, { roles: ['admin'] })
    const roles = (await n.as('admin').get(`/api/users/${n.users.editor.id}`)).body.roles
    expect(self.status === 403 || roles.join() === 'editor').toBe(true)
    expect(roles).toEqual(['editor'])
    const byAdmin = await n
      .as('admin')
      .patch(`/api/users/${n.users.reviewer2.id}`, { roles: ['reviewer', 'editor'] })
    expect(byAdmin.status).toBe(200)
    expect(byAdmin.body.doc.roles).toEqual(['reviewer', 'editor'])
  })
})
