import { boundsFor } from './bounds.js'
import {
  CURRENCY_ABBREVIATIONS,
  CURRENCY_CODES,
  CURRENCY_NAMES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
} from './currencies.js'
import {
  MAGNITUDES,
  readWordNumber,
  SCALE_SUFFIXES,
  SCALE_WORDS,
  VAGUE_MAGNITUDES,
} from './numberWords.js'
import { PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS, type Qualifier } from './qualifiers.js'
import { tokenize, type Token } from './tokens.js'
import { canonicalUnit, isTimeOffset, measureUnitAt, type MeasureUnit } from './units.js'

/** A number with its qualifier, as written in a text: "at least 155", "over £50bn", "20 to 30". */
export interface Quantity {
  start: number
  end: number
  value: number
  lower: number | null
  upper: number | null
  qualifier: Qualifier
  /** ISO code when the number is money. */
  currency: string | null
  percent: boolean
  /** Written in words ("nine million") rather than digits. */
  inWords: boolean
  /** The canonical unit of a physical measure, duration or rate ("km", "h", "km/h"; units.ts). */
  measure: string | null
  /** A vague amount ("dozens", "tens of thousands"): its bounds are the documented interval. */
  vague: boolean
}

interface Amount {
  value: number
  /** Multiplier applied ("4.4 million" → 1e6), so "between 2 and 3 million" can share it. */
  scale: number
  /** For a number in words, the magnitude word it ends with ("five thousand" → 1e3), else 1. */
  wordScale: number
  currency: string | null
  percent: boolean
  inWords: boolean
  measure: string | null
  vague: { lower: number; upper: number } | null
  first: number
  next: number
}

/** The time units of the measure vocabulary (units.ts). */
const TIME_UNITS = new Set(['s', 'min', 'h', 'd', 'wk', 'month', 'y', 'decade'])

/** Every quantity in the text, left to right, not overlapping. */
export function findQuantities(text: string): Quantity[] {
  const tokens = tokenize(text)
  const found: Quantity[] = []
  for (let i = 0; i < tokens.length;) {
    const match = quantityAt(tokens, i)
    if (match) {
      found.push(signed(tokens, i, match.quantity))
      i = match.next
    } else {
      i++
    }
  }
  shareChangeUnits(text, found)
  return found
}

/**
 * A minus sign before a number: "-5 yards", "FTSE -0.6%", "minus 4C", "minus-130 degrees". A hyphen
 * is a sign only when it is not glued to what comes before it ("2-0", "5-10W" are no negatives).
 */
function signAt(tokens: Token[], i: number): number | null {
  const before = tokens[i - 1]
  if (before?.lower === 'minus') return i - 1
  if (!before || !['-', '−'].includes(before.text) || before.end !== tokens[i].start) return null
  if (tokens[i - 2]?.lower === 'minus') return i - 2
  return tokens[i - 2] && tokens[i - 2].end === before.start ? null : i - 1
}

function signed(tokens: Token[], i: number, q: Quantity): Quantity {
  const sign = q.qualifier === 'exact' && !q.vague ? signAt(tokens, i) : null
  return sign === null ? q : { ...q, value: -q.value, start: tokens[sign].start }
}

/**
 * "dropping from 208 pounds to 193", "slowed from 4.8 to 4.7 percent": the two levels of a change
 * written with the unit once; the bare end takes the other's currency, percent or measure.
 */
function shareChangeUnits(text: string, found: Quantity[]): void {
  const bare = (q: Quantity) => !q.currency && !q.percent && !q.measure
  for (let k = 0; k + 1 < found.length; k++) {
    const [a, b] = [found[k], found[k + 1]]
    if (!/^\s+to\s+$/i.test(text.slice(a.end, b.start))) continue
    if (!/\bfrom\s+$/i.test(text.slice(0, a.start))) continue
    const [from, to] = bare(a) && !bare(b) ? [b, a] : bare(b) && !bare(a) ? [a, b] : [null, null]
    if (!from || !to) continue
    to.currency = from.currency
    to.percent = from.percent
    to.measure = from.measure
  }
}

