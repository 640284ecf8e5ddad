import type { Token } from './tokens.js'

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
}

/** The value of a number written as one word ("three" → 3), or undefined. */
export function numberWordValue(word: string): number | undefined {
  return UNITS[word.toLowerCase()]
}

/** Multipliers written as words, after digits ("4.4 million") or number words ("nine million"). */
export const SCALE_WORDS: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  lakh: 1e5,
  million: 1e6,
  crore: 1e7,
  billion: 1e9,
  trillion: 1e12,
  // Wire-service abbreviations written as words: "$1.5 mln", "3 bln".
  mln: 1e6,
  bln: 1e9,
  bn: 1e9,
}

/**
 * Abbreviated multipliers glued to digits. "m" and "k" are money ("£3m") or a count of a plural
 * ("1.5m people"); "a 3m wall" is a length.
 */
export const SCALE_SUFFIXES: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  bn: 1e9,
  tn: 1e12,
  trn: 1e12,
  // Capitalised and one-letter forms, glued to money only: "$13.6M", "$4.2b", "US$1.1B".
  M: 1e6,
  b: 1e9,
  B: 1e9,
  K: 1e3,
}

/**
 * Plural magnitudes are vague counts ("thousands of people"). We read the plural of a magnitude M as
 * the range 2M to 10M: "hundreds" is 200 to 1,000, "tens of thousands" 20,000 to 100,000, and
 * "several hundred" the same as "hundreds".
 */
/** Magnitudes counted vaguely with "several" or "a few": "several hundred". */
export const MAGNITUDES: Record<string, number> = {
  dozen: 12,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
}

export const VAGUE_MAGNITUDES: Record<string, number> = {
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
}

export interface WordNumber {
  value: number
  /** Index just past the last token used. */
  next: number
}

/**
 * Reads a number written in words from tokens[i]: "two", "twenty-five", "nine million",
 * "one hundred and twenty", "a dozen", "half a million".
 */
export function readWordNumber(tokens: Token[], i: number): WordNumber | null {
  const first = tokens[i]
  if (!first || first.kind !== 'word') return null
  if (first.lower === 'half' && tokens[i + 1]?.lower === 'a') {
    const scale = multiplierOf(tokens[i + 2])
    return scale ? { value: scale / 2, next: i + 3 } : null
  }
  let total = 0
  let current = 0
  let j = i
  let read = false
  if (first.lower === 'a' || first.lower === 'an') {
    if (!multiplierOf(tokens[i + 1])) return null
    current = 1
    j = i + 1
    read = true
  }
  for (; j < tokens.length; j++) {
    const token = tokens[j]
    if (token.kind !== 'word') break
    const unit = unitsOf(token.lower)
    if (unit !== null) {
      current += unit
    } else if (token.lower === 'dozen' && read) {
      current = (current || 1) * 12
    } else if (token.lower === 'hundred' && read) {
      current = (current || 1) * 100
    } else if (token.lower in SCALE_WORDS && read) {
      total += (current || 1) * SCALE_WORDS[token.lower]
      current = 0
    } else if (token.lower === 'and' && read && unitsOf(tokens[j + 1]?.lower ?? '') !== null) {
      continue
    } else {
      break
    }
    read = true
  }
  return read ? { value: total + current, next: j } : null
}

/** "twenty-five" → 25; plain unit words; null for anything else. */
function unitsOf(word: string): number | null {
  if (word in UNITS) return UNITS[word]
  const [tens, ones, ...rest] = word.split('-')
  if (rest.length || ones === undefined) return null
  const t = UNITS[tens]
  const o = UNITS[ones]
  return t >= 20 && t % 10 === 0 && o >= 1 && o <= 9 ? t + o : null
}

function multiplierOf(token: Token | undefined): number | null {
  if (!token) return null
  if (token.lower === 'dozen') return 12
  return SCALE_WORDS[token.lower] ?? null
}
