import fc from 'fast-check'
import { extractClaims, matchSource, type Suggestion } from '../../src/extract/index.js'
import { evaluate } from '../../scripts/evaluation/evaluate.js'
import { externalArticle, REFERENCE_ARTICLE } from '../helpers/fixtures.js'

/** The figures of a text as [phrase, value] pairs, for compact expectations. */
function figures(text: string): [string, number][] {
  return extractClaims(text).map((s) => [s.text, s.value])
}

function only(text: string): Suggestion {
  const found = extractClaims(text)
  expect(found).toHaveLength(1)
  return found[0]
}

describe('extractClaims: numbers', () => {
  it.each([
    ['The flood damaged 12,480 houses in the valley.', '12,480 houses', 12480],
    ['Rescuers found two fishermen clinging to the hull.', 'two fishermen', 2],
    ['The region is home to nine million farmers.', 'nine million farmers', 9e6],
    ['The camp now shelters half a million refugees.', 'half a million refugees', 5e5],
    ['The donors pledged £50bn for reconstruction.', '£50bn', 5e10],
    ['The charity raised $4.4 million in a week.', '$4.4 million', 4.4e6],
    ['Unemployment reached 12% in the north.', '12%', 12],
    ['Prices rose by 7 percent over the winter.', '7 percent', 7],
    ['Divers recovered between 20 and 30 bodies from the lake.', 'between 20 and 30 bodies', 20],
    ['Divers recovered 20 to 30 bodies from the lake.', '20 to 30 bodies', 20],
    ['The strike closed a dozen schools.', 'a dozen schools', 12],
  ])('finds the figure in "%s"', (text, phrase, value) => {
    expect(figures(text)).toEqual([[phrase, value]])
  })

  it('reads a range with both bounds and the lower bound as value', () => {
    expect(only('Divers recovered between 20 and 30 bodies from the lake.')).toMatchObject({
      value: 20,
      lower: 20,
      upper: 30,
      qualifier: 'range',
      unit: 'bodies',
    })
  })

  it('reads money with its currency code and percentages with "percent"', () => {
    expect(only('The donors pledged over £50bn for reconstruction.')).toMatchObject({
      lower: 5e10,
      qualifier: 'moreThan',
      unit: 'GBP',
    })
    expect(only('Unemployment reached 12% in the north.').unit).toBe('percent')
  })

  it('gives the span of the figure phrase in the text', () => {
    const text = 'First line.\nThe storm flattened at least 300 homes overnight.'
    const { span, text: phrase } = only(text)
    expect(text.slice(span.start, span.end)).toBe(phrase)
    expect(phrase).toBe('at least 300 homes')
  })
})

describe('extractClaims: qualifiers and bounds', () => {
  it.each([
    ['at least 40 miners', 'atLeast', 40, null],
    ['more than 40 miners', 'moreThan', 40, null],
    ['over 40 miners', 'moreThan', 40, null],
    ['nearly 40 miners', 'nearly', null, 40],
    ['almost 40 miners', 'nearly', null, 40],
    ['about 40 miners', 'about', null, null],
    ['around 40 miners', 'about', null, null],
    ['some 40 miners', 'about', null, null],
    ['an estimated 40 miners', 'about', null, null],
    ['up to 40 miners', 'upTo', null, 40],
    ['as many as 40 miners', 'upTo', null, 40],
    ['at most 40 miners', 'atMost', null, 40],
    ['fewer than 40 miners', 'lessThan', null, 40],
    ['less than 40 miners', 'lessThan', null, 40],
    ['40 miners', 'exact', null, null],
  ])('"%s" is %s', (phrase, qualifier, lower, upper) => {
    expect(only(`The collapse trapped ${phrase} underground.`)).toMatchObject({
      text: phrase,
      value: 40,
      qualifier,
      lower,
      upper,
      unit: 'miners',
    })
  })
})

