import {
  findQuantities,
  isTimeOffset,
  measureKind,
  parseFigurePhrase,
  type ParsedFigure,
} from '../figures/index.js'
import { isCurrencyCode } from '../figures/currencies.js'
import { countedNoun } from './countedNoun.js'
import type { Sentence, Term } from './analyse.js'
import { notAReportedFigure } from './nonFigures.js'

export interface ReportedFigure {
  /** Offsets of the figure phrase in the whole text. */
  start: number
  end: number
  text: string
  fields: ParsedFigure
}

/**
 * The reported figures of a sentence: each number with its qualifier and counted noun
 * ("at least 155 hostages", "over £50bn"), read by the same parser editors' phrases go through.
 */
export function findReportedFigures(sentence: Sentence): ReportedFigure[] {
  return withElidedUnits(sentence, figuresOf(sentence))
}

function figuresOf(sentence: Sentence): ReportedFigure[] {
  return findQuantities(sentence.text).flatMap((found) => {
    const quantity = {
      ...found,
      start: found.start + sentence.start,
      end: found.end + sentence.start,
    }
    const counted =
      quantity.currency || quantity.percent || quantity.measure
        ? null
        : countedNoun(sentence, quantity.end, quantity.value)
    if (notAReportedFigure(sentence, quantity, counted)) return []
    const whole = counted ? null : partitiveWhole(sentence, quantity)
    const end = counted ? countRateEnd(sentence, counted.end) : (whole?.end ?? quantity.end)
    const text = sentence.text.slice(quantity.start - sentence.start, end - sentence.start)
    // "Two of the five firefighters": the parser counts the part in the whole's noun.
    const parsed = parseFigurePhrase(text)
    // "a magnitude of 6.8": the unit written before the number is outside the phrase.
    // …and "from 5 to 7 per cent" (a change): the bare end's unit is the other end's.
    const shared = quantity.currency ?? (quantity.percent ? 'percent' : quantity.measure)
    const fields =
      parsed && (quantity.measure || (shared && parsed.unit === null))
        ? { ...parsed, unit: shared }
        : parsed
    return fields ? [{ start: quantity.start, end, text, fields }] : []
  })
}

/** "a day", "an hour", "per week" after a counted noun, and the words after it. */
const COUNT_RATE =
  /^\s+(?:a|an|per|each)\s+(?:second|minute|hour|day|night|week|fortnight|month|year|decade)\b(?=\s*(\w*)\s*(\w*))/i

/**
 * "2,400 lorries a day", "3 extra ferries an hour": a rate of a count keeps its time in the phrase
 * (the unit stays the counted noun), as a money rate per time does; "a year earlier" is no rate.
 */
function countRateEnd(sentence: Sentence, end: number): number {
  const rate = COUNT_RATE.exec(sentence.text.slice(end - sentence.start))
  if (!rate || isTimeOffset(rate[1]?.toLowerCase(), rate[2]?.toLowerCase())) return end
  return end + rate[0].length
}

/** "of the", "of its", "of the plant's": what joins a part to the whole it is taken from. */
const PARTITIVE = /^\s+of\s+(?:the|its|their|his|her|our|these|those)\s+(?:[\p{L}-]+['’]s\s+)?/iu

/**
 * The counted noun of the whole a bare number is a part of: "Two of the five firefighters",
 * "nearly 200 of the plant's workers", "three of the tanker's 19 sailors" → the whole's noun
 * (which ends the phrase). Null when the number is not followed by such a whole.
 */
function partitiveWhole(
  sentence: Sentence,
  quantity: { end: number; currency: string | null; percent: boolean; measure: string | null },
): Term | null {
  if (quantity.currency || quantity.percent || quantity.measure) return null
  const after = sentence.text.slice(quantity.end - sentence.start)
  const joiner = PARTITIVE.exec(after)
  if (!joiner) return null
  const from = quantity.end + joiner[0].length
  // The whole may be counted too: "of the 120 ships".
  const [inner] = findQuantities(sentence.text.slice(from - sentence.start))
  const nounFrom = inner?.start === 0 ? from + inner.end : from
  if (inner?.start === 0 && (inner.currency || inner.percent || inner.measure)) return null
  return countedNoun(sentence, nounFrom, 2)
}

/** Nouns that are units of measure ("points" of an index, "degrees", "cents"), not counted things. */
const UNIT_WORDS = new Set(['point', 'points', 'degree', 'degrees', 'cent', 'cents'])

/**
 * A bare number whose unit of measure or money the sentence wrote once, on an earlier figure:
 * "the highest forecast is 84.75 cents, the lowest 74.07", "gained 64.06 points to 4,577.10",
 * "2,435,000 yen ($22,480) for the manual and 2,380,000 ($21,972) for the CVT". The bare number
 * takes the unit of the figure whose level it is ("… points to 3,410.55") or else of the nearest
 * earlier figure of a like size (within a factor of 100) whose unit is money, a measure other than a duration, or a unit word (points, degrees, cents); never a
 * percentage ("rose 8.15% to 3.65": the level is no percentage) nor a counted noun: a count keeps
 * its noun as written, none when none is written ("killed 12 soldiers and wounded 41").
 */
function withElidedUnits(sentence: Sentence, figures: ReportedFigure[]): ReportedFigure[] {
  const lends = ({ fields: { unit } }: ReportedFigure) =>
    unit !== null &&
    (isCurrencyCode(unit) ||
      UNIT_WORDS.has(unit) ||
      (measureKind(unit) !== null && measureKind(unit) !== 'time'))
  return figures.map((figure, k) => {
    if (figure.fields.unit !== null || figure.fields.vague) return figure
    const size = Math.abs(figure.fields.value)
    const like = (f: ReportedFigure) => {
      const other = Math.abs(f.fields.value)
      return size > 0 && other > 0 && Math.max(size, other) / Math.min(size, other) <= 100
    }
    // "added 12.4 points to 3,410.55": the level a change reached takes its unit whatever its size.
    const previous = figures[k - 1]
    const reached =
      previous &&
      /^\s+(to|at)\s+$/i.test(
        sentence.text.slice(previous.end - sentence.start, figure.start - sentence.start),
      )
    // "(28,114.50, up 140.25 points)": a level written before its change takes the change's unit;
    // "raised 40 million of the 120 million euros": a part takes the unit of its whole.
    const following = figures[k + 1]
    const between = following
      ? sentence.text.slice(figure.end - sentence.start, following.start - sentence.start)
      : ''
    const changed = /^\s*,?\s*(up|down)\s+$/i.test(between)
    const whole =
      /^\s+of\s+(the|its|their|his|her|our)\s+$/i.test(between) &&
      Math.abs(following.fields.value) > size
    const lender =
      following && lends(following) && (changed || whole)
        ? following
        : reached && lends(previous)
          ? previous
          : figures
              .slice(0, k)
              .reverse()
              .find((f) => lends(f) && like(f))
    return lender ? { ...figure, fields: { ...figure.fields, unit: lender.fields.unit } } : figure
  })
}
