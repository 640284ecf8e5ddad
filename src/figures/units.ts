import Qty from 'js-quantities'

import type { Token } from './tokens.js'

/**
 * Physical measures, durations and rates: the documented vocabulary of canonical units (see
 * docs/figure-units.md). A measure is stored with its value as written and the canonical unit of
 * what was written ("12 kilometres" → 12 km, "5,000 m" → 5000 m); comparing figures converts.
 *
 * Parsing the unit *string* and converting between units is js-quantities' job (unit definitions,
 * aliases and plurals, kinds, exact conversion factors, temperatures with offsets). What it cannot
 * know is which words of news prose are units: it reads "in", "points", "st" and "pt" as units, and
 * "pounds" is money as often as weight. So the words we accept as units are listed here, each
 * mapped to a unit string js-quantities parses; everything about the unit after that comes from it.
 */

/** Canonical unit → the unit string js-quantities reads (when they differ). */
const LIBRARY_UNIT: Record<string, string> = {
  ha: 'hectare',
  '°C': 'tempC',
  '°F': 'tempF',
  // A calendar month varies; as a duration we count it as a twelfth of a year.
  month: 'y',
  μm: 'um',
  Nm: 'N*m',
  'lb-ft': 'lbf*ft',
  // A thousand pounds per square inch, which js-quantities does not name.
  ksi: 'psi',
  mpg: 'mi/gal',
  // Pferdestärke, the metric horsepower of European spec sheets ("517 PS"): 0.98632 hp.
  PS: 'hp',
}
/** Factors applied on top of LIBRARY_UNIT: a month is 1/12 of a year, a ksi 1000 psi. */
const LIBRARY_FACTOR: Record<string, number> = { month: 1 / 12, ksi: 1000, PS: 0.98632 }

/** Written form (lower-cased unless listed in CASED) → canonical unit. */
const WORDS: Record<string, string> = {}
function words(unit: string, forms: string): void {
  for (const form of forms.split('|')) WORDS[form] = unit
}
// Length
words('km', 'km|kms|kilometre|kilometres|kilometer|kilometers')
words('m', 'm|metre|metres|meter|meters')
words('cm', 'cm|centimetre|centimetres|centimeter|centimeters')
words('mm', 'mm|millimetre|millimetres|millimeter|millimeters')
words('mi', 'mi|mile|miles')
words('ft', 'ft|foot|feet')
words('in', 'inch|inches')
words('yd', 'yd|yard|yards')
words('nmi', 'nmi')
// Area (square units are read from "square"/"sq" + a length, see measureUnitAt)
words('ha', 'ha|hectare|hectares')
words('acre', 'acre|acres')
words('km2', 'km2|km²')
words('m2', 'm2|m²')
// Volume
words('l', 'litre|litres|liter|liters')
words('ml', 'ml|millilitre|millilitres|milliliter|milliliters')
words('gal', 'gallon|gallons')
words('bbl', 'bbl|barrel|barrels')
words('m3', 'm3|m³')
// Mass: "tons" is the short ton, as js-quantities and US usage have it; "tonnes" the metric one.
words('t', 'tonne|tonnes')
words('tn', 'ton|tons')
words('kg', 'kg|kgs|kilo|kilos|kilogram|kilograms|kilogramme|kilogrammes')
words('g', 'gram|grams|gramme|grammes')
words('lbs', 'lb|lbs')
// Time
words('s', 'second|seconds|secs')
words('min', 'minute|minutes|min|mins')
words('h', 'hour|hours|hr|h')
words('d', 'day|days')
words('wk', 'week|weeks')
words('month', 'month|months')
words('y', 'year|years|yr|yrs')
words('decade', 'decade|decades')
// Temperature: "1.8 to 2.7 Fahrenheit", "minus 233 Celsius" (the degrees left out).
words('°C', 'celsius|centigrade')
words('°F', 'fahrenheit')
// Speed
words('km/h', 'kph|kmh|kmph')
words('mph', 'mph')
words('mpg', 'mpg')
words('kt', 'knot|knots|kts')
// Power and energy
words('kW', 'kilowatt|kilowatts')
words('MW', 'megawatt|megawatts')
words('GW', 'gigawatt|gigawatts')
words('kWh', 'kilowatt-hour|kilowatt-hours')
words('hp', 'hp|bhp|horsepower')
// Data sizes and rates
words('GB', 'gigabyte|gigabytes')
words('TB', 'terabyte|terabytes')
words('MB', 'megabyte|megabytes')
// Electricity, frequency, pressure, torque, sound, small lengths, large masses, concentrations
words('W', 'watt|watts')
words('Hz', 'hertz')
words('kHz', 'kilohertz|khz')
words('MHz', 'megahertz|mhz')
words('GHz', 'gigahertz|ghz')
words('MPa', 'megapascal|megapascals')
words('GPa', 'gigapascal|gigapascals')
words('psi', 'psi')
words('ksi', 'ksi')
words('Nm', 'newton-metre|newton-metres|newton-meter|newton-meters')
words('lb-ft', 'lb-ft|pound-feet|pound-foot')
words('dB', 'decibel|decibels')
words('nm', 'nanometre|nanometres|nanometer|nanometers')
words('μm', 'micrometre|micrometres|micrometer|micrometers|micron|microns')
words('Gt', 'gigatonne|gigatonnes|gigaton|gigatons')
words('ppm', 'ppm')
words('ppb', 'ppb')
// Glued to their number only ("45g", "1.0l", "10W"): alone they are letters.
words('g', 'g')
words('l', 'l')

