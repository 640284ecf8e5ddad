import fc from 'fast-check'
import {
  QUALIFIERS,
  completeFigure,
  convertMeasure,
  findQuantities,
  formatFigurePhrase,
  parseFigurePhrase,
  type FigureFields,
  type Qualifier,
} from '../../src/figures/index.js'
import type { Suggestion } from '../../src/extract/index.js'
import { externalArticle, REFERENCE_ARTICLE } from '../helpers/fixtures.js'

/** A gold figure has the figure fields of a suggestion. */
type GoldFigure = Pick<Suggestion, 'text' | 'value' | 'lower' | 'upper' | 'qualifier' | 'unit'>

const external = externalArticle(
  'jaffar-express-hijacking',
  'its gold figures in parseFigurePhrase',
)
const gold = [...REFERENCE_ARTICLE.gold, ...(external?.gold ?? [])] as GoldFigure[]

describe('parseFigurePhrase', () => {
  it.each(gold.map((g) => [g.text, g] as const))('reads the gold figure "%s"', (text, g) => {
    expect(parseFigurePhrase(text)).toEqual({
      value: g.value,
      lower: g.lower,
      upper: g.upper,
      qualifier: g.qualifier,
      unit: g.unit,
    })
  })

  it.each([
    ['some 200 volunteers', 200, null, null, 'about', 'volunteers'],
    ['an estimated 40 boats', 40, null, null, 'about', 'boats'],
    ['roughly 1.5 million voters', 1_500_000, null, null, 'about', 'voters'],
    ['almost 90 houses', 90, null, 90, 'nearly', 'houses'],
    ['up to 30 villages', 30, null, 30, 'upTo', 'villages'],
    ['as many as 50 trucks', 50, null, 50, 'upTo', 'trucks'],
    ['at most 5 ambulances', 5, null, 5, 'atMost', 'ambulances'],
    ['fewer than 20 patients', 20, null, 20, 'lessThan', 'patients'],
    ['less than 3%', 3, null, 3, 'lessThan', 'percent'],
    ['12 per cent', 12, null, null, 'exact', 'percent'],
    ['61.4 percent', 61.4, null, null, 'exact', 'percent'],
    ['$4.4 million', 4_400_000, null, null, 'exact', 'USD'],
    ['5 million dollars', 5_000_000, null, null, 'exact', 'USD'],
    ['PKR 300 million', 300_000_000, null, null, 'exact', 'PKR'],
    ['€3m', 3_000_000, null, null, 'exact', 'EUR'],
    ['£20-30m', 20_000_000, 20_000_000, 30_000_000, 'range', 'GBP'],
    ['half a million refugees', 500_000, null, null, 'exact', 'refugees'],
    ['a dozen schools', 12, null, null, 'exact', 'schools'],
    ['one hundred and twenty miners', 120, null, null, 'exact', 'miners'],
    ['twenty-five sailors', 25, null, null, 'exact', 'sailors'],
    ['between 20 and 30 bodies', 20, 20, 30, 'range', 'bodies'],
    ['20 to 30 bodies', 20, 20, 30, 'range', 'bodies'],
    ['20-30', 20, 20, 30, 'range', null],
    ['two or three divers', 2, 2, 3, 'range', 'divers'],
    ['between 2 and 3 million people', 2e6, 2e6, 3e6, 'range', 'people'],
    ['200 or more people', 200, 200, null, 'atLeast', 'people'],
    ['1,200 workers at the plant', 1200, null, null, 'exact', 'workers'],
    ['an estimated 6,000 to 9,000 marchers', 6000, 6000, 9000, 'range', 'marchers'],
    ['some 15-20 trucks', 15, 15, 20, 'range', 'trucks'],
  ] as const)('reads "%s"', (phrase, value, lower, upper, qualifier, unit) => {
    expect(parseFigurePhrase(phrase)).toEqual({ value, lower, upper, qualifier, unit })
  })

  it.each([
    ['tens of thousands of protesters', 20_000, 100_000, 'protesters'],
    ['hundreds of families', 200, 1000, 'families'],
    ['dozens of homes', 24, 120, 'homes'],
  ] as const)('reads "%s" as a vague range', (phrase, lower, upper, unit) => {
    expect(parseFigurePhrase(phrase)).toEqual({
      value: lower,
      lower,
      upper,
      qualifier: 'range',
      unit,
      vague: true,
    })
  })

  it.each([
    ['12 kilometres', 12, 'km'],
    ['5,000 m', 5000, 'm'],
    ['about 20 nautical miles', 20, 'nmi'],
    ['150 km/h', 150, 'km/h'],
    ['2 million litres per day', 2e6, 'l/d'],
    ['three hours', 3, 'h'],
    ['magnitude 6.8', 6.8, 'magnitude'],
  ] as const)('reads the measure "%s" with its canonical unit', (phrase, value, unit) => {
    expect(parseFigurePhrase(phrase)).toMatchObject({ value, unit })
  })

  it.each([
    '',
    'many people',
    'the 3rd battalion',
    '10:30',
    '35-year-old',
    '3-1',
    'killed 27 militants',
    '5 soldiers and 6 police',
  ])('refuses "%s"', (phrase) => {
    expect(parseFigurePhrase(phrase)).toBeNull()
  })
})

