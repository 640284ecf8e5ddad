import { findQuantities, parseFigurePhrase, type ParsedFigure } from '../figures/index.js'
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
    const end = counted?.end ?? whole?.end ?? quantity.end
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