describe('extractClaims: the counted noun', () => {
  it.each([
    ['The blast wounded seven Dutch tourists near the port.', 'seven Dutch tourists', 'tourists'],
    ['The ferry carried 600 passengers home to the islands.', '600 passengers', 'passengers'],
    [
      'Officials deployed 2,000 police officers for the match.',
      '2,000 police officers',
      'officers',
    ],
    ['Thousands of residents fled the fire.', 'Thousands of residents', 'residents'],
    ['The tally showed at least 30 dead after the landslide.', 'at least 30 dead', 'dead'],
  ])('"%s" counts %s', (text, phrase, unit) => {
    expect(only(text)).toMatchObject({ text: phrase, unit })
  })

  it('reads "tens of thousands" as the range 20,000 to 100,000', () => {
    expect(only('Tens of thousands of people filled the square.')).toMatchObject({
      text: 'Tens of thousands of people',
      qualifier: 'range',
      lower: 20_000,
      upper: 100_000,
      unit: 'people',
    })
  })
})

describe('extractClaims: numbers that are not reported figures', () => {
  it.each([
    ['a date', 'The talks resumed on March 14 in Geneva.'],
    ['a year', 'The dam was completed in 1987 by a state firm.'],
    ['a date with a year', 'The ceasefire began on 3 June 2021.'],
    ['a time of day', 'The first tremor came at 6 pm and the second at 11:40.'],
    ['an age', 'A 71-year-old shepherd, aged 71, was the first to raise the alarm.'],
    ['an age in apposition', 'Lena Brandt, 38, said she had lost everything.'],
    ['an ordinal', 'It was the 3rd flood this decade and the second in a row.'],
    ['a time that places an event', 'Two days ago the river burst; three hours later it fell.'],
    ['a time written as an offset', 'A week earlier the dam held; ten years from now it may not.'],
    ['a label', 'Flight 302 was grounded under Article 12 of the code.'],
    ['a pronoun "one"', 'It is one of the worst disasters on record.'],
    ['a back-reference in words', 'The two men were later released.'],
    ['a range of years', 'The survey covered the years between 2015 and 2020.'],
  ])('skips %s', (_what, text) => {
    expect(figures(text)).toEqual([])
  })
})

describe('extractClaims: physical measures, durations and rates', () => {
  /** The figures of a text as [phrase, value, unit]. */
  const measures = (text: string) => extractClaims(text).map((s) => [s.text, s.value, s.unit])

  it.each([
    [
      'A magnitude 6.4 tremor followed the 5.9-magnitude foreshock.',
      [
        ['6.4', 6.4, 'magnitude'],
        ['5.9-magnitude', 5.9, 'magnitude'],
      ],
    ],
    [
      'The siege lasted 36 hours and the curfew three days.',
      [
        ['36 hours', 36, 'h'],
        ['three days', 3, 'd'],
      ],
    ],
    ['The epicentre was 15 km west of the town.', [['15 km', 15, 'km']]],
    [
      'Winds of 150 km/h and gusts of 80 miles per hour.',
      [
        ['150 km/h', 150, 'km/h'],
        ['80 miles per hour', 80, 'mph'],
      ],
    ],
    [
      'The fire burned 12,000 hectares and 2 square kilometres of forest.',
      [
        ['12,000 hectares', 12000, 'ha'],
        ['2 square kilometres', 2, 'km2'],
      ],
    ],
    ['The plant pumps 2 million litres per day.', [['2 million litres per day', 2e6, 'l/d']]],
    [
      'A 12.3-inch screen, a 10km run and a 36-hour siege.',
      [
        ['12.3-inch', 12.3, 'in'],
        ['10km', 10, 'km'],
        ['36-hour', 36, 'h'],
      ],
    ],
    [
      'The tanker was 20 nautical miles offshore as the mercury hit 44C.',
      [
        ['20 nautical miles', 20, 'nmi'],
        ['44C', 44, '°C'],
      ],
    ],
  ])('reads the measures of %j with a canonical unit', (text, expected) => {
    expect(measures(text)).toEqual(expected)
  })

  it('reads a duration followed by a clause of time, and "gave way" attributes nothing', () => {
    expect(measures('The ferry listed for nearly 20 minutes before it went down.')).toEqual([
      ['nearly 20 minutes', 20, 'min'],
    ])
    const [wave] = extractClaims(
      'A wall gave way, sending a 6-metre wave through three villages, the agency said.',
    )
    expect([wave.text, wave.source, wave.attributionVerb]).toEqual([
      '6-metre',
      'the agency',
      'said',
    ])
  })

  it('keeps the qualifier and the range of a measure', () => {
    expect(only('Winds reached up to 215 km/h, forecasters said.')).toMatchObject({
      text: 'up to 215 km/h',
      qualifier: 'upTo',
      upper: 215,
      unit: 'km/h',
      source: 'forecasters',
    })
    expect(only('The cordon stretched 3 to 5 km.')).toMatchObject({
      qualifier: 'range',
      lower: 3,
      upper: 5,
      unit: 'km',
    })
  })
})

