/**
 * Scores the extractor on NewsQuant (Almasian et al., "CQE: A Framework for Comprehensive Quantity
 * Extraction"): news sentences, each with its gold quantities (value, unit, normalised unit,
 * change). The data set is not ours: it is read from a path given on the command line and never
 * committed. Protocol of the paper: per sentence, a predicted quantity matches a gold one of equal
 * value (a range "a-b" by both ends); value F1 counts those matches, value+unit F1 those whose
 * normalised units also agree.
 */
import { existsSync, readFileSync } from 'node:fs'
import type { Suggestion } from '../../src/extract/extractClaims.js'
import { isCurrencyCode } from '../../src/figures/currencies.js'
import { canonicalUnit, isMeasureUnit, writeMeasureUnit } from '../../src/figures/index.js'

export interface NewsQuantQuantity {
  change: string
  value: string
  unit: string
  normalized_unit: string
}
export interface NewsQuantSentence {
  text: string
  quantities: NewsQuantQuantity[]
}

export interface NewsQuantScores {
  sentences: number
  gold: number
  predicted: number
  value: { matched: number; precision: number; recall: number; f1: number }
  valueUnit: { matched: number; precision: number; recall: number; f1: number }
  /**
   * Not the paper's protocol, reported beside it: value+unit where a counted noun also agrees when
   * it is the head (last word) of the set's unit. Our convention keeps the head noun as written
   * ("700 heart transplants" → "transplants"); the set keeps its modifiers ("heart transplant").
   */
  valueUnitHead: { matched: number; precision: number; recall: number; f1: number }
  /** Gold quantities no prediction matched, and predictions nothing matched, for reading. */
  missed: { text: string; value: string; unit: string }[]
  extra: { text: string; value: number; unit: string | null }[]
  /** Matched by value with another unit: ours in the paper's names, and the gold one. */
  wrongUnit: { text: string; value: string; ours: string; gold: string }[]
}

/** The sentences of a NewsQuant file, or null when there is no such file. */
export function readNewsQuant(path: string): NewsQuantSentence[] | null {
  if (!existsSync(path)) return null
  return JSON.parse(readFileSync(path, 'utf8')) as NewsQuantSentence[]
}

/**
 * Our canonical units (src/figures/units.ts, ISO 4217 codes for money) in the paper's unit names,
 * where the way we write a unit out (writeMeasureUnit: "y" → "years") is not already the paper's.
 * This only translates names of the same unit; a rate's parts are translated one by one
 * ("bbl/d" → "barrel per day"). Counted nouns are compared as the paper writes them: lower case,
 * singular.
 */
const PAPER_UNIT: Record<string, string> = {
  percent: 'percentage',
  '%': 'percentage',
  USD: 'dollar',
  EUR: 'euro',
  GBP: 'pound sterling',
  AUD: 'australian dollar',
  CAD: 'canadian dollar',
  NZD: 'new zealand dollar',
  HKD: 'hong kong dollar',
  JPY: 'japanese yen',
  CNY: 'chinese yuan',
  ILS: 'shekel',
  INR: 'indian rupee',
  MYR: 'malaysian ringgit',
  DKK: 'danish krone',
  SEK: 'swedish krona',
  NOK: 'norwegian krone',
  GBX: 'pence',
  bp: 'basis point',
  // "orbited 3,200 times", "6.5 times earnings": a count of occurrences, which the set calls "count".
  times: 'count',
  km: 'kilometre',
  m: 'metre',
  cm: 'centimetre',
  mm: 'millimetre',
  nm: 'nanometre',
  μm: 'micrometre',
  mi: 'mile',
  ft: 'foot',
  in: 'inch',
  yd: 'yard',
  nmi: 'nautical mile',
  ha: 'hectare',
  km2: 'square kilometre',
  m2: 'square metre',
  mi2: 'square mile',
  ft2: 'square foot',
  m3: 'cubic metre',
  ft3: 'cubic foot',
  l: 'litre',
  ml: 'millilitre',
  gal: 'gallon',
  bbl: 'barrel',
  t: 'tonne',
  tn: 'ton',
  Gt: 'gigaton',
  kg: 'kilogram',
  g: 'gram',
  lbs: 'pound-mass',
  s: 'second',
  min: 'minute',
  h: 'hour',
  d: 'day',
  wk: 'week',
  month: 'month',
  y: 'year',
  decade: 'decade',
  'km/h': 'kilometre per hour',
  mph: 'mile per hour',
  mpg: 'mile per gallon',
  PS: 'horsepower',
  kV: 'kilovolt',
  A: 'ampere',
  cm2: 'square centimetre',
  'm/s': 'metre per second',
  kt: 'knot',
  rpm: 'revolutions per minute',
  GB: 'gigabyte',
  TB: 'terabyte',
  MB: 'megabyte',
  kbps: 'kilobit per second',
  Mbps: 'megabit per second',
  Gbps: 'gigabit per second',
  hp: 'horsepower',
  W: 'watt',
  kW: 'kilowatt',
  MW: 'megawatt',
  GW: 'gigawatt',
  kWh: 'kilowatt hour',
  MWh: 'megawatt hour',
  GWh: 'gigawatt hour',
  mAh: 'milliampere-hour',
  Hz: 'hertz',
  kHz: 'kilohertz',
  MHz: 'megahertz',
  GHz: 'gigahertz',
  kPa: 'kilopascal',
  MPa: 'megapascal',
  GPa: 'gigapascal',
  psi: 'pound per square inch',
  ksi: 'kilopound per square inch',
  Nm: 'newton metre',
  'lb-ft': 'foot pound-force',
  dB: 'decibel',
  ppm: 'parts-per-million',
  ppb: 'parts-per-billion',
  '°C': 'celsius',
  '°F': 'fahrenheit',
}