/** Symbols whose case matters ("MW" is megawatts, "mW" would be milliwatts). */
const CASED: Record<string, string> = {
  kW: 'kW',
  MW: 'MW',
  GW: 'GW',
  kWh: 'kWh',
  MWh: 'MWh',
  GWh: 'GWh',
  GB: 'GB',
  TB: 'TB',
  MB: 'MB',
  C: '°C',
  F: '°F',
  degC: '°C',
  degF: '°F',
  W: 'W',
  Hz: 'Hz',
  HZ: 'Hz',
  kHz: 'kHz',
  KHz: 'kHz',
  MHz: 'MHz',
  GHz: 'GHz',
  Ghz: 'GHz',
  Mbps: 'Mbps',
  Gbps: 'Gbps',
  kbps: 'kbps',
  mAh: 'mAh',
  kPa: 'kPa',
  MPa: 'MPa',
  GPa: 'GPa',
  Nm: 'Nm',
  dB: 'dB',
  HP: 'hp',
  PS: 'PS',
  kV: 'kV',
  mL: 'ml',
  μm: 'μm',
}

/** Units read only glued to their number ("45g", "1.0l", "10W"). */
const GLUED_ONLY = new Set(['g', 'l', 'W'])

/** Two-word units: "nautical miles", "metric tons", "degrees Celsius". */
const PAIRS: Record<string, string> = {
  'nautical mile': 'nmi',
  'nautical miles': 'nmi',
  'metric ton': 't',
  'metric tons': 't',
  'degrees celsius': '°C',
  'degree celsius': '°C',
  'degrees centigrade': '°C',
  'degrees fahrenheit': '°F',
  'degree fahrenheit': '°F',
  'deg c': '°C',
  'deg f': '°F',
  'light years': 'ly',
  // A hundredth of a percentage point: "a 60 basis point improvement", "40 basis points".
  'basis point': 'bp',
  'basis points': 'bp',
}

/** Speeds written as a rate of a length per hour keep the name newsrooms use. */
const SPEEDS: Record<string, string> = { 'km/h': 'km/h', 'mi/h': 'mph', 'm/s': 'm/s' }

