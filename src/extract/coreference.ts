import type { Mention } from './analyse.js'

const PRONOUN = /^(it|they|he|she)$/i
const GROUP = /^the(\s+[\p{L}-]+)?\s+(group|organi[sz]ation|outfit|movement)$/iu

/**
 * Resolves an anaphoric source, looking back in the paragraph. A pronoun is most often the last
 * speaker ("The ministry said… It added…"), else the nearest name; "the group" is the nearest
 * name ("The Eastern Front … the group said"). Any other source, or an anaphor with nothing
 * before it, is returned as written.
 */
export function resolveSource(
  source: string,
  start: number,
  context: { speakers: Mention[]; names: Mention[] },
): string {
  const text = source.trim()
  const pronoun = PRONOUN.test(text)
  if (!pronoun && !GROUP.test(text)) return source
  const usable = (m: Mention) => m.end <= start && !PRONOUN.test(m.text) && !GROUP.test(m.text)
  for (const list of pronoun ? [context.speakers, context.names] : [context.names]) {
    const before = list.filter(usable)
    if (before.length) return before.reduce((a, b) => (b.end > a.end ? b : a)).text
  }
  return source
}
