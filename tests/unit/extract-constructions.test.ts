import { extractClaims, type Suggestion } from '../../src/extract/index.js'

/** The figures of a text as [phrase, value] pairs. */
function figures(text: string): [string, number][] {
  return extractClaims(text).map((s) => [s.text, s.value])
}

/** The figure with the given phrase; fails when it is not found. */
function find(text: string, phrase: string): Suggestion {
  const found = extractClaims(text).find((s) => s.text === phrase)
  if (!found) throw new Error(`"${phrase}" not found in ${JSON.stringify(figures(text))}`)
  return found
}

describe('sentences and numbers that are not counts', () => {
  it('ends a sentence after a unit abbreviation', () => {
    const text = 'The ash cloud rose 12 km. Nearly 900 villagers were moved out, officials said.'
    const s = find(text, 'Nearly 900 villagers')
    expect(s.sentence).toBe('Nearly 900 villagers were moved out, officials said.')
    expect(s.source).toBe('officials')
  })

  it('keeps a hyphenated modifier inside the counted noun', () => {
    expect(figures('Crews used 9 fire-fighting planes over the hills.')).toEqual([
      ['9 fire-fighting planes', 9],
    ])
  })

  it('skips an age set off by commas after a singular noun', () => {
    expect(figures('The driver, 63, and two passengers were hurt.')).toEqual([
      ['two passengers', 2],
    ])
    expect(figures('Among those killed was a retired teacher, 68.')).toEqual([])
  })

  it('skips the ages of a retirement-age change and "N times the average"', () => {
    expect(figures('The bill lifts the retirement age from 60 to 63 over ten years.')).toEqual([])
    expect(
      figures('The river rose to four times its usual level, and six times the average.'),
    ).toEqual([])
  })
})