const TIME_UNITS = new Set(['s', 'min', 'h', 'd', 'wk', 'month', 'y', 'decade'])
/** The time units from shortest to longest. */
const TIME_ORDER: Record<string, number> = Object.fromEntries([...TIME_UNITS].map((u, i) => [u, i]))

/** The unit written at tokens[i] ("kilometres", "km/h", "square miles", "litres per day"). */
export interface MeasureUnit {
  unit: string
  /** Index just past the unit's last token. */
  next: number
}

/**
 * The unit of a measure written at tokens[i], after its number: "12 km", "a 40-kilometre crack",
 * "20 nautical miles", "2 square kilometres", "150 km/h", "winds of 80 miles per hour", "47.3C",
 * "2 million litres per day". A rate is a measure over a time ("litres per day" → l/d).
 */
export function measureUnitAt(tokens: Token[], i: number): MeasureUnit | null {
  let at = i
  // "a 40-kilometre crack", "a 36-hour siege": the unit glued by a hyphen.
  if (tokens[at]?.text === '-' && tokens[at - 1]?.end === tokens[at].start) at++
  const base = simpleUnitAt(tokens, at)
  if (!base) return null
  // "4,300 tonnes of crude a day", "410,000 tonnes of household waste a year": what is measured
  // (up to three words) may stand between the unit and its time.
  let rate = perAt(tokens, base.next)
  if (!rate && tokens[base.next]?.lower === 'of') {
    for (let n = 1; n <= 3 && !rate; n++) {
      const words = tokens.slice(base.next + 1, base.next + 1 + n)
      // Words of a material only: not "54GB of 5G data for a month" (a label, then a duration).
      const material = (t: Token) =>
        t.kind === 'word' && /^\p{Ll}+$/u.test(t.text) && !RATE_OPENERS.has(t.lower)
      if (words.length < n || !words.every(material)) break
      rate = perAt(tokens, base.next + 1 + n)
    }
  }
  // "three hours a day" is a time over a longer time (h/d); "an hour an hour" is no rate.
  if (rate && (!TIME_UNITS.has(base.unit) || TIME_ORDER[base.unit] < TIME_ORDER[rate.unit])) {
    const unit = `${base.unit}/${rate.unit}`
    return { unit: SPEEDS[unit] ?? unit, next: rate.next }
  }
  return base
}

/** Words that open the time of a rate ("a day", "per year"): what is measured ends before them. */
const RATE_OPENERS = new Set(['a', 'an', 'per', 'each', 'every'])

function simpleUnitAt(tokens: Token[], i: number): MeasureUnit | null {
  const t = tokens[i]
  if (!t) return null
  // "12°C", "12 °F", "12 degrees Celsius"
  if (t.text === '°' && tokens[i + 1] && ['C', 'F'].includes(tokens[i + 1].text)) {
    return { unit: CASED[tokens[i + 1].text], next: i + 2 }
  }
  if (t.kind !== 'word') return null
  const pair = PAIRS[`${t.lower} ${tokens[i + 1]?.lower}`]
  if (pair && tokens[i + 1]?.kind === 'word') return { unit: pair, next: i + 2 }
  // "2 square kilometres", "sq km", "cubic metres"
  if (['square', 'sq', 'cubic'].includes(t.lower)) {
    const next = tokens[i + 1]?.text === '.' ? i + 2 : i + 1
    const length = WORDS[tokens[next]?.lower]
    if (!length || !['km', 'm', 'mi', 'ft', 'cm', 'yd'].includes(length)) return null
    return { unit: `${length}${t.lower === 'cubic' ? 3 : 2}`, next: next + 1 }
  }
  // "km/h", "m/s"
  if (tokens[i + 1]?.text === '/' && tokens[i + 2]?.kind === 'word') {
    const speed = SPEEDS[`${WORDS[t.lower]}/${WORDS[tokens[i + 2].lower]}`]
    if (speed) return { unit: speed, next: i + 3 }
    // "122g/km", "8 kV/cm", "2.5 A/cm2": a unit over a unit, written with a slash and no spaces.
    const [top, per] = [slashPart(t), slashPart(tokens[i + 2])]
    const tight = t.end === tokens[i + 1].start && tokens[i + 1].end === tokens[i + 2].start
    if (top && per && tight && top !== per) return { unit: `${top}/${per}`, next: i + 3 }
  }
  // "C" and "F" are temperatures only glued to their number ("47.3C"), as "g", "l" and "W" are units.
  const glued = tokens[i - 1]?.end === t.start
  const cased = CASED[t.text]
  if (cased && ((cased[0] !== '°' && !GLUED_ONLY.has(cased)) || glued || t.text.length > 1))
    return { unit: cased, next: i + 1 }
  const dotted = dottedUnitAt(tokens, i)
  if (dotted) return dotted
  // "a 42-metre-deep lake", "a 5-mile-long queue": the unit is the first part of the compound
  // ("35-year-old" is an age, read by the age rules: it stays a word).
  const [first, rest] = t.lower.split(/-(.*)/s)
  const compound = rest && rest !== 'old' && !rest.startsWith('old-')
  const unit = WORDS[t.lower] ?? (compound ? WORDS[first] : undefined)
  // "h", "m", "ft" and other symbols must be written as symbols, not capitalised words ("M" is not m).
  if (!unit || (t.text.length <= 2 && t.text !== t.lower)) return null
  if (GLUED_ONLY.has(unit) && t.text.length === 1 && !glued) return null
  return { unit, next: i + 1 }
}