describe('extractClaims: attribution', () => {
  it('takes the subject of "said" before the figure', () => {
    expect(only('Regional officials said the floods had killed 41 people.')).toMatchObject({
      source: 'Regional officials',
      attributionVerb: 'said',
      via: null,
    })
  })

  it('takes an attribution that follows the clause', () => {
    expect(only('Sixty people were injured in the crush, police said.')).toMatchObject({
      text: 'Sixty people',
      source: 'police',
      attributionVerb: 'said',
    })
  })

  it('attributes every figure of the sentence to a closing attribution', () => {
    const found = extractClaims(
      'At least 12 people died and 40 were hurt, the fire brigade said on Sunday.',
    )
    expect(found.map((s) => [s.text, s.source])).toEqual([
      ['At least 12 people', 'the fire brigade'],
      ['40', 'the fire brigade'],
    ])
  })

  it('reads "claimed", "estimated" and "denied"', () => {
    expect(only('The rebels claimed they had captured 60 soldiers.')).toMatchObject({
      source: 'The rebels',
      attributionVerb: 'claimed',
    })
    expect(only('Analysts estimated the militia had around 800 members.')).toMatchObject({
      source: 'Analysts',
      attributionVerb: 'estimated',
    })
    expect(only('The navy denied that 15 sailors were missing.')).toMatchObject({
      source: 'The navy',
      attributionVerb: 'denied',
    })
  })

  it('reads "according to X" before or after the figure', () => {
    expect(
      only('According to the health ministry, 212 patients remain in hospital.'),
    ).toMatchObject({
      source: 'the health ministry',
      attributionVerb: 'according to',
    })
    expect(
      only('The toll rose to 1,200 overnight, according to the civil defence agency.'),
    ).toMatchObject({
      source: 'the civil defence agency',
      attributionVerb: 'according to',
    })
    expect(
      only('Turnout was 58% according to figures published by the election board.'),
    ).toMatchObject({
      source: 'the election board',
    })
  })

  it('records the relay of "X told Reuters" as via', () => {
    expect(
      only('A hospital source told Reuters that 19 patients had been evacuated.'),
    ).toMatchObject({
      source: 'A hospital source',
      via: 'Reuters',
      attributionVerb: 'told',
    })
    expect(only('A nurse told reporters that 19 patients had been evacuated.').via).toBeNull()
  })

  it('records the relay of "X reported, citing Y"', () => {
    expect(
      only('State radio reported, citing local officials, that 33 people had drowned.'),
    ).toMatchObject({
      source: 'local officials',
      via: 'State radio',
      attributionVerb: 'reported',
    })
  })

  it('reads an inverted "said X" after a quotation', () => {
    expect(
      only('“We have pulled 57 people from the rubble,” said Tomas Berg, a rescue coordinator.'),
    ).toMatchObject({
      source: 'Tomas Berg',
      attributionVerb: 'said',
    })
  })

  it('resolves a pronoun or "the group" to the nearest named mention in the paragraph', () => {
    const text =
      'The Northern Front attacked two border posts on Friday. The group said it had killed 14 guards.\n' +
      'The Coastal Alliance took part in the talks. It claimed 3,000 members.'
    expect(extractClaims(text).map((s) => [s.text, s.source])).toEqual([
      ['two border posts', null],
      ['14 guards', 'The Northern Front'],
      ['3,000 members', 'The Coastal Alliance'],
    ])
  })

  it('leaves a pronoun with nothing named before it as written', () => {
    expect(only('They said 25 houses had burned.').source).toBe('They')
  })

  it('does not read "claimed responsibility" as attributing a figure', () => {
    expect(
      only('The militia claimed responsibility for a raid that killed nine guards.').source,
    ).toBeNull()
  })

  it('does not report the count inside a source as a figure', () => {
    expect(figures('Two senior officials said 48 people were detained.')).toEqual([
      ['48 people', 48],
    ])
  })

  it('keeps figures without an attribution unattributed', () => {
    expect(only('The storm left 80,000 homes without power.')).toMatchObject({
      source: null,
      attributionVerb: null,
    })
  })
})

