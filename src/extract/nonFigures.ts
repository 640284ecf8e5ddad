import { numberWordValue, type Quantity } from '../figures/index.js'
import type { Sentence, Term } from './analyse.js'

/** Nouns that make a number a duration or a physical measure, not a reported count. */
const TIME_UNITS =
  'seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|century|centuries'
const MEASURES =
  'km|kms|kilometres?|kilometers?|miles?|metres?|meters?|m|feet|foot|ft|cm|mm|inches|mph|kph|knots|celsius|fahrenheit'
const MONTH =
  '(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)'
const SMALL_NUMBER = '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten)'
/** Words that make the next number a label: "Flight 302", "Article 370", "category 5". */
const LABELS =
  'no|number|flight|route|article|section|chapter|page|room|gate|platform|line|bus|category|level|phase|stage|grade|resolution|version|clause|paragraph|item|seat|row|ward|block|highway|road|floor'

/** A part before "of the": "two of the", "nearly 200 of the", "half of the". */
const PARTITIVE_PART =
  /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|all|both|none|most|some|many|several|half))\s+of\s+the\s*$/i

/** "Lena Brandt, 38, said": a number set off by commas right after a name is an age. */
const AGE_APPOSITION = /\p{Lu}[\p{L}'’-]*,\s*$/u

/** A group named by age: "children" in "children under five". */
const AGE_GROUP = /\b(children|kids|boys|girls|babies|infants|toddlers|pupils|minors)\s+$/i
/**
 * People who may be counted as well as bounded by age: "patients over 75" is an age when no noun
 * follows the number ("patients over 300 miles" is not).
 */
const PEOPLE_BY_AGE =
  /\b(patients|people|adults|men|women|residents|voters|pensioners|drivers|workers)\s+$/i

/** People said to be under or over a bare number: "40 percent of the respondents were under 35". */
const PEOPLE_WERE =
  /\b(patients|people|adults|victims|voters|respondents|residents|workers|staff|employees|players|members|users|women|men|those|most|half)\s+(were|are|was|is|being)\s+$/i

/** `bare`: the rule reads only a number without a currency or percent sign ("FTSE -0.6%" is a figure). */
const RULES: { reason: string; before?: RegExp; after?: RegExp; bare?: boolean }[] = [
  { reason: 'age', before: /\b(aged?|ages|age of)\s*$/i },
  // "raise the retirement age from 62 to 64", "a voting age of 16", "whose median age is 58".
  {
    reason: 'age',
    before: /\bage\s+(?:(?:from|of|to|at|is|was|are|were)\s+)?(?:\d+\s+(?:to|-|and)\s+)?$/i,
  },
  { reason: 'age', after: /^\s*(years?|yrs?)[\s-]+old\b|^\s*years? of age\b/i },
  { reason: 'time', after: /^\s*(a\.?m\b|p\.?m\b|o['’]clock\b|hrs\b|gmt\b|utc\b|local time\b)/i },
  { reason: 'duration', after: new RegExp(`^[\\s-]*(${TIME_UNITS})\\b`, 'i') },
  { reason: 'measure', after: new RegExp(`^[\\s-]*(${MEASURES})\\b`, 'i') },
  // "47.3C", "104F", "12 °C": a temperature.
  { reason: 'measure', after: /^(\.\d+)?\s*°?\s*[CF]\b/ },
  // "10 Downing Street", "221 Baker St", "358 El Brillo Way", "9 E 71st St", "22 Ave Foch": an address.
  {
    reason: 'address',
    after:
      /^\s+(\p{Lu}[\p{L}'’-]*\s+){1,2}(Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Square|Place|Way|Drive|Court|Terrace|Crescent|Row|Close|Mews|Gardens|Grove|Parade|Quay|Wharf)\b|^\s+[NSEW]\.?\s+\d+(st|nd|rd|th)\b|^\s+(Ave|Avenue|Rue|Via|Calle)\s+\p{Lu}/u,
  },
  // "the S&P 500", "FTSE 100", "Euro Stoxx 50", "the ASX 200", "TA-35": a stock index's name.
  {
    reason: 'label',
    before: /\b(S&P|S\s?P|sp|FTSE|Stoxx|ASX|TSX|Russell|Nikkei|Fortune|TA|CAC|Hang Seng)[\s/-]*$/i,
    bare: true,
  },
  // "the 11 Pro Max", "a 14 Plus": a model name, the number read before its suffix.
  { reason: 'label', after: /^\s+(Pro|Max|Plus|Mini|Ultra|Lite)\b/ },
  // "three times the average", "four times as many", "five times higher": a ratio to another figure.
  // A count of occurrences is a figure ("orbited the Earth 3,200 times", "trades at 6.5 times
  // earnings", a valuation multiple the market quotes): its unit is "times".
  {
    reason: 'multiplier',
    after:
      /^\s*times\s+(the|as|that|than|what|its|their|his|her|our|this|those|these|more|less|fewer|over|last|\w{3,}er|\p{L}+['’]s)(?![\p{L}])/iu,
  },
  { reason: 'magnitude', before: /\b(magnitude[\s-]*(of\s*)?|measuring\s*)$/i },
  { reason: 'magnitude', after: /^[\s-]*(magnitude|on the richter)\b/i },
  { reason: 'date', before: new RegExp(`\\b${MONTH}\\.?\\s*$`, 'i') },
  // "Mar 9 2018", "August 26, 2019": the year of a date.
  { reason: 'date', before: new RegExp(`\\b${MONTH}\\.?\\s*\\d{1,2},?\\s*$`, 'i') },
  { reason: 'date', after: new RegExp(`^\\s*(${MONTH}|st|nd|rd|th)\\b`, 'i') },
  { reason: 'label', before: new RegExp(`\\b(${LABELS})\\.?\\s*$`, 'i') },
  // "A.D. 1000", "AD 79", "1000 BC": a year.
  // …and its second end: "between A.D. 1000 and 1260".
  { reason: 'year', before: /\b(A\.\s?D\.?|AD)\s*(\d+\s*(and|to|-)\s*)?$/ },
  { reason: 'year', after: /^\s*(B\.\s?C\.?|BC|BCE|CE|A\.\s?D\.?)(?![\p{L}])/u },
]

/**
 * Why a number in a sentence is not a reported figure (a date, year, time, age, ordinal,
 * magnitude, duration, measure, label, ratio, back-reference or the pronoun "one"), or null.
 * Ordinals ("3rd", "first") never reach here: the number scanner does not read them.
 */
export function notAReportedFigure(
  sentence: Sentence,
  quantity: Quantity,
  head: Term | null,
): string | null {
  const before = sentence.text.slice(0, quantity.start - sentence.start)
  const after = sentence.text.slice(quantity.end - sentence.start)
  if (quantity.measure) {
    return notAMeasure(quantity.measure, before, after)
  }
  const bare = !quantity.currency && !quantity.percent
  for (const rule of RULES) {
    if (rule.bare && !bare) continue
    if (rule.before?.test(before) || rule.after?.test(after)) return rule.reason
  }
  // "children under five", "girls over 12": the number bounds the group's age, it counts nothing.
  const bounded = /^(under|over|below|above)\b/i.test(
    sentence.text.slice(quantity.start - sentence.start),
  )
  if (AGE_GROUP.test(before) && bounded) return 'age'
  // "patients over 80", "40 percent of them were under 35": a bare number bounds their age.
  const ageBound = bounded && !head && bare && quantity.value < 120
  if (ageBound && (PEOPLE_WERE.test(before) || PEOPLE_BY_AGE.test(before))) return 'age'
  if (isRatio(quantity, after) || isRatioEnd(quantity, before)) return 'ratio'
  if (AGE_APPOSITION.test(before) && /^\s*,/.test(after) && quantity.value < 120) return 'age'
  if (!head && isAgeOfPerson(sentence, quantity, before, after)) return 'age'
  const written = sentence.text.slice(
    quantity.start - sentence.start,
    quantity.end - sentence.start,
  )
  const plain = quantity.qualifier === 'exact' && !quantity.currency && !quantity.percent
  // "in 2019"; "the 2010 floods" names the floods by their year.
  // "In 2021 most people…", "arrested 300 in 2019": a year after a preposition of time.
  // …and "Between 1600 and 1900 temperatures fell": a range of years.
  const afterTime =
    /\b(in|since|until|during|by|before|after)\s*$/i.test(before) ||
    (quantity.qualifier === 'range' && /^between\b/i.test(written))
  // "rise by an average of 1800", "a total of 1950": the amount of an aggregate, not a year.
  const aggregate = /\b(average|total|maximum|minimum|sum|tally)\s+of\s*$/i.test(before)
  if (
    isYears(written, quantity) &&
    !aggregate &&
    (!head?.tags.has('Plural') || /\bthe\s*$/i.test(before) || afterTime)
  ) {
    return 'year'
  }
  if (plain && quantity.inWords) {
    // "the two men" points back at people already counted; "the 500,000 required" is a figure.
    // …but in "two of the five firefighters" the whole is counted: a partitive's whole is a figure.
    if (/\b(the|these|those)\s*$/i.test(before) && !PARTITIVE_PART.test(before)) {
      return 'back-reference'
    }
    // "one of the largest", "at one point"; but "one person", "One was killed", "four of them".
    if (quantity.value === 1 && !head && !followedByVerb(sentence, quantity.end)) return 'pronoun'
    // "at one site", "in one attack": after a preposition, "one" is an article.
    if (quantity.value === 1 && /\b(at|in|on|from|into|onto|for|by|under)\s*$/i.test(before)) {
      return 'article'
    }
  }
  // "slipped towards the bottom three": a rank in a table, counting nothing.
  if (plain && !head && /\bthe\s+(top|bottom)\s*$/i.test(before)) return 'rank'
  // "Call 112", "dial 999": a three-digit emergency or service number.
  if (plain && !head && /^\d{3}$/.test(written) && /\b(call|dial|ring)\s*$/i.test(before)) {
    return 'phone'
  }
  if (plain && isPhoneNumber(written, before, after)) return 'phone'
  // "Boeing 737" is a label; "(Save $303.63)" is money after a capitalised word, and "circled
  // Venus 1,400 times" a count of occurrences (a label is never followed by "times").
  if (!quantity.currency && !quantity.percent && isLabel(before) && !/^\s*times\b/i.test(after))
    return 'label'
  // "on Sunday 5.5% from the insurer": a percentage or an amount of money is never a time.
  if (bare && taggedAsTime(sentence, quantity, head)) return 'time'
  return null
}

/** Words that introduce a telephone number: "call … on", "the helpline", "phone". */
const PHONE_CUE =
  /\b(call|calls|calling|dial|ring|on|helpline|hotline|line|number|phone|telephone|tel|freephone|contact)[.:,]?\s*$/i

/**
 * "0161 496 0732", "a hotline, 1800 222 4100": a run of digit groups apart by single spaces, of seven
 * digits or more, that opens with a 0 or follows a word that introduces a number, is a telephone
 * number, no figure (each of its groups would otherwise read as one).
 */
function isPhoneNumber(written: string, before: string, after: string): boolean {
  if (!/^\d+$/.test(written)) return false
  const left = /(?:\d+ )*$/.exec(before)?.[0] ?? ''
  const right = /^(?: \d+(?![\d.,]*\d))*/.exec(after)?.[0] ?? ''
  const run = `${left}${written}${right}`
  const groups = run.split(' ')
  if (groups.length < 2 || run.replace(/ /g, '').length < 7) return false
  if (groups.some((g) => g.length < 2 || g.length > 5)) return false
  return run.startsWith('0') || PHONE_CUE.test(before.slice(0, before.length - left.length))
}

/** Time units of the measure vocabulary (src/figures/units.ts). */
const TIME_MEASURES = new Set(['s', 'min', 'h', 'd', 'wk', 'month', 'y', 'decade'])

/**
 * A measure is a figure ("a 36-hour siege", "winds of 150 km/h", "in 15 years", "over three years",
 * "for the past two years") except an age ("a 35-year-old") and a time written as an offset from
 * the moment of the story, which places an event as a date would: "two days ago", "three hours
 * later", "a week earlier", "ten years from now".
 */
function notAMeasure(unit: string, before: string, after: string): string | null {
  if (unit === 'y' && /^[\s-]*old\b/i.test(after)) return 'age'
  if (!TIME_MEASURES.has(unit)) return null
  if (/^\s*(ago|later|earlier|from now|beforehand)\b|^\s*(before|after)\s*([,.;]|$)/i.test(after))
    return 'time'
  return null
}

const RATIO_AFTER = new RegExp(
  `^\\s*(in|out of)\\s+${SMALL_NUMBER}\\b(?![\\s-]*(${TIME_UNITS})\\b)`,
  'i',
)

/**
 * "one in three", "9 out of 10": a ratio when the second number is larger than the first and not a
 * year; "killed 40 in 12 attacks", "arrested 300 in 2019" report a count ("$3 million in two days"
 * is a duration, left alone).
 */
function isRatio(quantity: Quantity, after: string): boolean {
  const match = RATIO_AFTER.exec(after)
  if (!match) return false
  const written = match[2].toLowerCase()
  const of = numberWordValue(written) ?? Number(written)
  if (/^\d{4}$/.test(written) && of >= 1500 && of <= 2100) return false
  return of > quantity.value
}

const RATIO_BEFORE = new RegExp(`\\b${SMALL_NUMBER}\\s+(in|out of)\\s*$`, 'i')

/** The "three" of "one in three": the larger second number of a ratio. */
function isRatioEnd(quantity: Quantity, before: string): boolean {
  const match = RATIO_BEFORE.exec(before)
  if (!match) return false
  const written = match[1].toLowerCase()
  return (numberWordValue(written) ?? Number(written)) < quantity.value
}

/**
 * "her grandmother, 71.", "one resident, 81, died": a bare small number set off by commas after a
 * singular noun is that person's age.
 */
function isAgeOfPerson(sentence: Sentence, quantity: Quantity, before: string, after: string) {
  if (quantity.qualifier !== 'exact' || quantity.inWords || quantity.value >= 120) return false
  if (!/,\s*$/.test(before) || !/^\s*([,.;)]|$)/.test(after)) return false
  const noun = sentence.terms.findLast((t) => t.end <= quantity.start)
  return Boolean(noun?.tags.has('Singular') && !noun.tags.has('Value'))
}

/** "2019", "between 2018 and 2022": four bare digits from 1500 to 2100, not money or a percentage. */
function isYears(written: string, quantity: Quantity): boolean {
  if (quantity.currency || quantity.percent || !['exact', 'range'].includes(quantity.qualifier))
    return false
  const numbers = written.match(/[\d,.]+/g) ?? []
  return numbers.length > 0 && numbers.every((n) => /^\d{4}$/.test(n) && +n >= 1500 && +n <= 2100)
}

/** "Boeing 737", "Windows 11": a capitalised word, not the first of the sentence, right before. */
function isLabel(before: string): boolean {
  const word = /(\p{Lu}[\p{L}]*)\s+$/u.exec(before)
  return Boolean(word && /[\p{L}\p{N}]/u.test(before.slice(0, word.index)))
}

/**
 * compromise recognises times and dates written many ways ("3 pm", "the 11th of March"); its
 * guesses at years are left to the year rule above, as it takes "1,500" for one.
 */
function taggedAsTime(sentence: Sentence, quantity: Quantity, head: Term | null): boolean {
  // "as of Friday, 42 people had died": a count of a plural is not the day of the month.
  const counts = Boolean(head?.tags.has('Plural'))
  // Only the number itself: "€410 per megawatt-hour" is a price, whatever "hour" is tagged.
  const written = sentence.text.slice(
    quantity.start - sentence.start,
    quantity.end - sentence.start,
  )
  const digits = /[\d.,]*\d/.exec(written)
  const end = digits ? quantity.start + digits.index + digits[0].length : quantity.end
  return sentence.terms.some(
    (t) =>
      t.start < end &&
      t.end > quantity.start &&
      (t.tags.has('Time') || (t.tags.has('Date') && !t.tags.has('Year') && !counts)),
  )
}

function followedByVerb(sentence: Sentence, end: number): boolean {
  const next = sentence.terms.find((t) => t.start >= end)
  return Boolean(next?.tags.has('Verb'))
}