/** Symbols read only as a part of a unit written with a slash ("A/cm2" is amperes per cm²). */
const SLASH_ONLY: Record<string, string> = { A: 'A', cm2: 'cm2', mm2: 'mm2' }

/** A unit on either side of a slash: a symbol ("g", "km", "kV"), never a counted noun. */
function slashPart(t: Token): string | null {
  return CASED[t.text] ?? SLASH_ONLY[t.text] ?? (t.text.length <= 4 ? WORDS[t.lower] : null) ?? null
}

/** "80 m.p.h.": a symbol written with a full stop after each letter. */
function dottedUnitAt(tokens: Token[], i: number): MeasureUnit | null {
  let letters = ''
  let at = i
  while (
    tokens[at]?.kind === 'word' &&
    tokens[at].text.length === 1 &&
    tokens[at + 1]?.text === '.' &&
    tokens[at + 1].start === tokens[at].end &&
    (at === i || tokens[at - 1].end === tokens[at].start)
  ) {
    letters += tokens[at].lower
    at += 2
  }
  const unit = letters.length > 1 ? WORDS[letters] : undefined
  return unit ? { unit, next: at } : null
}

/**
 * Whether the words after "a year", "a month" make it an offset from the story's time, not a rate:
 * "a year earlier", "a week ago", "a year from now"; "14 hours a day since March" is still a rate.
 */
export function isTimeOffset(word: string | undefined, next: string | undefined): boolean {
  if (word === 'from') return next === 'now'
  return /^(ago|earlier|later|before|after|prior|previously|back)$/.test(word ?? '')
}

/**
 * "per day", "a day", "an hour", "/day", "each year" after a unit: the time of a rate; but "140
 * cm a year earlier" places the measure in time, as it does an amount of money.
 */
function perAt(tokens: Token[], i: number): MeasureUnit | null {
  const joiner = tokens[i]?.lower
  if (!['per', 'a', 'an', '/', 'each'].includes(joiner)) return null
  const unit = WORDS[tokens[i + 1]?.lower]
  if (['a', 'an'].includes(joiner) && isTimeOffset(tokens[i + 2]?.lower, tokens[i + 3]?.lower))
    return null
  return unit && TIME_UNITS.has(unit) ? { unit, next: i + 2 } : null
}

/** Whether a unit belongs to the vocabulary of measures (not a count's noun, money or percent). */
export function isMeasureUnit(unit: string | null | undefined): boolean {
  return typeof unit === 'string' && measureKind(unit) !== null
}