function quantityAt(tokens: Token[], i: number): { quantity: Quantity; next: number } | null {
  if (tokens[i].lower === 'between') {
    const low = amountAt(tokens, i + 1)
    const high =
      low && tokens[low.next]?.lower === 'and' ? amountAt(tokens, low.next + 1, low.currency) : null
    return low && high ? range(tokens, i, low, high) : null
  }
  const prefix = matchWords(tokens, i, PREFIX_QUALIFIERS)
  const amount = amountAt(tokens, prefix ? prefix.next : i)
  if (!amount) return null
  // "lifts the age over ten years": "over" a time is the span it happens in, not "more than";
  // after "for", "of" or "than" ("unemployed for over two years") it still qualifies.
  if (
    prefix &&
    tokens[i].lower === 'over' &&
    amount.measure &&
    TIME_UNITS.has(amount.measure) &&
    tokens[i - 1] &&
    !/^(for|of|than|took|lasted|lasting)$/.test(tokens[i - 1].lower)
  ) {
    return single(tokens, prefix.next, amount, 'exact', amount.next)
  }
  if (prefix) {
    // "an estimated 8,000 to 10,000", "some 20-30": an approximate range is a range.
    const high = prefix.qualifier === 'about' && !amount.vague ? rangeEndAt(tokens, amount) : null
    if (high) return range(tokens, i, amount, high)
    return single(tokens, i, amount, prefix.qualifier, amount.next)
  }
  if (amount.vague) {
    return {
      quantity: quantity(tokens, i, amount.next, amount, 'range', amount.vague),
      next: amount.next,
    }
  }
  const high = rangeEndAt(tokens, amount)
  if (high) return range(tokens, i, amount, high)
  const suffix = matchWords(tokens, amount.next, SUFFIX_QUALIFIERS)
  if (suffix) return single(tokens, i, amount, suffix.qualifier, suffix.next)
  if (isGlued(tokens, amount)) return null
  return single(tokens, i, amount, 'exact', amount.next)
}

/**
 * "20 to 30", "20-30", "two or three", "estimates ranged from 20 to 30", "fines from $250,000 to
 * $1 million"; but "rose from 100 to 200" reports a change (two levels), so "from … to" is not a
 * range after a verb of change.
 */
function rangeEndAt(tokens: Token[], low: Amount): Amount | null {
  const joiner = tokens[low.next]
  if (!joiner || !['to', '-', '–', 'or'].includes(joiner.lower)) return null
  // "from 0 to 62 mph" is a span however it is reached (an acceleration).
  const changeFrom =
    tokens[low.first - 1]?.lower === 'from' &&
    low.value !== 0 &&
    changesBefore(tokens, low.first - 1)
  // "rose 60% in 2018 to 3.9 million": a year after a preposition of time begins no range.
  if (isYearAfterTime(tokens, low)) return null
  // "4% or 6% lower than last year and the year before respectively": two figures, one for each.
  if (joiner.lower === 'or' && respectivelyAfter(tokens, low.next)) return null
  const high = amountAt(tokens, low.next + 1, low.currency)
  if (!high || high.vague) return null
  // …but "revised its forecast from 5 to 7 per cent to 3 to 5 per cent" changes a range into another.
  if (changeFrom && !(tokens[high.next]?.lower === 'to' && tokens[high.next + 1]?.kind === 'num'))
    return null
  // "rose 9.4 per cent to $84": a change and a level, not a range; "3 to 5 per cent" is one.
  const kind = (a: Amount) =>
    a.percent ? '%' : a.currency ? `$${a.currency}` : a.measure ? `m${a.measure}` : null
  if ((kind(low) && kind(high) && kind(low) !== kind(high)) || (low.percent && !high.percent)) {
    return null
  }
  // "increased by $43.6 billion to $419.2 billion": after "by", a far larger end is the level the
  // change reached, not the top of a range of changes ("fell by 1 to 1.5 degrees" is one).
  if (tokens[low.first - 1]?.lower === 'by' && joiner.lower === 'to' && high.value >= 5 * low.value)
    return null
  return lowEnd(low, high) < high.value ? high : null
}

