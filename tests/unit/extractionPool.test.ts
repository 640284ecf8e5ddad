import { extractClaims } from '../../src/extract/extractClaims.js'
import { ExtractionBusy, ExtractionPool } from '../../src/extract/extractionPool.js'

// Our own sentences; repeated, a text that takes the extractor a while.
const PARAGRAPH = [
  'Rescuers pulled at least 40 survivors from the rubble overnight, the fire brigade said.',
  'A hospital official told Reuters that 12 people were in critical condition.',
  'About 3,000 families were moved to shelters, according to the regional governor.',
].join(' ')
const LONG = Array.from({ length: 60 }, () => PARAGRAPH).join('\n')

describe('the extraction pool', () => {
  const pools: ExtractionPool[] = []
  const pool = (threads: number, queue: number, timeoutMs = 120_000) => {
    const p = new ExtractionPool({ threads, queue, timeoutMs })
    pools.push(p)
    return p
  }
  afterAll(() => Promise.all(pools.map((p) => p.close())))

  it('answers what the extractor answers in this thread', async () => {
    const sources = [{ id: 7, name: 'City fire brigade', aliases: ['the fire brigade'] }]
    expect(await pool(1, 4).extract(PARAGRAPH, { sources })).toEqual(
      extractClaims(PARAGRAPH, { sources }),
    )
  })

  it('leaves the event loop free while it reads a long text', async () => {
    let done = false
    const reading = pool(1, 4)
      .extract(LONG)
      .then((s) => {
        done = true
        return s
      })
    // Run inline, the extraction would finish before this timer could fire.
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(done).toBe(false)
    expect((await reading).length).toBe(extractClaims(LONG).length)
  })

  it('refuses a text when every thread is busy and the queue is full, with a wait to suggest', async () => {
    const p = pool(1, 1)
    const first = p.extract(LONG)
    const second = p.extract(LONG)
    const third = p.extract(LONG)
    await expect(third).rejects.toBeInstanceOf(ExtractionBusy)
    await expect(third).rejects.toMatchObject({ retryAfter: expect.any(Number) })
    expect(
      ((await third.catch((e: unknown) => e)) as ExtractionBusy).retryAfter,
    ).toBeGreaterThanOrEqual(1)
    await expect(first).resolves.toHaveLength(extractClaims(LONG).length)
    await expect(second).resolves.toHaveLength(extractClaims(LONG).length)
    // Room again once the queue drained.
    await expect(p.extract(PARAGRAPH)).resolves.toHaveLength(3)
  })

  it('stops a text that takes too long, and the next one gets a fresh thread', async () => {
    const p = pool(1, 2, 30)
    await expect(p.extract(LONG)).rejects.toBeInstanceOf(ExtractionBusy)
    const quick = new ExtractionPool({ threads: 1, queue: 2, timeoutMs: 120_000 })
    pools.push(quick)
    await expect(quick.extract(PARAGRAPH)).resolves.toHaveLength(3)
  })
})
