/**
 * Constructions of issue #16 that NewsQuant (the CQE paper's news test set) showed missing: money
 * rates per time, a change "by X to Y", counts of times, a unit of measure written once for two
 * numbers, measures listed with a slash, "one" with its noun, thousands written "k", and the year
 * of a date. Every sentence here is ours; each suggestion must read back through the figure hook.
 */
import { extractClaims, type Suggestion } from '../../src/extract/index.js'
import { suggestionToClaim } from '../../src/extract/suggestionToClaim.js'
import { completeFigure } from '../../src/figures/index.js'

/** The figures of a text as [phrase, value, unit]. */
function figures(text: string): [string, number, string | null][] {
  return extractClaims(text).map((s) => [s.text, s.value, s.unit])
}

/** Stores each suggestion as the figure hook would and checks it reads back to the same fields. */
function readsBack(text: string): Suggestion[] {
  const found = extractClaims(text)
  for (const s of found) {
    const data = suggestionToClaim(s, { story: 1, update: 1, viaSourceId: null })
    const stored = completeFigure({
      phrase: data.phrase as string,
      unit: (data.unit as string) ?? null,
    })
    expect([s.text, stored.ok ? stored.figure : stored.errors]).toMatchObject([
      s.text,
      { value: s.value, lower: s.lower, upper: s.upper, qualifier: s.qualifier, unit: s.unit },
    ])
  }
  return found
}

describe('a money rate per time keeps its time in the phrase', () => {
  it('reads "a month", "per year" and a range of yearly pay', () => {
    const text =
      'Members pay €9.50 a month for the app, the grant is worth $40,000 per year and staff earn between $52,000 and $61,000 a year.'
    expect(figures(text)).toEqual([
      ['€9.50 a month', 9.5, 'EUR'],
      ['$40,000 per year', 40000, 'USD'],
      ['between $52,000 and $61,000 a year', 52000, 'USD'],
    ])
    readsBack(text)
  })

  it('leaves "a year earlier" and "a week ago" outside: they place the amount in time', () => {
    const text = 'Profit reached $3.1 billion from $2.6 billion a year earlier and £80m a week ago.'
    expect(figures(text).map(([phrase]) => phrase)).toEqual([
      '$3.1 billion',
      '$2.6 billion',
      '£80m',
    ])
    readsBack(text)
  })
})

describe('a change "by X to Y"', () => {
  it('reads the change and the level it reached when the second end is far larger', () => {
    const text = 'The fund grew by $2.5 billion to $31 billion last year.'
    expect(figures(text)).toEqual([
      ['$2.5 billion', 2.5e9, 'USD'],
      ['$31 billion', 31e9, 'USD'],
    ])
    readsBack(text)
  })

  it('keeps a range of changes after "by"', () => {
    const [s] = readsBack('Fares fell by 2 to 4 percent in the spring.')
    expect(s).toMatchObject({ text: '2 to 4 percent', lower: 2, upper: 4, qualifier: 'range' })
  })
})

describe('counts of times', () => {
  it('reads a count of occurrences and a valuation multiple with the unit "times"', () => {
    const text =
      'The probe has circled the planet more than 4,100 times, and the shares trade at 14 times earnings.'
    expect(figures(text)).toEqual([
      ['more than 4,100 times', 4100, 'times'],
      ['14 times', 14, 'times'],
    ])
    readsBack(text)
  })

  it('still skips a ratio to another figure', () => {
    expect(
      figures(
        'Rents are three times the national average, five times as high as in 2010 and six times higher than wages.',
      ),
    ).toEqual([])
  })
})

describe('a unit of measure or money written once for two numbers', () => {
  it('gives a bare number the unit of an earlier figure of a like size', () => {
    const text =
      'The top bid was 91.5 cents and the lowest 80.25, while the index added 12.4 points to 3,410.55.'
    expect(figures(text)).toEqual([
      ['91.5 cents', 91.5, 'cents'],
      ['80.25', 80.25, 'cents'],
      ['12.4 points', 12.4, 'points'],
      ['3,410.55', 3410.55, 'points'],
    ])
    readsBack(text)
  })

  it('lends money and measures but not a percentage, a duration or a counted noun', () => {
    expect(figures('The model costs 1,980,000 yen and the hybrid 2,150,000.')).toEqual([
      ['1,980,000 yen', 1980000, 'JPY'],
      ['2,150,000', 2150000, 'JPY'],
    ])
    expect(figures('Shares rose 4.2% to 18.60 on Monday.')).toEqual([
      ['4.2%', 4.2, 'percent'],
      ['18.60', 18.6, null],
    ])
    expect(figures('Troops killed 14 fighters and captured 30.')).toEqual([
      ['14 fighters', 14, 'fighters'],
      ['30', 30, null],
    ])
  })
})

describe('measures listed with a slash, "one" with its noun, thousands in "k", dated years', () => {
  it('reads both measures of "150kW/310Nm"', () => {
    const text = 'Output: 150kW/310Nm from the new motor.'
    expect(figures(text)).toEqual([
      ['150kW', 150, 'kW'],
      ['310Nm', 310, 'Nm'],
    ])
    readsBack(text)
  })

  it('ends "one" and its noun before a verb read as a plural', () => {
    expect(figures('One plan asks the council to sell the depot.')).toEqual([
      ['One plan', 1, 'plan'],
    ])
  })

  it('reads "25k" as thousands, but not "a 5k run"', () => {
    expect(figures('Entry-level cars now sell for 25k.')).toEqual([['25k', 25000, null]])
    expect(figures('She won a 5k run on Sunday.')).toEqual([])
  })

  it('takes the year of "Jan 4 2020" for a date, not a count of the noun after it', () => {
    expect(figures('Updated Jan 4 2020 city officials said 40 roads were shut.')).toEqual([
      ['40 roads', 40, 'roads'],
    ])
  })
})
