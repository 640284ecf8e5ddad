import path from 'node:path'
import { extractClaims } from '../../src/extract/index.js'
import { paperUnit, readNewsQuant, scoreNewsQuant } from '../../scripts/evaluation/newsquant.js'

const SAMPLE = path.join('tests', 'fixtures', 'extract-newsquant', 'sample.json')

describe('NewsQuant scorer (the paper protocol, on a sample in our own words)', () => {
  it('reads nothing where the data set is absent', () => {
    expect(readNewsQuant(path.join('tests', 'fixtures', 'no-such-file.json'))).toBeNull()
  })

  it('scores value and value+unit matches sentence by sentence', () => {
    const sentences = readNewsQuant(SAMPLE)!
    const r = scoreNewsQuant(sentences, (text) => extractClaims(text))
    expect(r).toMatchObject({ sentences: 4, gold: 4, predicted: 4 })
    expect(r.value).toMatchObject({ matched: 4, f1: 1 })
    expect(r.valueUnit).toMatchObject({ matched: 4, f1: 1 })
    expect(r.missed).toEqual([])
  })

  it('counts a value whose unit disagrees for value F1 only', () => {
    const sentences = readNewsQuant(SAMPLE)!
    const r = scoreNewsQuant(sentences, (text) =>
      extractClaims(text).map((s) => (s.unit === 'mi' ? { ...s, unit: 'km' } : s)),
    )
    expect(r.value.matched).toBe(4)
    expect(r.valueUnit.matched).toBe(3)
    expect(r.valueUnit.recall).toBeCloseTo(0.75)
  })

  it('matches a gold range by both ends and names our units as the paper does', () => {
    const r = scoreNewsQuant(
      [
        {
          text: 'The lake is 20 to 30 metres deep.',
          quantities: [{ change: '=', value: '20-30', unit: 'metres', normalized_unit: 'metre' }],
        },
      ],
      (text) => extractClaims(text),
    )
    expect(r.value.matched).toBe(1)
    expect(paperUnit('USD')).toBe('dollar')
    expect(paperUnit('passengers')).toBe('passenger')
  })

  it('names our units as the paper does, a rate part by part', () => {
    // Ours → the paper's: money, temperature, rates, fuel economy, metric horsepower, unit per unit.
    const names: Record<string, string> = {
      CNY: 'chinese yuan',
      '°C': 'celsius',
      'bbl/d': 'barrel per day',
      'km/h': 'kilometre per hour',
      GHz: 'gigahertz',
      mpg: 'mile per gallon',
      PS: 'horsepower',
      'g/km': 'gram per kilometre',
      'kV/cm': 'kilovolt per centimetre',
      'A/cm2': 'ampere per square centimetre',
    }
    expect(Object.keys(names).map(paperUnit)).toEqual(Object.values(names))
  })

  it('reads a price per unit from its phrase, spaced ranges, plural spellings and head nouns', () => {
    const r = scoreNewsQuant(
      [
        {
          text: 'Lamp oil sold at $4.10 per litre, and 3 to 4 new depots opened.',
          quantities: [
            {
              change: '=',
              value: '4.10',
              unit: '$ per litre',
              normalized_unit: 'dollar per litre',
            },
            { change: '=', value: '3.0 - 4.0', unit: 'depots', normalized_unit: 'fuel depot' },
          ],
        },
        {
          text: 'Each portion has 250 calories.',
          quantities: [{ change: '=', value: '250', unit: 'calories', normalized_unit: 'calorie' }],
        },
      ],
      (text) => extractClaims(text),
    )
    expect(r.value.matched).toBe(3)
    // "depots" is the head of the set's "fuel depot": a match by head only.
    expect(r.valueUnit.matched).toBe(2)
    expect(r.valueUnitHead.matched).toBe(3)
  })

  it('reads the time of a percentage or a count of times per time, and the symbol "Nm"', () => {
    const quantity = (value: string, normalized: string) => ({
      change: '=',
      value,
      unit: normalized,
      normalized_unit: normalized,
    })
    const r = scoreNewsQuant(
      [
        {
          text: 'Rents have risen 4 percent a year, and the rotor turns 900 times a minute.',
          quantities: [quantity('4', 'percentage per year'), quantity('900', 'count per minute')],
        },
        { text: 'The motor gives 320 Nm.', quantities: [quantity('320', 'Nm')] },
      ],
      (text) => extractClaims(text),
    )
    expect(r.valueUnit.matched).toBe(3)
  })
})