function singular(word: string): string {
  if (word === 'children') return 'child'
  if (/men$/.test(word) && word !== 'specimen') return word.replace(/men$/, 'man')
  if (/ies$/.test(word)) return word.replace(/ies$/, 'y')
  if (/(ss|us)$/.test(word)) return word
  if (/(x|ch|sh|ss)es$/.test(word)) return word.replace(/es$/, '')
  return word.replace(/s$/, '')
}

/**
 * Both sides' units the same way: lower case, each word singular ("revolutions per minute").
 */
function normaliseUnit(unit: string): string {
  return unit.toLowerCase().split(/\s+/).map(singular).join(' ')
}

export function paperUnit(unit: string | null): string {
  if (unit === null) return '-'
  const name = (u: string) => PAPER_UNIT[u] ?? (isMeasureUnit(u) ? writeMeasureUnit(u) : u)
  const [top, per] = unit.split('/')
  if (per && !PAPER_UNIT[unit] && PAPER_UNIT[top] && PAPER_UNIT[per])
    return normaliseUnit(`${name(top)} per ${name(per)}`)
  return normaliseUnit(name(unit))
}

/**
 * A suggestion's unit in the paper's names. A price keeps what it is the price of in its phrase
 * ("US $58.24 per barrel", "€1.87 a litre"; our unit is the currency): the paper names that a unit
 * of its own, "dollar per barrel", so the phrase's "per …" is read into the name here.
 */
function suggestionUnit(s: Suggestion): string {
  const unit = paperUnit(s.unit)
  // A percentage or a count of times per time ("3 percent a year", "600 times a second") keeps
  // its time in the phrase too; the set names it "percentage per year", "count per minute".
  const rated = s.unit === 'percent' || s.unit === 'times'
  if (rated) {
    const time = /\s(?:per|a|an)\s+([\p{L}]+)$/iu.exec(s.text)
    const measure = time ? canonicalUnit(time[1]) : null
    return measure && isMeasureUnit(measure) ? `${unit} per ${paperUnit(measure)}` : unit
  }
  if (!s.unit || !isCurrencyCode(s.unit)) return unit
  const per = /\s(?:per|a|an)\s+((?:square|sq|cubic)\s+)?([\p{L}-]+)$/iu.exec(s.text)
  if (!per) return unit
  const measure = canonicalUnit(per[2])
  const square = per[1] ? (per[1].trim().toLowerCase() === 'cubic' ? '3' : '2') : ''
  const name = measure ? paperUnit(`${measure}${square}`) : normaliseUnit(per[2])
  return `${unit} per ${name}`
}

