import type { Mention } from './analyse.js'

const PRONOUN = /^(it|they|he|she)$/i
const GROUP = /^the(\s+[\p{L}-]+)?\s+(group|organi[sz]ation|outfit|movement)$/iu

/** Where an anaphoric source may find what it refers to. */
export interface SourceContext {
  /** Sources of earlier attributions in the paragraph. */
  speakers: Mention[]
  /** Proper names in the paragraph, and named sources. */
  names: Mention[]
  /** Sources of earlier paragraphs: "…, Ana Reis told reporters." ¶ "The slick grew, she added." */
  earlier: Mention[]
}

/**
 * Resolves an anaphoric source. A pronoun is most often the last speaker that it can stand for
 * ("he" or "she" a person, "it" a body): in its paragraph ("The ministry said… It added…"), else
 * the nearest name there, else the last such speaker of an earlier paragraph — news copy puts each
 * quote in a paragraph of its own. With nothing that agrees, the last speaker or name of the
 * paragraph as before. "the group" is the nearest name ("The Eastern Front … the group said"). Any
 * other source, or an anaphor with nothing before it, is returned as written.
 */
export function resolveSource(source: string, start: number, context: SourceContext): string {
  const text = source.trim()
  const pronoun = PRONOUN.test(text)
  if (!pronoun && !GROUP.test(text)) return source
  const usable = (m: Mention) => m.end <= start && !PRONOUN.test(m.text) && !GROUP.test(m.text)
  const agrees = (m: Mention) => agreesWith(text.toLowerCase(), m)
  const lists = pronoun
    ? [
        context.speakers.filter(agrees),
        context.names.filter(agrees),
        context.earlier.filter(agrees),
        context.speakers,
        context.names,
      ]
    : [context.names]
  for (const list of lists) {
    const before = list.filter(usable)
    if (before.length) return before.reduce((a, b) => (b.end > a.end ? b : a)).text
  }
  return source
}

/** "he" and "she" stand for a person, "it" for a body; "they" for either. */
function agreesWith(pronoun: string, m: Mention): boolean {
  if (pronoun === 'he' || pronoun === 'she') return m.person === true
  if (pronoun === 'it') return m.person !== true && m.plural !== true
  return true
}
