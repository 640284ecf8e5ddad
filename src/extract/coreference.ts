import type { Mention } from './analyse.js'

/** Sources that point back at a named one: pronouns and "the group" ("the militant group"). */
const ANAPHOR = /^(it|they|he|she|the(\s+[\p{L}-]+)?\s+(group|organi[sz]ation|outfit|movement))$/iu

/**
 * Resolves a pronoun or "the group" to the nearest named mention before it in the paragraph
 * ("The BLA … it said" → "The BLA"); any other source is returned as written, and so is an
 * anaphor with nothing named before it.
 */
export function resolveSource(source: string, start: number, mentions: Mention[]): string {
  if (!ANAPHOR.test(source.trim())) return source
  const before = mentions.filter((m) => m.end <= start && !ANAPHOR.test(m.text))
  return before.length ? before.reduce((a, b) => (b.end > a.end ? b : a)).text : source
}
