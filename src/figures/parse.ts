import { findQuantities, type Quantity } from './quantities.js'
import type { Qualifier } from './qualifiers.js'

export interface ParsedFigure {
  value: number
  lower: number | null
  upper: number | null
  qualifier: Qualifier
  unit: string | null
  /** Set for a vague amount ("dozens of homes"): the bounds are its documented interval. */
  vague?: true
}

// Words that end the counted noun phrase: "1,600 people last year", "425 passengers on the train",
// "600,000 passengers a year".
const NOUN_PHRASE_ENDS = new Set(
  (
    'in on at of from to for with by into onto near during after before since until across ' +
    'and or but who which that whose when where while as last this next ' +
    // "2,400 lorries a day": the time of a rate of a count.
    'a an per each ' +
    'was were is are had have has been be being'
  ).split(' '),
)

/**
 * Reads a figure phrase that starts with its number: "at least 155 hostages", "over £50bn",
 * "between 20 and 30 bodies", "nine million ethnic Baloch people". The unit is the ISO code for
 * money, "percent", the canonical unit of a physical measure, duration or rate ("12 kilometres" → "km",
 * "a 36-hour siege" → "h", "150 km/h"; units.ts), or else the head of the noun phrase after the number: its last word before any
 * preposition or clause ("two Chinese citizens" → "citizens"). Null when the phrase does not start
 * with a number or holds more than one.
 */
export function parseFigurePhrase(phrase: string): ParsedFigure | null {
  const text = phrase.trim()
  const quantities = findQuantities(text)
  // "Two of the five firefighters": the part, counting the whole's noun.
  const whole =
    quantities.length === 2 && isPartitive(text, quantities[0], quantities[1])
      ? quantities.pop()
      : null
  if (quantities.length !== 1) return null
  const [q] = quantities
  // "magnitude 6.8" is the one unit written before its number.
  const lead = text.slice(0, q.start)
  if (q.start !== 0 && !(q.measure === 'magnitude' && /^magnitude(\s+of)?[\s-]*$/i.test(lead))) {
    return null
  }
  const rest = text.slice((whole ?? q).end)
  const unit = q.currency ?? (q.percent ? 'percent' : (q.measure ?? headNoun(rest)))
  return {
    value: q.value,
    lower: q.lower,
    upper: q.upper,
    qualifier: q.qualifier,
    unit,
    ...(q.vague ? { vague: true as const } : {}),
  }
}

/** What joins a part to its counted whole: " of the 120 ", " of the tanker's 19 ". */
const PARTITIVE_JOIN =
  /^\s+of\s+(?:the|its|their|his|her|our|these|those)\s+(?:[\p{L}-]+['’]s\s+)?$/iu

/** "Nearly 40 of the 120 ships": a bare count, then its whole, itself counted. */
function isPartitive(text: string, part: Quantity, whole: Quantity): boolean {
  const bare = (q: Quantity) => !q.currency && !q.percent && !q.measure
  return bare(part) && bare(whole) && PARTITIVE_JOIN.test(text.slice(part.end, whole.start))
}

/**
 * "3.5 percentage points", "a 2 percentage point rise": a change of a share is counted in percentage
 * points, not in the points of an index; the unit is named `percentage points`.
 */
const PERCENTAGE_POINTS = /^\s*percentage[\s-]+points?\b/i

function headNoun(rest: string): string | null {
  if (PERCENTAGE_POINTS.test(rest)) return 'percentage points'
  const words = rest.split(/\s+/).filter(Boolean)
  if (words[0]?.toLowerCase() === 'of') words.shift()
  let head: string | null = null
  for (const [k, raw] of words.entries()) {
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    if (!word) break
    // "3.4 million digital and physical albums": two modifiers joined before the noun they share
    // (the word before "and" no plural, and a noun after the second one).
    const joins =
      /^(and|or)$/i.test(word) && head !== null && !/s$/i.test(head) && words.length > k + 2
    if (joins) continue
    if (NOUN_PHRASE_ENDS.has(word.toLowerCase())) break
    head = word
    if (/[^\p{L}\p{N}]$/u.test(raw)) break
  }
  return head
}