/** The kind of a measure unit (length, area, speed, time…), "magnitude", or null. */
export function measureKind(unit: string): string | null {
  if (unit === 'magnitude') return 'magnitude'
  const q = libraryQuantity(1, unit)
  return q ? q.kind() : null
}

/**
 * The canonical unit for a unit an editor typed ("kilometres" → "km", "km/h" stays), or null when
 * it is not a measure unit. Counted nouns ("passengers") are not units and give null.
 */
export function canonicalUnit(written: string): string | null {
  const text = written.trim()
  if (text === 'magnitude' || LIBRARY_UNIT[text] || CANONICAL.has(text)) return text
  const tokens = text.split(/\s+/)
  const pair = PAIRS[tokens.map((t) => t.toLowerCase()).join(' ')]
  if (pair) return pair
  if (tokens.length === 1) {
    const word = CASED[text] ?? WORDS[text.toLowerCase()]
    if (word) return word
  }
  return null
}

/** Square and cubic lengths, as `simpleUnitAt` writes them ("square miles" → mi2). */
const POWERS = ['km', 'm', 'mi', 'ft', 'cm', 'yd'].flatMap((u) => [`${u}2`, `${u}3`])

const CANONICAL = new Set([
  ...Object.values(WORDS),
  ...Object.values(CASED),
  ...Object.values(PAIRS),
  ...POWERS,
])

/**
 * `value` of unit `from` expressed in unit `to`, or null when they measure different things
 * (or either is not a measure unit). "5 km" in m is 5000; "12 mi" in km is 19.312128.
 */
export function convertMeasure(value: number, from: string, to: string): number | null {
  if (from === to) return value
  const q = libraryQuantity(value, from)
  const target = LIBRARY_UNIT[to] ?? to
  if (!q || !isLibraryUnit(target) || !q.isCompatible(target)) return null
  const converted = q.to(target).scalar / (LIBRARY_FACTOR[to] ?? 1)
  return Number(converted.toPrecision(12))
}

function libraryQuantity(value: number, unit: string): Qty | null {
  if (!CANONICAL.has(unit) && !LIBRARY_UNIT[unit] && !/^[\w°]+\/\w+$/.test(unit)) return null
  const [top, per] = unit.split('/')
  const library = (u: string) => LIBRARY_UNIT[u] ?? u
  const factor = (LIBRARY_FACTOR[top] ?? 1) / (per ? (LIBRARY_FACTOR[per] ?? 1) : 1)
  const text = per ? `${library(top)}/${library(per)}` : library(top)
  if (!isLibraryUnit(text)) return null
  return Qty(value * factor, text)
}

function isLibraryUnit(unit: string): boolean {
  try {
    Qty(unit)
    return true
  } catch {
    return false
  }
}

/** How `formatFigurePhrase` writes a canonical unit so that `measureUnitAt` reads it back. */
const WRITTEN: Record<string, string> = {
  l: 'litres',
  t: 'tonnes',
  s: 'seconds',
  d: 'days',
  wk: 'weeks',
  month: 'months',
  y: 'years',
  decade: 'decades',
  acre: 'acres',
  tn: 'tons',
  '°C': '°C',
  '°F': '°F',
  ly: 'light years',
  bp: 'basis points',
}
const WRITTEN_PER: Record<string, string> = {
  s: 'second',
  min: 'minute',
  h: 'hour',
  d: 'day',
  wk: 'week',
  month: 'month',
  y: 'year',
  decade: 'decade',
}

/** A measure unit as words after a number: "km", "litres per day", "tonnes". */
export function writeMeasureUnit(unit: string): string {
  const [top, per] = unit.split('/')
  if (per && WRITTEN_PER[per] && !SPEEDS[unit])
    return `${WRITTEN[top] ?? top} per ${WRITTEN_PER[per]}`
  return WRITTEN[unit] ?? unit
}