/** Whether "respectively" follows in the same sentence, pairing the numbers before it one by one. */
function respectivelyAfter(tokens: Token[], i: number): boolean {
  for (let k = i; k < tokens.length && !['.', '!', '?', ';'].includes(tokens[k].text); k++)
    if (tokens[k].lower === 'respectively') return true
  return false
}

function isYearAfterTime(tokens: Token[], low: Amount): boolean {
  const bare = !low.currency && !low.percent && !low.measure && !low.inWords && low.scale === 1
  const year =
    /^\d{4}$/.test(tokens[low.first]?.text ?? '') && low.value >= 1500 && low.value <= 2100
  return (
    bare &&
    year &&
    /^(in|since|by|during|until|before|after)$/.test(tokens[low.first - 1]?.lower ?? '')
  )
}

/** Verbs of change: "rose from 4.8 to 4.7", "was cut from 12 to 9", "went from 20 to 35". */
const CHANGE_VERB =
  /^(ris(e|es|en|ing)|rose|fell|fall(s|en|ing)?|(drop|climb|jump|increase|decrease|grow|slow|plummet|plunge|surge|soar|slip|lower|raise|lift|reduce|boost|shrink|revise|downgrade|upgrade|move|change|cut|slash|trim|widen|narrow|shift|swing|tumble|sink|edge|push|bring)(s|ed|d|ing|ped|ping)?|grew|shrank|slid|sank|went|goes|going|swung|brought|pushed|upped)$/

/** Whether a verb of change comes before "from" (at tokens[from]) in the same clause. */
function changesBefore(tokens: Token[], from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 8); k--) {
    const t = tokens[k]
    if (t.kind !== 'word' && !['$', '€', '£', '%'].includes(t.text)) {
      if (/^[,;:.()]$/.test(t.text)) return false
      continue
    }
    if (CHANGE_VERB.test(t.lower)) return true
  }
  return false
}

/**
 * The low end of a range whose scale is written once, at the high end: "2 to 3 million",
 * "four to five thousand", "70-100,000" (70,000: a small first end of a round thousands figure).
 */
function lowEnd(low: Amount, high: Amount): number {
  // …but not "from $370,000 to $5.5 million", where the low end is whole already.
  if (high.scale > 1 && low.scale === 1 && low.value * high.scale <= high.value) {
    return low.value * high.scale
  }
  if (
    low.scale === 1 &&
    high.inWords &&
    low.inWords &&
    high.wordScale > 1 &&
    low.value < high.wordScale
  ) {
    return low.value * high.wordScale
  }
  if (
    !low.inWords &&
    !high.inWords &&
    low.value < 1000 &&
    high.value >= 10_000 &&
    high.value % 1000 === 0
  ) {
    const scaled = low.value * 1000
    if (scaled < high.value && low.value >= high.value / 1e4) return scaled
  }
  return low.value
}

/**
 * A number glued to a hyphen, slash or colon that is not a rising range belongs to something else:
 * a score (3-1), a date (11/03), a time (10:30) or a compound adjective ("35-year-old", "7.8-magnitude").
 */
