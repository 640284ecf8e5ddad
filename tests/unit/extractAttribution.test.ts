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

  it('drops a count that opens its source, and keeps every other figure inside a source', () => {
    const texts = (text: string) => extractClaims(text).map((s) => s.text)
    expect(
      texts('Three senior finance ministry officials said the plan would cost 2 billion euros.'),
    ).toEqual(['2 billion euros'])
    expect(
      texts('Citing three port officials, the daily Baltik reported that 12 cranes were idle.'),
    ).toEqual(['12 cranes'])
    expect(
      texts('The Bergen Herald, citing two engineers at the airline, reported 9 cancellations.'),
    ).toEqual(['9 cancellations'])
    expect(
      texts('Three people familiar with the talks said the deal was worth 4 billion dollars.'),
    ).toEqual(['4 billion dollars'])
    expect(texts('A union of 5,000 nurses said 120 wards were closed.')).toEqual([
      '5,000 nurses',
      '120 wards',
    ])
    expect(texts('At least 40 percent of those asked said they would vote.')).toEqual([
      'At least 40 percent',
    ])
  })

  it('matches a resolved description to the Source record of its antecedent', () => {
    const sources = [
      { id: 'nha', name: 'National Health Agency', aliases: ['NHA'] },
      { id: 'mt', name: 'Mersa Tribune' },
    ]
    const text =
      'The national health agency put suspected cases at 1,130.\n' +
      'The agency noted that its vaccine stocks would last 10 days.'
    const [, later] = extractClaims(text, { sources })
    expect([later.text, later.source, later.matchedSourceId]).toEqual([
      '10 days',
      'The national health agency',
      'nha',
    ])
    // With no antecedent, "the agency" names no one and matches no record.
    const [alone] = extractClaims('The agency said stocks would last 10 days.', { sources })
    expect([alone.source, alone.matchedSourceId]).toEqual(['The agency', null])
  })

  it('does not take a place in an apposition for a name', () => {
    const text = 'Police in the capital, Lisbon, said 30 people were arrested.'
    expect(find(text, '30 people').source).not.toBe('Lisbon')
  })
})
