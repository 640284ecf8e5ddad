import { readFileSync } from 'node:fs'
import path from 'node:path'
import { extractClaims, type Suggestion } from '../../src/extract/index.js'

/** The figure with the given phrase; fails when it is not found. */
function find(text: string, phrase: string): Suggestion {
  const all = extractClaims(text)
  const found = all.find((s) => s.text === phrase)
  if (!found) throw new Error(`"${phrase}" not found in ${JSON.stringify(all.map((s) => s.text))}`)
  return found
}

/**
 * Attribution constructions of issue #16, in our own words: the text, the figure's phrase, and the
 * source, relay and verb it must get.
 */
const CASES: {
  name: string
  text: string
  phrase: string
  source: string | null
  via: string | null
  verb: string | null
}[] = JSON.parse(
  readFileSync(path.join(import.meta.dirname, 'extractAttribution.cases.json'), 'utf8'),
)

describe('attribution constructions', () => {
  it.each(CASES)('$name', ({ text, phrase, source, via, verb }) => {
    const s = find(text, phrase)
    expect([s.source, s.via, s.attributionVerb]).toEqual([source, via, verb])
  })

  it('does not take a place in an apposition for a name', () => {
    const text = 'Police in the capital, Lisbon, said 30 people were arrested.'
    expect(find(text, '30 people').source).not.toBe('Lisbon')
  })
})
