import type { Qualifier } from '../figures/index.js'
import { analyse, type Mention, type Paragraph } from './analyse.js'
import { countsTheSource, cueFor, findCues, type Cue } from './attribution.js'
import { resolveSource, type SourceContext, type Speaker } from './coreference.js'
import { metricKey } from './metric.js'
import { endsClause } from './phrases.js'
import { findReportedFigures } from './reportedFigures.js'
import { matchSource, type SourceRecord } from './sourceMatch.js'

/** A figure claim an editor can accept into the claims collection. */
export interface Suggestion {
  sentence: string
  /** Character offsets of the figure phrase in the text. */
  span: { start: number; end: number }
  /** The figure phrase: "at least 155 hostages". */
  text: string
  value: number
  lower: number | null
  upper: number | null
  qualifier: Qualifier
  unit: string | null
  /** Kebab-case key shared by claims about the same measure: "hostages-rescued". */
  metric: string
  /** The source as written ("security officials", "the BLA"); a pronoun is resolved to a name. */
  source: string | null
  /** The relay: "Reuters" in "a security source told Reuters". */
  via: string | null
  /** said, claimed, told, estimated, reported, according to, denied… */
  attributionVerb: string | null
  matchedSourceId: string | number | null
}

export interface ExtractOptions {
  sources?: SourceRecord[]
}

const QUOTES = /["“”]/
const QUOTE_MARKS = /["“”]/g
const QUOTE_OPENS = /^\s*["“]/

/** Suggests a figure claim for every reported figure of a news text, in reading order. */
export function extractClaims(text: string, options: ExtractOptions = {}): Suggestion[] {
  const suggestions: Suggestion[] = []
  // The sources of the paragraphs read so far, resolved, for a pronoun that opens a paragraph.
  const earlier: Speaker[] = []
  // A quotation open across sentences, and its figures that no cue attributes yet: a long quote
  // is attributed after its end ("…since Sunday. Nobody has seen this," said Tomas Berg.), also
  // when its end is in the next paragraph (a line break inside the quote).
  let quoteOpen = false
  let pending: Suggestion[] = []
  for (const paragraph of analyse(text)) {
    // A quote left open by the paragraph before this one closes here or nowhere.
    const carried = quoteOpen
    // Earlier sources of the paragraph, and the names among them and in its text.
    const context: SourceContext = {
      speakers: [],
      names: [...paragraph.mentions],
      earlier,
      describedNames: describedNames(paragraph),
    }
    // The speaker of the last quotation, for a quotation that goes on in the next sentence.
    let quoting: Cue | null = null
    for (const sentence of paragraph.sentences) {
      const marks = sentence.text.match(QUOTE_MARKS)?.length ?? 0
      const openAfter: boolean = quoteOpen !== (marks % 2 === 1)
      const figures = findReportedFigures(sentence)
      // "40 million Canadian dollars": a name inside a figure is part of the figure, not a referent.
      context.names = context.names.filter(
        (m) => !figures.some((f) => f.start <= m.start && m.end <= f.end),
      )
      const cues = findCues(sentence, figures)
      context.sentence = cues.map((c) => ({
        text: c.source,
        start: c.sourceStart,
        end: c.sourceEnd,
        described: c.described,
      }))
      const continues = !cues.length && QUOTE_OPENS.test(sentence.text) ? quoting : null
      for (const figure of figures) {
        if (cues.some((c) => countsTheSource(c, figure))) continue
        const cue = cueFor(cues, figure) ?? continues
        const source = cue ? resolveSource(cue.source, cue.sourceStart, context) : null
        const suggestion: Suggestion = {
          sentence: sentence.text,
          span: { start: figure.start, end: figure.end },
          text: figure.text,
          ...figure.fields,
          metric: metricKey(sentence, figure, figure.fields.unit),
          source,
          via: cue?.via ?? null,
          attributionVerb: cue?.verb ?? null,
          matchedSourceId: matchSource(source, options.sources ?? []),
        }
        suggestions.push(suggestion)
        if (!cue && openAfter) pending.push(suggestion)
      }
      if (quoteOpen && !openAfter) {
        // The quotation closes here: a cue after its closing mark attributes what it said.
        const closing = sentence.start + sentence.text.search(QUOTE_MARKS)
        const cue = cues.find(
          (c) => c.start >= closing && (c.closes || !figures.some((f) => f.start >= c.end)),
        )
        if (cue) {
          const source = resolveSource(cue.source, cue.sourceStart, context)
          for (const p of pending) {
            Object.assign(p, {
              source,
              via: cue.via,
              attributionVerb: cue.verb,
              matchedSourceId: matchSource(source, options.sources ?? []),
            })
          }
        }
        pending = []
      }
      quoteOpen = openAfter
      if (cues.length) quoting = QUOTES.test(sentence.text) ? cues[cues.length - 1] : null
      else if (!continues) quoting = null
      for (const c of cues) {
        const { person, plural, described } = c
        const mention = {
          text: c.source,
          start: c.sourceStart,
          end: c.sourceEnd,
          person,
          plural,
          described,
        }
        // "Citing officials, the newspaper X reported…": "it" in what follows is the relay.
        if (c.via) context.speakers.push({ text: c.via, start: c.start, end: c.start })
        context.speakers.push(mention)
        if (c.named) context.names.push(mention)
      }
    }
    if (carried && quoteOpen) {
      quoteOpen = false
      pending = []
    }
    earlier.push(...context.speakers.map((m) => resolvedMention(m, context)))
  }
  return suggestions
}

/** A speaker as later paragraphs see it: a pronoun stands for what it was resolved to. */
function resolvedMention(m: Mention, context: SourceContext): Speaker {
  const text = resolveSource(m.text, m.start, context)
  if (text === m.text) return m
  const referent = [...context.speakers, ...context.names, ...context.earlier].find(
    (r) => r.text === text,
  )
  return { ...m, text, written: m.text, person: referent?.person ?? m.person }
}

/**
 * Names with the description written before them: "The technology group Corvane", "the grid
 * operator Westline". A later "the company" may stand for such a name by its description's head.
 */
function describedNames(paragraph: Paragraph): Mention[] {
  const found: Mention[] = []
  for (const m of paragraph.mentions) {
    const sentence = paragraph.sentences.find((s) => s.start <= m.start && m.end <= s.end)
    if (!sentence) continue
    const { terms } = sentence
    const at = terms.findIndex((t) => t.start === m.start)
    let first = at
    while (
      first > 0 &&
      at - first < 3 &&
      !endsClause(terms[first - 1]) &&
      terms[first - 1].tags.has('Noun') &&
      !terms[first - 1].tags.has('Pronoun') &&
      /^\p{Ll}/u.test(terms[first - 1].text)
    )
      first--
    if (first === at || at < 0) continue
    if (first > 0 && terms[first - 1].tags.has('Determiner') && !endsClause(terms[first - 1]))
      first--
    const start = terms[first].start
    found.push({
      text: sentence.text.slice(start - sentence.start, m.end - sentence.start),
      start,
      end: m.end,
    })
  }
  return found
}
