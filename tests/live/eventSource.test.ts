import { EventSource } from 'eventsource'

import { lexicalParagraphs } from '../../demo/seed/lexical.js'
import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'
import { listen } from '../public/helpers/listen.js'

/** The streams read by an independent client: the `eventsource` package (the WHATWG EventSource). */
describe.each(TEST_DATABASES)('an EventSource client on %s', (database) => {
  let n: TestNewsroom
  let server: Awaited<ReturnType<typeof listen>>
  let story: number | string

  beforeAll(async () => {
    n = await startNewsroom(database, { newsroom: { live: { pollSeconds: 60 } } })
    server = await listen(n.app)
    story = (await n.as('editor').post('/api/stories', { title: 'Ferry', _status: 'published' }))
      .body.doc.id
  })
  afterAll(async () => {
    await n.stop()
    await server.close()
    expect(n.serverErrors).toEqual([])
  })

  it('gets each event under its type (event:), with the log id as lastEventId', async () => {
    const source = new EventSource(`${server.url}/api/public/stories/ferry/events`)
    const got: MessageEvent[] = []
    const untyped: MessageEvent[] = []
    source.onmessage = (m) => untyped.push(m)
    const published = new Promise<MessageEvent>((resolve) =>
      source.addEventListener('update.published', (m) => resolve(m)),
    )
    source.addEventListener('update.published', (m) => got.push(m))
    await new Promise<void>((resolve, reject) => {
      source.onopen = () => resolve()
      source.onerror = (e) => reject(new Error(`EventSource error: ${e.message}`))
    })
    const update = (
      await n.as('editor').post('/api/updates', {
        story,
        headline: 'Ferry leaves',
        body: lexicalParagraphs('At noon.'),
        _status: 'published',
      })
    ).body.doc.id
    const message = await published
    source.close()
    const [row] = (
      await n.payload.find({
        collection: 'newsroom-events',
        where: { subject: { equals: `update:${update}` } },
      })
    ).docs
    expect(message.type).toBe('update.published')
    expect(message.lastEventId).toBe(String(row.id))
    expect(JSON.parse(message.data)).toMatchObject({
      id: row.id,
      type: 'update.published',
      update: { id: update, headline: 'Ferry leaves' },
    })
    expect(got).toHaveLength(1)
    // Every message names its type: none reaches the untyped handler.
    expect(untyped).toEqual([])
  })
})
