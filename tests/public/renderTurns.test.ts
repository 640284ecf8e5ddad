import type { Payload } from 'payload'

import { renderInTurn, renderTurnsOf } from '../../src/public/http/renderTurns.js'
import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'
import { PREFIX } from './helpers/publicClient.js'

/** Lets a render whose turn has come begin (it yields once to the event loop first). */
const turnsOfTheLoop = async () => {
  for (let i = 0; i < 2; i++) await new Promise((r) => setImmediate(r))
}

/** A render that says how often it ran and waits until the test lets it finish. */
function countedRender() {
  let runs = 0
  let finish: (value: string) => void = () => {}
  const render = () => {
    runs++
    return new Promise<string>((resolve) => (finish = resolve))
  }
  return { render, runs: () => runs, finish: (value: string) => finish(value) }
}

describe('renders of uncached public reads take turns', () => {
  it('lets readers of one document who come while its render waits share it, and only those', async () => {
    const instance = {} as Payload
    const { semaphore } = renderTurnsOf(instance, { inFlight: 2 })
    const held = [await semaphore.acquire(1000), await semaphore.acquire(1000)]
    const story = countedRender()
    const list = countedRender()
    // Five readers of the same story while every turn is taken: one render, five answers.
    const readers = Array.from({ length: 5 }, () => renderInTurn(instance, 'story', story.render))
    const listReader = renderInTurn(instance, 'list', list.render)
    for (const release of held) release()
    await turnsOfTheLoop()
    expect([story.runs(), list.runs()]).toEqual([1, 1])
    // Begun: a reader from now on may have written since, and gets a render of its own.
    const later = renderInTurn(instance, 'story', story.render)
    story.finish('first')
    expect(await Promise.all(readers)).toEqual(Array(5).fill('first'))
    await turnsOfTheLoop()
    expect(story.runs()).toBe(2)
    story.finish('second')
    list.finish('list')
    expect(await later).toBe('second')
    expect(await listReader).toBe('list')
    expect(list.runs()).toBe(1)
  })
})

describe.each(TEST_DATABASES)('the render queue of the public API on %s', (database) => {
  let n: TestNewsroom
  beforeAll(async () => {
    n = await startNewsroom(database, { newsroom: { publicApi: { cache: false } } })
  })
  afterAll(async () => {
    await n?.stop()
  })

  it('answers 503 with Retry-After when no render turn comes free in time, then serves again', async () => {
    // One turn and no wait: the test holds the turn, so the read cannot have one.
    const { semaphore } = renderTurnsOf(n.payload, { inFlight: 1, waitMs: 0 })
    const release = await semaphore.acquire(1000)
    const refused = await n.as('anonymous').get(`${PREFIX}/stories`)
    release()
    expect(refused.status).toBe(503)
    expect(refused.headers['retry-after']).toMatch(/^\d+$/)
    expect(refused.headers['content-type']).toMatch(/problem\+json/)
    const served = await n.as('anonymous').get(`${PREFIX}/stories`)
    expect(served.status).toBe(200)
    // The one 5xx is the refusal this test asked for.
    expect(n.serverErrors.filter((e) => !e.endsWith('→ 503'))).toEqual([])
  })
})