const countUnits = ['people', 'hostages', 'passengers', 'bodies', 'citizens', 'voters']
const fieldsArbitrary: fc.Arbitrary<FigureFields> = fc
  .record({
    qualifier: fc.constantFrom(...QUALIFIERS),
    unit: fc.constantFrom<string | null>(
      null,
      'percent',
      'GBP',
      'USD',
      'EUR',
      'JPY',
      ...countUnits,
    ),
    value: fc.oneof(
      fc.integer({ min: 0, max: 2_000_000_000 }),
      fc.integer({ min: 1, max: 99_999 }).map((n) => n / 100),
      fc.integer({ min: 1, max: 999 }).map((n) => n * 1e6),
    ),
    gap: fc.integer({ min: 1, max: 1_000_000 }),
  })
  .map(({ qualifier, unit, value, gap }) => {
    // Figures are written with at most two decimals, so the sum is rounded like one.
    const bounds =
      qualifier === 'range'
        ? { lower: value, upper: Math.round((value + gap) * 100) / 100 }
        : {
            lower: ['atLeast', 'moreThan'].includes(qualifier) ? value : null,
            upper: ['atMost', 'upTo', 'lessThan', 'nearly'].includes(qualifier) ? value : null,
          }
    return { qualifier, unit, value, ...bounds }
  })

describe('more measure units (units.ts)', () => {
  it.each([
    ['a 2.4GHz radio', '2.4GHz', 2.4, 'GHz'],
    ['a 100Mbps line', '100Mbps', 100, 'Mbps'],
    ['a 600W heater', '600W', 600, 'W'],
    ['a 5,000 mAh battery', '5,000 mAh', 5000, 'mAh'],
    ['350 Nm of torque', '350 Nm', 350, 'Nm'],
    ['280 pound-feet of torque', '280 pound-feet', 280, 'lb-ft'],
    ['steel rated at 40 megapascals', '40 megapascals', 40, 'MPa'],
    ['a 3 nanometre process', '3 nanometre', 3, 'nm'],
    ['lost 90 gigatonnes of ice', '90 gigatonnes', 90, 'Gt'],
    ['noise of 85 decibels', '85 decibels', 85, 'dB'],
    ['a 250mL bottle', '250mL', 250, 'ml'],
    ['a 1.5l engine', '1.5l', 1.5, 'l'],
    ['a 30g bar', '30g', 30, 'g'],
    ['a 12min wait', '12min', 12, 'min'],
    ['a 40m2 flat', '40m2', 40, 'm2'],
    ['3.1degF warmer', '3.1degF', 3.1, '°F'],
    ['sub-200 sq m units', 'sub-200 sq m', 200, 'm2'],
  ])('"%s" has %s', (text, phrase, value, unit) => {
    const [q] = findQuantities(text)
    expect([text.slice(q.start, q.end), q.value, q.measure]).toEqual([phrase, value, unit])
  })

  it('reads "sub-" as less than, and a lone "g", "l" or "W" as no unit', () => {
    expect(parseFigurePhrase('sub-7 nanometre')?.qualifier).toBe('lessThan')
    expect(findQuantities('Row 5 W of the gate')[0].measure).toBeNull()
    expect(findQuantities('5 g of gold')[0].measure).toBeNull()
  })

  it('converts the new units with the library', () => {
    expect(convertMeasure(2, 'GHz', 'Hz')).toBe(2e9)
    expect(convertMeasure(1, 'Gt', 'kg')).toBe(1e12)
    expect(convertMeasure(9, 'ksi', 'psi')).toBe(9000)
    expect(convertMeasure(4500, 'psi', 'ksi')).toBe(4.5)
  })
})