describe('extractClaims: sources in longer sentences', () => {
  it('takes the name before an apposition and skips participial clauses', () => {
    expect(
      only('Mira Sand, a spokeswoman for the coastguard, said 31 sailors had been found.').source,
    ).toBe('Mira Sand')
    expect(
      only('Officials, speaking on condition of anonymity, said 40 guards had fled.').source,
    ).toBe('Officials')
    expect(only('The league, founded in 1990, says it has 4,000 members.').source).toBe(
      'The league',
    )
  })

  it('carries the subject over to a second attribution verb', () => {
    const found = extractClaims(
      'The rebels said they had lost six men, and claimed that 35 soldiers had died.',
    )
    expect(found.map((s) => [s.text, s.source, s.attributionVerb])).toEqual([
      ['six men', 'The rebels', 'said'],
      ['35 soldiers', 'The rebels', 'claimed'],
    ])
  })

  it('gives a coordinated attribution verb the subject of the sentence', () => {
    expect(
      only('Union leader Ola Berg, 52, criticised the bosses and said 300 jobs were at risk.'),
    ).toMatchObject({
      source: 'Union leader Ola Berg',
      attributionVerb: 'said',
    })
  })

  it('resolves "it" to the last speaker of the paragraph', () => {
    const text =
      'The interior ministry said 18 officers were hurt in Tolva. It added that 9 cars were burned.'
    expect(extractClaims(text).map((s) => s.source)).toEqual([
      'The interior ministry',
      'The interior ministry',
    ])
  })

  it('records "told the BBC" as a relay', () => {
    expect(only('A teacher told the BBC that 70 pupils had been sent home.').via).toBe('the BBC')
  })

  it('attributes a figure in the clause of "put"', () => {
    expect(only('Independent analysts put the number closer to 1,500.')).toMatchObject({
      text: '1,500',
      source: 'Independent analysts',
      attributionVerb: 'put',
    })
  })
})

describe('extractClaims: more ways of writing numbers', () => {
  it.each([
    ['Several hundred people waited at the gate.', 'Several hundred people', 200, 'range'],
    ['A few thousand fans sang outside.', 'A few thousand fans', 2000, 'range'],
    ['The outage hit 1.5m homes.', '1.5m homes', 1.5e6, 'exact'],
    ['The outage hit 200-plus homes.', '200-plus homes', 200, 'moreThan'],
    ['The fund holds $3.2 mln in reserve.', '$3.2 mln', 3.2e6, 'exact'],
  ])('reads "%s"', (text, phrase, value, qualifier) => {
    expect(only(text)).toMatchObject({ text: phrase, value, qualifier })
  })

  it('keeps digits after "the" and a count of a pronoun', () => {
    expect(figures('Backers gathered 640,000 names, above the 500,000 needed.')).toEqual([
      ['640,000 names', 640000],
      ['500,000', 500000],
    ])
    expect(figures('Nine people were hurt, four of them badly.')).toEqual([
      ['Nine people', 9],
      ['four', 4],
    ])
  })

  it('reads "ranged from X to Y" as a range, "rose from X to Y" as two figures', () => {
    expect(only('Estimates of the crowd ranged from 10,000 to 50,000.')).toMatchObject({
      text: '10,000 to 50,000',
      lower: 10_000,
      upper: 50_000,
      metric: 'crowd',
    })
    expect(
      extractClaims('The toll rose from 30 to 45 overnight.').map((s) => [s.text, s.metric]),
    ).toEqual([
      ['30', 'toll'],
      ['45', 'toll'],
    ])
  })

  it('does not read "with 95% of precincts reporting" as an attribution', () => {
    expect(only('Lind won, with 95% of precincts reporting.')).toMatchObject({
      text: '95%',
      source: null,
    })
  })

  it('tells a nominal "wounded" from a verb', () => {
    expect(only('The clinic took in 60 wounded, a nurse said.').text).toBe('60 wounded')
    expect(figures('Five soldiers were killed and 41 wounded in the raid.')).toEqual([
      ['Five soldiers', 5],
      ['41', 41],
    ])
  })
})

