import { findQuantities, parseFigurePhrase, type ParsedFigure } from '../figures/index.js'
import type { Sentence } from './analyse.js'
import { countedNoun } from './countedNoun.js'
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
      quantity.currency || quantity.percent
        ? null
        : countedNoun(sentence, quantity.end, quantity.value)
    if (notAReportedFigure(sentence, quantity, counted)) return []
    const end = counted?.end ?? quantity.end
    const text = sentence.text.slice(quantity.start - sentence.start, end - sentence.start)
    const fields = parseFigurePhrase(text)
    return fields ? [{ start: quantity.start, end, text, fields }] : []
  })
}