describe('signs, "pc" and currency codes after the sign', () => {
  it.each([
    ['minus 7C', -7, '°C'],
    ['minus-20 degrees Celsius', -20, '°C'],
    ['-12 yards', -12, 'yd'],
    ['-2.4%', -2.4, 'percent'],
    ['3.75pc', 3.75, 'percent'],
    ['$US2.5 million', 2_500_000, 'USD'],
    ['$A900', 900, 'AUD'],
    ['NZ $40', 40, 'NZD'],
    ['12 shekels', 12, 'ILS'],
  ])('reads "%s"', (text, value, unit) => {
    const parsed = parseFigurePhrase(text)
    expect([parsed?.value, parsed?.unit]).toEqual([value, unit])
  })

  it('reads no sign inside a score or a range glued by a hyphen', () => {
    expect(parseFigurePhrase('4-2')).toBeNull()
    expect(parseFigurePhrase('10-15 km')?.value).toBe(10)
  })

  it('accepts a measure below zero but not a negative count', () => {
    expect(completeFigure({ value: -7, unit: '°C' }).ok).toBe(true)
    expect(completeFigure({ value: -7, unit: 'people' }).ok).toBe(false)
  })
})

describe('formatFigurePhrase', () => {
  it.each([
    [{ value: 155, lower: 155, qualifier: 'atLeast', unit: 'hostages' }, 'at least 155 hostages'],
    [
      { value: 20, lower: 20, upper: 30, qualifier: 'range', unit: 'bodies' },
      'between 20 and 30 bodies',
    ],
    [{ value: 5e10, lower: 5e10, qualifier: 'moreThan', unit: 'GBP' }, 'more than £50 billion'],
    [{ value: 1600, qualifier: 'exact', unit: 'people' }, '1,600 people'],
    [{ value: 20, upper: 20, qualifier: 'lessThan', unit: 'patients' }, 'fewer than 20 patients'],
    [{ value: 61.4, qualifier: 'exact', unit: 'percent' }, '61.4%'],
  ] as const)('writes %j as "%s"', (fields, phrase) => {
    expect(formatFigurePhrase(fields)).toBe(phrase)
  })

  it('reads back to the same fields', () => {
    fc.assert(
      fc.property(fieldsArbitrary, (fields) => {
        expect(parseFigurePhrase(formatFigurePhrase(fields))).toEqual(fields)
      }),
      { numRuns: 500 },
    )
  })
})