function isGlued(tokens: Token[], amount: Amount): boolean {
  const before = tokens[amount.first - 1]
  const after = tokens[amount.next]
  const glued = (a: Token | undefined, b: Token | undefined) => a && b && a.end === b.start
  const joined = (t: Token | undefined) => t && ['-', '–', '/', ':'].includes(t.text)
  // "114bhp/200Nm", "Power: 6kW/8kW": a slash between a measure and the next number lists them.
  if (amount.measure) {
    const listed = (slash: Token | undefined, number: Token | undefined) =>
      slash?.text === '/' && number?.kind === 'num'
    if (listed(after, tokens[amount.next + 1]) && tokens[amount.next - 1].kind === 'word')
      return false
    if (listed(before, tokens[amount.first]) && measureUnitBefore(tokens, amount.first - 1))
      return false
  }
  // "a 42,000-seat ground", "a 300-page report": a count glued to the singular noun that names
  // its unit, before the noun it describes (docs/figure-units.md: "a 12 page document").
  if (after?.text === '-' && countUnitAfter(tokens, amount.next)) return false
  return Boolean(
    (joined(after) && glued(tokens[amount.next - 1], after)) ||
    (joined(before) &&
      glued(before, tokens[amount.first]) &&
      signAt(tokens, amount.first) === null),
  )
}

/** Words glued after a number by a hyphen that name no counted unit: "35-year-old", "100-odd". */
const NOT_COUNT_UNITS = new Set(
  'year years old month months week weeks day days strong odd fold plus something ish time times nil all and or to for in a up off'.split(
    ' ',
  ),
)

/**
 * Whether the hyphen at tokens[hyphen] joins its number to a lower-case singular noun that ends the
 * text or comes before another word: "42,000-seat ground". Not a score ("3-1"), an age
 * ("9-month-old"), a range ("5-10") or a capitalised label ("7-Eleven").
 */
function countUnitAfter(tokens: Token[], hyphen: number): boolean {
  const [number, mark, word, next] = tokens.slice(hyphen - 1, hyphen + 3)
  if (!number || number.kind !== 'num' || number.end !== mark.start) return false
  if (!word || word.kind !== 'word' || word.start !== mark.end) return false
  if (!/^\p{Ll}+$/u.test(word.text) || NOT_COUNT_UNITS.has(word.lower)) return false
  if ((number.digits ?? 0) <= 1 || number.symbol || number.percent || number.suffix) return false
  return !next || (next.kind === 'word' && next.start > word.end)
}

/** Whether the word before tokens[slash] is a measure unit glued to its number ("114bhp/…"). */
function measureUnitBefore(tokens: Token[], slash: number): boolean {
  const [number, unit] = [tokens[slash - 2], tokens[slash - 1]]
  return Boolean(
    number?.kind === 'num' &&
    unit?.kind === 'word' &&
    measureUnitAt(tokens, slash - 1)?.next === slash,
  )
}

function single(tokens: Token[], i: number, amount: Amount, qualifier: Qualifier, next: number) {
  return {
    quantity: quantity(tokens, i, next, amount, qualifier, boundsFor(qualifier, amount.value)),
    next,
  }
}

function range(tokens: Token[], i: number, low: Amount, high: Amount) {
  const lower = lowEnd(low, high)
  const merged: Amount = {
    ...low,
    value: lower,
    currency: low.currency ?? high.currency,
    percent: low.percent || high.percent,
    measure: low.measure ?? high.measure,
  }
  return {
    quantity: quantity(tokens, i, high.next, merged, 'range', { lower, upper: high.value }),
    next: high.next,
  }
}

function quantity(
  tokens: Token[],
  first: number,
  next: number,
  amount: Amount,
  qualifier: Qualifier,
  bounds: { lower: number | null; upper: number | null },
): Quantity {
  return {
    start: tokens[first].start,
    end: tokens[next - 1].end,
    value: amount.value,
    lower: bounds.lower,
    upper: bounds.upper,
    qualifier,
    currency: amount.currency,
    percent: amount.percent,
    inWords: amount.inWords,
    measure: amount.measure,
    vague: amount.vague !== null,
  }
}

