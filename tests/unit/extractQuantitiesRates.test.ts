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
  it('keeps a range of changes after "by"', () => {
    const [s] = readsBack('Fares fell by 2 to 4 percent in the spring.')
    expect(s).toMatchObject({ text: '2 to 4 percent', lower: 2, upper: 4, qualifier: 'range' })
  })
})

describe('counts of times', () => {
  it('still skips a ratio to another figure', () => {
    expect(
      figures(
        'Rents are three times the national average, five times as high as in 2010 and six times higher than wages.',
      ),
    ).toEqual([])
  })
})

describe('a unit of measure or money written once for two numbers', () => {
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

/**
 * Sentences of each construction and their figures, written "phrase | value | unit"; every figure
 * must also read back through the figure hook.
 */
const READ_AS: Record<string, [string, string[]]> = {
  'reads "a month", "per year" and a range of yearly pay': [
    'Members pay €9.50 a month for the app, the grant is worth $40,000 per year and staff earn between $52,000 and $61,000 a year.',
    [
      '€9.50 a month | 9.5 | EUR',
      '$40,000 per year | 40000 | USD',
      'between $52,000 and $61,000 a year | 52000 | USD',
    ],
  ],
  'reads the change and the level it reached when the second end is far larger': [
    'The fund grew by $2.5 billion to $31 billion last year.',
    ['$2.5 billion | 2.5e9 | USD', '$31 billion | 31e9 | USD'],
  ],
  'reads a count of occurrences and a valuation multiple with the unit "times"': [
    'The probe has circled the planet more than 4,100 times, and the shares trade at 14 times earnings.',
    ['more than 4,100 times | 4100 | times', '14 times | 14 | times'],
  ],
  'gives a bare number the unit of an earlier figure of a like size': [
    'The top bid was 91.5 cents and the lowest 80.25, while the index added 12.4 points to 3,410.55.',
    [
      '91.5 cents | 91.5 | cents',
      '80.25 | 80.25 | cents',
      '12.4 points | 12.4 | points',
      '3,410.55 | 3410.55 | points',
    ],
  ],
  'reads both measures of "150kW/310Nm"': [
    'Output: 150kW/310Nm from the new motor.',
    ['150kW | 150 | kW', '310Nm | 310 | Nm'],
  ],
  'reads a minus sign written after the currency symbol': [
    'The trade balance slipped to $-12.4bn in May.',
    ['$-12.4bn | -12.4e9 | USD'],
  ],
  'reads "C $" as Canadian dollars': ['Holders were paid C $8 in cash.', ['C $8 | 8 | CAD']],
  'reads a capital scale letter after decimals as millions or billions, not a label': [
    'The app passed 2.5B downloads and 1.2M reviews; she lives in flat 4B.',
    ['2.5B downloads | 2.5e9 | downloads', '1.2M reviews | 1.2e6 | reviews'],
  ],
  'reads fuel economy, emissions per distance and other units over units': [
    'It returns 52.3mpg/122g/km, and the cell ran at 2.5 A/cm2 in a field of 8 kV/cm.',
    [
      '52.3mpg | 52.3 | mpg',
      '122g/km | 122 | g/km',
      '2.5 A/cm2 | 2.5 | A/cm2',
      '8 kV/cm | 8 | kV/cm',
    ],
  ],
  'reads horsepower in capitals and metric horsepower (PS)': [
    'The coupe makes 510 HP, or 517 PS in Europe.',
    ['510 HP | 510 | hp', '517 PS | 517 | PS'],
  ],
  'reads a count of times after a capitalised name, which a label number never has': [
    'The satellite has circled Venus 1,400 times.',
    ['1,400 times | 1400 | times'],
  ],
  'reads four digits after "a total of" or "an average of" as an amount, not a year': [
    'Each household will pay a total of 1950, and fares rise by an average of 1800.',
    ['1950 | 1950 | null', '1800 | 1800 | null'],
  ],
  'keeps a duration whose time unit follows "straight", "previous" or "more"': [
    'Output fell for three straight years, and the plant will shut for two more months.',
    ['three straight years | 3 | y', 'two more months | 2 | month'],
  ],
  'counts the noun after modifiers joined by "and" or qualified by an adverb': [
    'The label sold 3.4 million digital and physical albums and needs about 15 newly built depots.',
    [
      '3.4 million digital and physical albums | 3.4e6 | albums',
      'about 15 newly built depots | 15 | depots',
    ],
  ],
  "gives a level written before its change the change's points": [
    'The Nikkei (28,114.50, up 140.25 points) led Asia.',
    ['28,114.50 | 28114.5 | points', '140.25 points | 140.25 | points'],
  ],
  'gives a part of an amount of money the currency of its whole': [
    'The club has raised 40 million of the 120 million euros it needs.',
    ['40 million | 40e6 | EUR', '120 million euros | 120e6 | EUR'],
  ],
  'reads "X or Y … respectively" as two figures, not a range': [
    'The new model undercuts its German and Swedish rivals by 4% or 6% respectively.',
    ['4% | 4 | percent', '6% | 6 | percent'],
  ],
  'keeps the time of a percentage per time, but not of an offset': [
    'Sales have grown 6 percent a year since 2015, against 3 percent a year earlier.',
    ['6 percent a year | 6 | percent', '3 percent | 3 | percent'],
  ],
}

/** "80.25 | 80.25 | cents" as the [phrase, value, unit] `figures` gives. */
function figureOf(written: string): [string, number, string | null] {
  const [phrase, value, unit] = written.split(' | ')
  return [phrase, Number(value), unit === 'null' ? null : unit]
}

describe('a possessive after "one of" opens another noun phrase', () => {
  it('reads "one of our busiest branches" as the pronoun "one", as "one of the busiest"', () => {
    expect(
      figures('It is one of our busiest branches, with two of their drivers on leave.'),
    ).toEqual([['two of their drivers', 2, 'drivers']])
  })
})

describe('figures read as written, and back', () => {
  it.each(Object.entries(READ_AS))('%s', (_title, [text, expected]) => {
    expect(figures(text)).toEqual(expected.map(figureOf))
    readsBack(text)
  })
})
