import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'

// Our own sentences, repeated into a text that keeps the extraction thread busy for a while.
const SENTENCE =
  'Rescuers pulled at least 40 survivors from the rubble overnight, the fire brigade said.'
const LONG = Array.from({ length: 1000 }, () => SENTENCE).join('\n')

// The queue is the same on every database: one is enough.
describe(`claim extraction off the request thread (${TEST_DATABASES[0]})`, () => {
  let n: TestNewsroom
  beforeAll(async () => {
    n = await startNewsroom(TEST_DATABASES[0], {
      newsroom: { extraction: { threads: 1, queue: 0 } },
    })
  })
  afterAll(() => n.stop())

  it('answers other requests while a text is read, and 503 with Retry-After when the queue is full', async () => {
    const editor = n.as('editor')
    // Two long texts at once on one thread with no queue: one is read, the other refused.
    const answers = await Promise.all([
      editor.post('/api/newsroom/extract', { text: LONG }),
      editor.post('/api/newsroom/extract', { text: LONG }),
      n.as('anonymous').get('/api/public/stories'),
    ])
    const other = answers.pop()!
    const [first, busy] = answers.sort((a, b) => a.status - b.status)
    expect(busy.status).toBe(503)
    expect(Number(busy.headers['retry-after'])).toBeGreaterThanOrEqual(1)
    expect(busy.body.errors[0].message).toMatch(/busy/)
    expect(other.status).toBe(200)
    expect(first.status).toBe(200)
    expect(first.body.suggestions).toHaveLength(1000)
    // Once the thread is free, the next text is read.
    const again = await editor.post('/api/newsroom/extract', { text: SENTENCE })
    expect(again.status).toBe(200)
    expect(n.serverErrors.filter((e) => !e.includes('503'))).toEqual([])
  })
})