/** A bare amount: digits or words, with its multiplier, currency and percent sign. */
function amountAt(
  tokens: Token[],
  first: number,
  currencyBefore: string | null = null,
): Amount | null {
  const vague = vagueAt(tokens, first)
  if (vague) return vague
  const written = tokens[first]?.text ?? ''
  // "INR 300", "Rs 540": a code or abbreviation written apart before the digits.
  const code = CURRENCY_CODES.has(written) ? written : (CURRENCY_ABBREVIATIONS[written] ?? null)
  const codeFirst = code !== null && tokens[first + 1]?.kind === 'num'
  const number = codeFirst
    ? digitsAt(tokens, first + 1, true)
    : (digitsAt(tokens, first, currencyBefore !== null) ?? wordsAt(tokens, first))
  if (!number) return null
  if (codeFirst) number.currency = code
  const unit = number.currency || number.percent ? null : unitAfter(tokens, number.next)
  const measure =
    number.currency || number.percent || unit ? null : measureAt(tokens, first, number.next)
  const end = measure?.next ?? unit?.next ?? number.next
  return {
    ...number,
    ...unit,
    measure: measure?.unit ?? null,
    // "US $61.40 a barrel", "$2.18 per mmBTU": a price keeps what it is the price of; "grown 6
    // percent a year": a percentage per time keeps its time, as a rate.
    next:
      number.currency || unit?.currency
        ? priceRateEnd(tokens, end)
        : number.percent || unit?.percent
          ? percentRateEnd(tokens, end)
          : end,
    first,
    vague: null,
  }
}

/** After a money amount: "per <anything>", "per square foot", or "a/an <unit>" ("a litre", "a day"). */
function priceRateEnd(tokens: Token[], i: number): number {
  const joiner = tokens[i]?.lower
  const word = tokens[i + 1]
  if (!word || word.kind !== 'word' || word.start - tokens[i].end > 1) return i
  // A money rate per time keeps its time ("$14.95 a month", "$48,000 a year"), but "a year
  // earlier" or "a week ago" places the amount in time: it is no rate.
  const unit = canonicalUnit(word.text)
  if (unit && TIME_UNITS.has(unit) && isTimeOffset(tokens[i + 2]?.lower, tokens[i + 3]?.lower))
    return i
  if (joiner === 'per') {
    const square = ['square', 'sq', 'cubic'].includes(word.lower) && tokens[i + 2]?.kind === 'word'
    return square ? i + 3 : i + 2
  }
  if ((joiner === 'a' || joiner === 'an') && unit) return i + 2
  return i
}

/** After a percentage: "a year", "per month", "an hour", unless an offset ("a year earlier"). */
function percentRateEnd(tokens: Token[], i: number): number {
  const word = tokens[i + 1]
  if (!['a', 'an', 'per'].includes(tokens[i]?.lower) || word?.kind !== 'word') return i
  const unit = canonicalUnit(word.text)
  if (!unit || !TIME_UNITS.has(unit)) return i
  return isTimeOffset(tokens[i + 2]?.lower, tokens[i + 3]?.lower) ? i : i + 2
}

/**
 * The unit of a measure around the number that ends before tokens[next]: after it ("12 km",
 * "6.8 magnitude", "7.8-magnitude", "measuring 6.8 on the Richter scale") or, for a quake's
 * magnitude, before it ("a magnitude 6.8 quake", "a magnitude of 6.8", "magnitude-6.8").
 */
function measureAt(tokens: Token[], first: number, next: number): MeasureUnit | null {
  const after = measureUnitAt(tokens, next)
  if (after) return after
  // "the 20 previous years", "three straight years", "two more months": a time after a word that
  // places or extends the span is still the duration's unit.
  if (SPAN_WORDS.has(tokens[next]?.lower ?? '')) {
    const time = measureUnitAt(tokens, next + 1)
    if (time && TIME_UNITS.has(time.unit)) return time
  }
  const hyphen = tokens[next]?.text === '-' && tokens[next].start === tokens[next - 1].end ? 1 : 0
  if (tokens[next + hyphen]?.lower === 'magnitude') {
    return { unit: 'magnitude', next: next + hyphen + 1 }
  }
  const richter = ['on', 'the', 'richter'].every((w, k) => tokens[next + k]?.lower === w)
  let before = first - 1
  if (tokens[before]?.text === '-' || tokens[before]?.lower === 'of') before--
  if (richter || tokens[before]?.lower === 'magnitude') return { unit: 'magnitude', next }
  return null
}