/** Names the set gives one unit in several ways, as we write them: the US dollar, the mmBTU. */
const GOLD_SYNONYMS: Record<string, string> = {
  'united state dollar': 'dollar',
  'mega british thermal unit': 'mmbtu',
  // "275 pound-feet of torque": the set's other name of lb-ft, which it also calls "foot pound-force".
  'pound-foot': 'foot pound-force',
  // "640bhp": brake horsepower is horsepower (the unit), measured at the crankshaft; we write hp.
  'brake horsepower': 'horsepower',
}

/** A counted noun's unit: neither money, a percentage nor a measure. */
function isCountedNoun(unit: string | null): unit is string {
  return Boolean(unit && unit !== 'percent' && !isCurrencyCode(unit) && !isMeasureUnit(unit))
}

/**
 * Whether two unit names (as `normaliseUnit` writes them) are one: a final "ie" read as "y" and a
 * final "e" dropped, so that "calories" and "calorie", "viruses" and "virus" compare equal.
 */
function sameUnit(a: string, b: string): boolean {
  const key = (u: string) =>
    u
      .split(' ')
      .map((w) => w.replace(/ie$/, 'y').replace(/e$/, ''))
      .join(' ')
  return key(a) === key(b)
}

function goldUnit(q: NewsQuantQuantity): string {
  // The set also names the newton metre by its symbol, "Nm", which lower case would make nm.
  if (q.normalized_unit === 'Nm') return 'newton metre'
  let unit = normaliseUnit(q.normalized_unit)
  for (const [name, ours] of Object.entries(GOLD_SYNONYMS)) unit = unit.replace(name, ours)
  return unit
}

function sameValue(q: NewsQuantQuantity, s: Suggestion): boolean {
  // A range "a-b", written "3.0 - 4.0" in a few places of the set.
  const ends = q.value.match(/^(-?[\d.e+]+)\s*-\s*(-?[\d.e+]+)$/)
  const near = (a: number, b: number | null) =>
    b !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a))
  if (ends) return near(Number(ends[1]), s.lower) && near(Number(ends[2]), s.upper)
  return near(Number(q.value), s.value)
}

/** Scores `extract` on the sentences by the paper's protocol. */
export function scoreNewsQuant(
  sentences: NewsQuantSentence[],
  extract: (text: string) => Suggestion[],
): NewsQuantScores {
  let gold = 0
  let predicted = 0
  let valueMatched = 0
  let unitMatched = 0
  let headMatched = 0
  const missed: NewsQuantScores['missed'] = []
  const extra: NewsQuantScores['extra'] = []
  const wrongUnit: NewsQuantScores['wrongUnit'] = []
  for (const sentence of sentences) {
    const suggestions = extract(sentence.text)
    gold += sentence.quantities.length
    predicted += suggestions.length
    const left = new Set(suggestions)
    for (const q of sentence.quantities) {
      const candidates = [...left].filter((s) => sameValue(q, s))
      // A candidate whose unit also agrees first, so the two scores count the same pairing.
      const match =
        candidates.find((s) => sameUnit(suggestionUnit(s), goldUnit(q))) ?? candidates[0]
      if (!match) {
        missed.push({ text: sentence.text, value: q.value, unit: q.normalized_unit })
        continue
      }
      left.delete(match)
      valueMatched++
      if (sameUnit(suggestionUnit(match), goldUnit(q))) {
        unitMatched++
        headMatched++
      } else if (
        isCountedNoun(match.unit) &&
        sameUnit(goldUnit(q).split(' ').at(-1) ?? '', paperUnit(match.unit))
      )
        headMatched++
      if (!sameUnit(suggestionUnit(match), goldUnit(q)))
        wrongUnit.push({
          text: sentence.text,
          value: q.value,
          ours: suggestionUnit(match),
          gold: goldUnit(q),
        })
    }
    for (const s of left) extra.push({ text: sentence.text, value: s.value, unit: s.unit })
  }
  const scores = (matched: number) => {
    const precision = predicted ? matched / predicted : 0
    const recall = gold ? matched / gold : 0
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
    return { matched, precision, recall, f1 }
  }
  return {
    sentences: sentences.length,
    gold,
    predicted,
    value: scores(valueMatched),
    valueUnit: scores(unitMatched),
    valueUnitHead: scores(headMatched),
    missed,
    extra,
    wrongUnit,
  }
}