describe('extractClaims: metric keys', () => {
  it.each([
    ['Security forces said they had rescued 155 hostages.', 'hostages-rescued'],
    ['The rebels claimed they killed 30 soldiers.', 'soldiers-killed'],
    ['The blast killed at least 30 people, officials said.', 'people-killed'],
    ['More than 50 people were injured, police said.', 'people-injured'],
    ['The death toll rose to 1,200, according to the health ministry.', 'death-toll'],
    ['Turnout was 61.4%, the election board said.', 'turnout'],
    ['Police put the crowd at 40,000.', 'crowd'],
    ['There were 425 passengers on board.', 'passengers'],
    ['The shelling took the death toll to 350.', 'death-toll'],
    ['Police said the crowd numbered about 12,000.', 'crowd'],
    ['Aid groups put the number of displaced at up to 400,000.', 'displaced'],
  ])('"%s" → %s', (text, metric) => {
    expect(only(text).metric).toBe(metric)
  })
})

describe('matchSource and extractClaims({ sources })', () => {
  const sources = [
    { id: 1, name: 'Baltic Liberation Front', aliases: ['BLF'] },
    { id: 2, name: 'Ministry of Health', aliases: ['the health ministry'] },
    { id: 3, name: 'Anonymous', publicDescription: 'a security source' },
    { id: 4, name: 'Institute for Peace Studies' },
  ]

  it.each([
    ['the BLF', 1],
    ['Baltic Liberation Front', 1],
    ['The Health Ministry', 2],
    ['A security source', 3],
    ['the Institute for Peace Studies in Riga', 4],
    ['local officials', null],
    [null, null],
  ])('matches %j to %j', (phrase, id) => {
    expect(matchSource(phrase, sources)).toBe(id)
  })

  it('sets matchedSourceId on suggestions', () => {
    const [suggestion] = extractClaims('The BLF claimed it was holding 40 prisoners.', { sources })
    expect(suggestion.matchedSourceId).toBe(1)
  })
})

describe('extractClaims on any text', () => {
  const pieces = fc.constantFrom(
    ...['said', 'police', 'the', 'at least', '30', '1,200', 'people', ',', '.', '\n', '\r\n'],
    ...['according to', 'told', 'Reuters', '“', '”', 'between', 'and', '£5m', '12%', 'it'],
    ...['the group', 'one', 'of', 'killed', 'were', '2019', 'March', '3', '-', 'put', 'at'],
    ...['tens of thousands', '', 'citing', 'founded in'],
  )

  it('never throws and gives spans that hold the figure phrase', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (words) => {
        const text = words.join(' ')
        for (const s of extractClaims(text))
          expect(text.slice(s.span.start, s.span.end)).toBe(s.text)
      }),
      { numRuns: 300 },
    )
  })
})

const external = externalArticle(
  'jaffar-express-hijacking',
  'scoring the extractor against the external reference article',
)

describe.each([REFERENCE_ARTICLE, ...(external ? [external] : [])])(
  'the reference article $name',
  ({ text, gold }) => {
    it('reaches figure F1 ≥ 0.95 and source accuracy ≥ 0.9', () => {
      const { scores } = evaluate(text, gold, extractClaims(text))
      expect(scores.f1).toBeGreaterThanOrEqual(0.95)
      expect(scores.sourceAccuracy).toBeGreaterThanOrEqual(0.9)
    })
  },
)