/** Words between a number and its time unit that leave the span a duration ("three straight years"). */
const SPAN_WORDS = new Set([
  'previous',
  'straight',
  'consecutive',
  'successive',
  'more',
  'full',
  'additional',
  'extra',
  'further',
])

type BareAmount = Omit<Amount, 'first' | 'vague' | 'measure'>

/** `money` says a currency was written nearby, so "30m" in "£20-30m" means millions, not metres. */
function digitsAt(tokens: Token[], i: number, money: boolean): BareAmount | null {
  const token = tokens[i]
  if (token?.kind !== 'num') return null
  // "164p": a share price in pence, kept as written (GBX, as the London market quotes it).
  const pence = token.suffix === 'p' && !token.symbol
  const currency = pence ? 'GBX' : token.symbol ? CURRENCY_SYMBOLS[token.symbol] : null
  const countsPlural = tokens[i + 1]?.kind === 'word' && looksPlural(tokens[i + 1].lower)
  // "35m of its Echo devices": millions of something owned, not metres of it.
  const ofOwned =
    tokens[i + 1]?.lower === 'of' &&
    POSSESSIVES.has(tokens[i + 2]?.lower ?? '') &&
    token.suffix === 'm'
  // "around 25k or 40k cheaper": thousands; but "a 10k run" is a distance.
  const race =
    token.suffix === 'k' &&
    /^(run|runs|race|races|walk|swim|road)$/.test(tokens[i + 1]?.lower ?? '')
  if (
    token.suffix &&
    (token.suffix === 'm' || race) &&
    !currency &&
    !money &&
    !countsPlural &&
    !ofOwned
  ) {
    return null
  }
  // "4B", "12K" without money are labels (a flat, a vitamin), not amounts; a capital scale letter
  // after decimals is no label ("1.2M reviews", "2.5B downloads").
  const scaled = /\.\d+[MB]$/.test(token.text)
  if (token.suffix && ['M', 'B', 'b', 'K'].includes(token.suffix) && !currency && !money && !scaled)
    return null
  // A code glued in front ("RM79") is money only when it is a currency code, not a word.
  if (token.symbol && !currency) return null
  const percent = Boolean(token.percent)
  let scale = token.suffix && !pence ? SCALE_SUFFIXES[token.suffix] : 1
  let next = i + 1
  const scaleWord = tokens[next]?.lower
  if (!token.suffix && !percent && scaleWord in SCALE_WORDS) {
    scale = SCALE_WORDS[scaleWord]
    next++
    // "4 hundred million": a larger scale word multiplies the first.
    const larger = SCALE_WORDS[tokens[next]?.lower]
    if (larger > scale) {
      scale *= larger
      next++
    }
  }
  return {
    value: clean(token.digits! * scale),
    scale,
    wordScale: 1,
    currency,
    percent,
    inWords: false,
    next,
  }
}

const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'the'])

const NOT_PLURAL = new Set([
  'across',
  'is',
  'was',
  'has',
  'as',
  'its',
  'this',
  'thus',
  'plus',
  'always',
])

function looksPlural(word: string): boolean {
  return word === 'people' || (/[^su]s$/.test(word) && !NOT_PLURAL.has(word))
}

