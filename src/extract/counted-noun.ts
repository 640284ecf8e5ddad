import type { Sentence, Term } from './analyse.js'

/** Adjectives that stand for people when they end a count: "at least 30 dead", "12 missing". */
const NOMINAL_ADJECTIVES = new Set([
  'dead',
  'injured',
  'wounded',
  'missing',
  'displaced',
  'homeless',
])

const NOT_IN_NOUN_PHRASE = [
  'Verb',
  'Pronoun',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Value',
  'Date',
  'Time',
  'QuestionWord',
]

/**
 * The head word of the noun phrase counted by a number that ends at `from`.
 * "two Chinese citizens last year" → "citizens"; "500 passengers hostage" → "passengers"
 * (the first plural noun ends the count, unless another plural follows: "2,000 police officers");
 * "thousands of protesters" → "protesters". Null when no noun follows.
 */
export function countedNoun(sentence: Sentence, from: number, value: number): Term | null {
  let i = sentence.terms.findIndex((t) => t.start >= from)
  if (i < 0 || !onlySpaceBetween(sentence, from, sentence.terms[i].start)) return null
  const ofTerm = sentence.terms[i]
  if (ofTerm.normal === 'of' && isNounish(sentence.terms[i + 1]) && !ofTerm.post.trim()) i++
  let head: Term | null = null
  for (let n = 0; n < 5 && i < sentence.terms.length; n++, i++) {
    const term = sentence.terms[i]
    if (!isNounish(term, sentence.terms[i + 1], head)) break
    const misread = misreadPlural(term, head)
    const plural = (term.tags.has('Plural') || misread) && value !== 1
    if (term.tags.has('Noun') || misread || NOMINAL_ADJECTIVES.has(term.normal)) head = term
    if (term.post.trim()) break
    if (plural && !sentence.terms[i + 1]?.tags.has('Plural')) break
  }
  return head
}

/** "two border posts": compromise reads a plural after a noun as a verb ("posts"). */
function misreadPlural(term: Term, before: Term | null): boolean {
  return (
    Boolean(before?.tags.has('Singular')) && term.tags.has('PresentTense') && /s$/.test(term.normal)
  )
}

function isNounish(term: Term | undefined, next?: Term, before?: Term | null): term is Term {
  if (!term) return false
  if (before && misreadPlural(term, before)) return true
  // A gerund before a noun modifies it: "2,300 polling stations".
  if (term.tags.has('Gerund') && next?.tags.has('Noun')) return true
  if (NOT_IN_NOUN_PHRASE.some((tag) => term.tags.has(tag))) return false
  return term.tags.has('Noun') || term.tags.has('Adjective')
}

function onlySpaceBetween(sentence: Sentence, from: number, to: number): boolean {
  return !sentence.text.slice(from - sentence.start, to - sentence.start).trim()
}