describe('completeFigure', () => {
  it('fills the structured fields from the phrase', () => {
    expect(completeFigure({ phrase: 'at least 155 hostages' })).toEqual({
      ok: true,
      figure: {
        phrase: 'at least 155 hostages',
        value: 155,
        lower: 155,
        upper: null,
        qualifier: 'atLeast',
        unit: 'hostages',
      },
    })
  })

  it('writes the phrase from the structured fields and fills the bounds', () => {
    expect(completeFigure({ value: 500, qualifier: 'nearly', unit: 'passengers' })).toEqual({
      ok: true,
      figure: {
        phrase: 'nearly 500 passengers',
        value: 500,
        lower: null,
        upper: 500,
        qualifier: 'nearly',
        unit: 'passengers',
      },
    })
    expect(completeFigure({ lower: 20, upper: 30, unit: 'bodies' })).toMatchObject({
      ok: true,
      figure: { phrase: 'between 20 and 30 bodies', value: 20, qualifier: 'range' },
    })
  })

  it('keeps a unit given beside a phrase that has none', () => {
    expect(completeFigure({ phrase: 'at least 155', unit: 'hostages' })).toMatchObject({
      ok: true,
      figure: { phrase: 'at least 155', value: 155, lower: 155, unit: 'hostages' },
    })
  })

  it('accepts a phrase and fields that agree', () => {
    fc.assert(
      fc.property(fieldsArbitrary, (fields) => {
        const result = completeFigure({ ...fields, phrase: formatFigurePhrase(fields) })
        expect(result).toEqual({
          ok: true,
          figure: { ...fields, phrase: formatFigurePhrase(fields) },
        })
      }),
      {
        numRuns: 200,
        // Found by fast-check: "between 1,999,999,991 and 2 billion" read the low end as billions.
        examples: [
          [{ qualifier: 'range', unit: null, value: 1999999991, lower: 1999999991, upper: 2e9 }],
        ],
      },
    )
  })

  it.each<[string, FigureFields, string, RegExp]>([
    ['no number at all', {}, 'value', /needs a number/],
    ['only a unit', { unit: 'hostages' }, 'value', /needs a number/],
    ['an unreadable phrase', { phrase: 'many hostages' }, 'phrase', /Could not read a figure/],
    [
      'a phrase and a value that disagree',
      { phrase: 'at least 155', value: 150 },
      'value',
      /gives value 155, not 150/,
    ],
    [
      'a phrase and a qualifier that disagree',
      { phrase: 'at least 155', qualifier: 'moreThan' },
      'qualifier',
      /atLeast/,
    ],
    [
      'a phrase and a unit that disagree',
      { phrase: '155 hostages', unit: 'soldiers' },
      'unit',
      /hostages/,
    ],
    [
      'lower above upper',
      { value: 30, lower: 30, upper: 20, qualifier: 'range' },
      'lower',
      /below the upper bound/,
    ],
    [
      'a range without an upper bound',
      { value: 20, lower: 20, qualifier: 'range' },
      'upper',
      /both a lower and an upper/,
    ],
    [
      'a range whose value is not its lower bound',
      { value: 25, lower: 20, upper: 30, qualifier: 'range' },
      'value',
      /lower bound \(20\)/,
    ],
    [
      'atLeast with an upper bound',
      { value: 10, upper: 20, qualifier: 'atLeast' },
      'upper',
      /no upper bound/,
    ],
    [
      'atLeast with another lower bound',
      { value: 10, lower: 5, qualifier: 'atLeast' },
      'lower',
      /value itself/,
    ],
    [
      'exact with bounds',
      { value: 10, lower: 10, qualifier: 'exact' },
      'lower',
      /exact figure has no lower bound/,
    ],
    [
      'nearly with a lower bound',
      { value: 10, lower: 8, qualifier: 'nearly' },
      'lower',
      /no lower bound/,
    ],
    ['one bound and no qualifier', { lower: 10 }, 'qualifier', /Choose a qualifier/],
    [
      'an unknown qualifier',
      { value: 10, qualifier: 'roughly' as Qualifier },
      'qualifier',
      /Unknown qualifier/,
    ],
    ['a non-finite value', { value: Number.POSITIVE_INFINITY }, 'value', /finite number/],
    [
      'NaN as a bound',
      { value: 1, upper: Number.NaN, qualifier: 'upTo' },
      'upper',
      /finite number/,
    ],
    ['a negative count', { value: -3, unit: 'people' }, 'value', /cannot be negative/],
  ])('refuses %s, naming the field', (_case, input, field, message) => {
    const result = completeFigure(input)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toContainEqual({ path: field, message: expect.stringMatching(message) })
  })

  it('allows a negative amount of money or a negative percentage', () => {
    expect(completeFigure({ value: -2.5, unit: 'percent' })).toMatchObject({
      ok: true,
      figure: { phrase: '-2.5%' },
    })
    expect(completeFigure({ value: -5e6, unit: 'USD' })).toMatchObject({ ok: true })
  })
})