function wordsAt(tokens: Token[], i: number): BareAmount | null {
  const words = readWordNumber(tokens, i)
  if (!words) return null
  return {
    value: words.value,
    scale: 1,
    wordScale: MAGNITUDES[tokens[words.next - 1]?.lower] ?? 1,
    currency: null,
    percent: false,
    inWords: true,
    next: words.next,
  }
}

/** "percent", "per cent", "dollars", "USD" after an amount. */
function unitAfter(tokens: Token[], i: number) {
  const word = tokens[i]
  if (!word) return null
  if (word.lower === 'percent') return { currency: null, percent: true, next: i + 1 }
  if (word.lower === 'per' && tokens[i + 1]?.lower === 'cent') {
    return { currency: null, percent: true, next: i + 2 }
  }
  // "Australian dollars", "New Zealand dollars": the country's adjective names the currency.
  for (const length of [3, 2]) {
    const words = tokens.slice(i, i + length)
    const named = CURRENCY_NAMES[words.map((t) => t.lower).join(' ')]
    if (words.length === length && words.every((t) => t.kind === 'word') && named) {
      return { currency: named, percent: false, next: i + length }
    }
  }
  const currency = CURRENCY_WORDS[word.lower] ?? (CURRENCY_CODES.has(word.text) ? word.text : null)
  if (currency) return { currency, percent: false, next: i + 1 }
  // "28,400 pounds a year": pounds earned or paid per year, month or week are sterling (a salary, a
  // rent), where "pounds" alone is as often a weight.
  const perTime =
    ['a', 'an', 'per'].includes(tokens[i + 1]?.lower) &&
    /^(year|month|week)$/.test(tokens[i + 2]?.lower ?? '')
  if ((word.lower === 'pounds' || word.lower === 'pound') && perTime)
    return { currency: 'GBP', percent: false, next: i + 1 }
  return null
}

/**
 * "dozens", "thousands", "tens of thousands", "hundreds of millions"; "several hundred" and
 * "a few thousand" read like "hundreds" and "thousands".
 */
function vagueAt(tokens: Token[], i: number): Amount | null {
  const word = tokens[i]?.lower
  const few = word === 'several' ? 1 : word === 'a' && tokens[i + 1]?.lower === 'few' ? 2 : 0
  if (few) {
    const base = MAGNITUDES[tokens[i + few]?.lower]
    return base ? vague(base, i, i + few + 1) : null
  }
  // "scores" is only a number in "scores of people", "scores wounded", "scores more".
  if (word === 'scores' && !SCORES_OF.has(tokens[i + 1]?.lower)) return null
  let base = VAGUE_MAGNITUDES[word]
  let next = i + 1
  if ((word === 'tens' || word === 'hundreds') && tokens[i + 1]?.lower === 'of') {
    const of = VAGUE_MAGNITUDES[tokens[i + 2]?.lower]
    if (of >= 1e3) {
      base = of * (word === 'tens' ? 10 : 100)
      next = i + 3
    }
  }
  return base ? vague(base, i, next) : null
}

const SCORES_OF = new Set(['of', 'more', 'dead', 'killed', 'wounded', 'injured', 'hurt', 'missing'])

function vague(base: number, first: number, next: number): Amount {
  return {
    value: 2 * base,
    scale: 1,
    wordScale: 1,
    currency: null,
    percent: false,
    inWords: true,
    measure: null,
    vague: { lower: 2 * base, upper: 10 * base },
    first,
    next,
  }
}

function matchWords(
  tokens: Token[],
  i: number,
  table: readonly { words: readonly string[]; qualifier: Qualifier }[],
): { qualifier: Qualifier; next: number } | null {
  for (const { words, qualifier } of table) {
    if (words.every((word, k) => tokens[i + k]?.lower === word)) {
      return { qualifier, next: i + words.length }
    }
  }
  return null
}

/** Removes binary floating-point noise: 4.4 * 1e6 is 4400000, not 4400000.000000001. */
function clean(n: number): number {
  return Number(n.toPrecision(12))
}
