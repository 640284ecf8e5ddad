import fc from 'fast-check'

import { QUALIFIERS } from '../../src/figures/index.js'
import {
  compareFigures,
  originOf,
  type FigureClaim,
  type FigureSource,
} from '../../src/figures/compareFigures.js'
import {
  figureInterval,
  intersectIntervals,
  type Interval,
} from '../../src/figures/figureInterval.js'

const contains = (i: Interval, x: number): boolean =>
  (i.lower === null || x > i.lower || (i.lowerInclusive && x === i.lower)) &&
  (i.upper === null || x < i.upper || (i.upperInclusive && x === i.upper))

describe('figureInterval: what each qualifier allows', () => {
  const at = (qualifier: string, value: number, extra: Partial<FigureClaim> = {}) =>
    figureInterval({ qualifier, value, ...extra })

  it.each([
    ['exact', 425, { lower: 425, upper: 425, lowerInclusive: true, upperInclusive: true }],
    ['about', 3000, { lower: 2700, upper: 3300, lowerInclusive: true, upperInclusive: true }],
    ['about', 70, { lower: 63, upper: 77, lowerInclusive: true, upperInclusive: true }],
    ['nearly', 500, { lower: 450, upper: 500, lowerInclusive: true, upperInclusive: false }],
    ['atLeast', 155, { lower: 155, upper: null, lowerInclusive: true, upperInclusive: false }],
    ['moreThan', 1600, { lower: 1600, upper: null, lowerInclusive: false, upperInclusive: false }],
    ['atMost', 30, { lower: null, upper: 30, lowerInclusive: false, upperInclusive: true }],
    ['upTo', 30, { lower: null, upper: 30, lowerInclusive: false, upperInclusive: true }],
    ['lessThan', 30, { lower: null, upper: 30, lowerInclusive: false, upperInclusive: false }],
  ])('%s %d', (qualifier, value, expected) => {
    expect(at(qualifier, value)).toEqual(expected)
  })

  it('takes a range from its bounds, and reads a missing qualifier as exact', () => {
    expect(at('range', 20, { lower: 20, upper: 30 })).toEqual({
      lower: 20,
      upper: 30,
      lowerInclusive: true,
      upperInclusive: true,
    })
    expect(at('range', 20, { lower: 20, upper: null })).toBeNull()
    expect(figureInterval({ value: 7 })).toMatchObject({ lower: 7, upper: 7 })
    expect(figureInterval({ qualifier: 'about', value: null })).toBeNull()
  })

  it('always contains the stated number, except where the words exclude it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...QUALIFIERS),
        fc.integer({ min: -1e9, max: 1e9 }),
        (qualifier, value) => {
          const i = figureInterval({ qualifier, value, lower: value, upper: value + 1 }) as Interval
          const excludes =
            qualifier === 'nearly' || qualifier === 'moreThan' || qualifier === 'lessThan'
          expect(contains(i, value)).toBe(!excludes)
        },
      ),
    )
  })

  it('intersects open and closed ends correctly', () => {
    const nearly500 = at('nearly', 500) as Interval
    expect(intersectIntervals([nearly500, at('exact', 500) as Interval])).toBeNull()
    expect(intersectIntervals([nearly500, at('exact', 450) as Interval])).toMatchObject({
      lower: 450,
      upper: 450,
    })
    expect(
      intersectIntervals([at('moreThan', 100) as Interval, at('atMost', 100) as Interval]),
    ).toBeNull()
    expect(
      intersectIntervals([at('atLeast', 100) as Interval, at('atMost', 100) as Interval]),
    ).toMatchObject({
      lower: 100,
      upper: 100,
    })
  })

  it('finds a common point exactly when one exists (checked against sampled points)', () => {
    const figure = fc.record({
      qualifier: fc.constantFrom(...QUALIFIERS),
      value: fc.integer({ min: 0, max: 40 }).map((n) => n * 10),
      width: fc.integer({ min: 0, max: 100 }),
    })
    fc.assert(
      fc.property(fc.array(figure, { minLength: 1, maxLength: 4 }), (figures) => {
        const intervals = figures.map(
          (f) => figureInterval({ ...f, lower: f.value, upper: f.value + f.width }) as Interval,
        )
        const common = intersectIntervals(intervals)
        // Every end is an integer in [0, 500]: a common point, if any, shows at some integer or half-integer.
        const samples = Array.from({ length: 1003 }, (_, k) => k / 2 - 1)
        const witness = samples.find((x) => intervals.every((i) => contains(i, x)))
        expect(common !== null).toBe(witness !== undefined)
        if (common && witness !== undefined) expect(contains(common, witness)).toBe(true)
      }),
    )
  })
})

describe('compareFigures', () => {
  const sources = new Map<string, FigureSource & { name: string }>([
    ['1', { id: 1, name: 'a security source', interestedParty: true }],
    ['2', { id: 2, name: 'Reuters', interestedParty: false }],
    ['3', { id: 3, name: 'Baloch Liberation Army', interestedParty: true }],
  ])
  const claim = (id: number, phrase: string, figure: Partial<FigureClaim>): FigureClaim => ({
    id,
    phrase,
    metric: 'passengers-on-train',
    unit: 'passengers',
    qualifier: 'exact',
    ...figure,
  })

  it('reports 425 (a security source, via Reuters) and unattributed "nearly 500" as a conflict', () => {
    const [passengers] = compareFigures(
      [
        claim(10, 'nearly 500 passengers', {
          value: 500,
          upper: 500,
          qualifier: 'nearly',
          attributedAt: '2025-03-11T09:30:00Z',
        }),
        claim(11, '425 passengers', {
          value: 425,
          source: 1,
          via: [2],
          verb: 'told',
          attributedAt: '2025-03-11T15:00:00Z',
        }),
      ],
      sources,
    )
    expect(passengers).toMatchObject({
      metric: 'passengers-on-train',
      units: ['passengers'],
      origins: 2,
      conflict: true,
      agreement: null,
      spread: { lowest: 425, highest: 500, difference: 75 },
    })
    expect(passengers.claims.map((c) => c.claim)).toEqual([10, 11])
    expect(passengers.claims[1]).toMatchObject({
      source: { name: 'a security source' },
      via: [{ name: 'Reuters' }],
      origin: 'source:1',
      notIndependentlyVerified: true,
    })
    expect(passengers.claims[0]).toMatchObject({
      source: null,
      origin: 'claim:10',
      notIndependentlyVerified: false,
    })
  })

  it('counts a relayed claim and the same source direct as one origin: no conflict with itself', () => {
    const [m] = compareFigures(
      [
        claim(1, '425 passengers', { value: 425, source: 1, via: [2] }),
        claim(2, 'about 440 passengers', { value: 440, qualifier: 'about', source: 1 }),
        claim(3, '460 passengers', { value: 460, source: 1 }),
      ],
      sources,
    )
    expect(m).toMatchObject({ origins: 1, conflict: false })
    expect(originOf({ id: 1, source: 1, via: [2] })).toBe(originOf({ id: 2, source: 1 }))
  })

  it('finds agreement between overlapping independent origins', () => {
    const [m] = compareFigures(
      [
        claim(1, 'at least 155 hostages', {
          value: 155,
          lower: 155,
          qualifier: 'atLeast',
          source: 1,
        }),
        claim(2, 'about 170 hostages', { value: 170, qualifier: 'about', source: 3 }),
      ],
      sources,
    )
    expect(m).toMatchObject({ origins: 2, conflict: false, agreement: { lower: 155, upper: 187 } })
  })

  it('groups by metric, skips claims without a metric or number, and puts the given metrics first', () => {
    const result = compareFigures(
      [
        claim(1, '30 soldiers', { value: 30, metric: 'soldiers-killed' }),
        claim(2, '27 militants', { value: 27, metric: 'militants-killed' }),
        claim(3, 'many', { value: null }),
        claim(4, '5 people', { value: 5, metric: null }),
        claim(5, 'between 20 and 30 soldiers', {
          value: 20,
          lower: 20,
          upper: 30,
          qualifier: 'range',
          metric: 'soldiers-killed',
        }),
      ],
      sources,
      ['soldiers-killed'],
    )
    expect(result.map((m) => m.metric)).toEqual(['soldiers-killed', 'militants-killed'])
    expect(result[0]).toMatchObject({
      spread: { lowest: 20, highest: 30 },
      origins: 2,
      conflict: false,
    })
  })
})

describe('corroboration: independent origins that agree with a figure', () => {
  const sources = new Map<string, FigureSource>([
    ['1', { id: 1 }],
    ['2', { id: 2 }],
    ['3', { id: 3 }],
    ['9', { id: 9 }],
  ])
  const claim = (
    id: number,
    source: number | null,
    qualifier: string,
    value: number,
    via: number[] = [],
  ) =>
    ({
      id,
      metric: 'm',
      source,
      via,
      qualifier,
      value,
      ...(qualifier === 'atLeast' ? { lower: value } : {}),
    }) as FigureClaim

  it('counts other origins with an overlapping interval; relays collapse to their source', () => {
    const [m] = compareFigures(
      [
        claim(1, 1, 'atLeast', 150), // [150, ∞)
        claim(2, 1, 'exact', 155, [9]), // source 1 again, via 9: the same origin as claim 1
        claim(3, 2, 'about', 160), // [144, 176]: overlaps 1 and 2
        claim(4, 3, 'exact', 100), // overlaps nothing
        claim(5, null, 'exact', 155), // unattributed: its own origin, overlaps 1, 2, 3
      ],
      sources,
    )
    const by = Object.fromEntries(m.claims.map((c) => [c.claim, c.corroboratedBy]))
    expect(by).toEqual({ 1: 2, 2: 2, 3: 2, 4: 0, 5: 2 })
    expect(m.origins).toBe(4)
  })
})
