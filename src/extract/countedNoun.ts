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

/**
 * Units with no kind of their own (a bare "degree" is an angle or a temperature) that name what is
 * counted even before another noun: "a 30 degree turn", "a 60 basis point rise" (as "a 40-yard line"
 * is a length, not a count of lines).
 */
const UNIT_NOUNS = new Set(['degree', 'degrees', 'point', 'points'])

/** Adverbs of direction in "-wards" ("upwards", "towards"); any other such word is a plural noun. */
const DIRECTIONS =
  /^(to|back|for|up|down|on|after|in|out|home|sky|earth|east|west|north|south|sea|land|heaven|wind|lee)wards$/

const POSSESSIVE_DETERMINERS = new Set(['my', 'your', 'our', 'their', 'his', 'her', 'its'])

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
  const { terms } = sentence
  // "a 42,000-seat ground", "a 300-page report": the noun after the hyphen is the unit (the
  // parser reads such a count only before another word). compromise may keep the number and the
  // noun as one word: the noun is then cut from it.
  const glued = /^-(\p{Ll}+)(?=\s|$)/u.exec(sentence.text.slice(from - sentence.start))
  if (glued && value !== 1) {
    const [, noun] = glued
    const start = from + 1
    const own = terms.find((t) => t.start === start)
    if (own) return own
    const tags = new Set(['Noun', 'Singular'])
    return { text: noun, normal: noun, start, end: start + noun.length, post: ' ', tags }
  }
  let i = terms.findIndex((t) => t.start >= from)
  // compromise leaves an empty unit term after "35m": the noun comes after it.
  while (terms[i] && !terms[i].text && terms[i].start === from) i++
  if (i < 0 || !terms[i] || !onlySpaceBetween(sentence, from, terms[i].start)) return null
  if (elidedVerb(terms, i)) return null
  if (terms[i].normal === 'of' && !terms[i].post.trim() && role(terms[i + 1], terms[i + 2], null))
    i++
  // "a 12 page document", "a 3 cylinder engine": a singular noun after a number above one names
  // the unit of what follows it, as "a 40-yard line" is a length (not when a plural ends the phrase:
  // "7 fuel price rises" counts rises).
  // "a 2 percentage point rise": the unit is the percentage point (parse.ts).
  if (terms[i].normal === 'percentage' && UNIT_NOUNS.has(terms[i + 1]?.normal ?? ''))
    return terms[i + 1]
  if (value !== 1 && isUnitModifier(terms, i)) return terms[i]
  // "Price: 23580 Engine: 1.0 litre": a word before a colon heads the next item of a list.
  if (/:/.test(terms[i].post)) return null
  let head: Term | null = null
  for (let n = 0; n < 5 && i < terms.length; n++, i++) {
    const kind = role(terms[i], terms[i + 1], head, n > 0 ? terms[i - 1] : null)
    if (!kind) break
    // "One proposal asks the board": after "one" and its noun, a word read as a plural is a verb.
    if (kind === 'plural' && value === 1 && head) break
    if (kind !== 'modifier') head = terms[i]
    if (UNIT_NOUNS.has(terms[i].normal)) return terms[i]
    // A hyphen joins a compound modifier: "14 water-bombing aircraft".
    if (terms[i].post.trim() && terms[i].post !== '-') break
    if (kind === 'plural' && value !== 1 && role(terms[i + 1], terms[i + 2], head) !== 'plural')
      break
  }
  return head
}

function isUnitModifier(terms: Term[], i: number): boolean {
  const [term, next] = [terms[i], terms[i + 1]]
  const singular = (t: Term | undefined) =>
    Boolean(t?.tags.has('Singular') && !t.tags.has('ProperNoun') && !t.tags.has('Acronym'))
  if (!singular(term) || term.post.trim() || !next || !next.tags.has('Noun')) return false
  if (term.tags.has('Adjective') || term.tags.has('Verb') || /\p{Lu}/u.test(term.text)) return false
  for (let j = i + 1; j < i + 5 && terms[j]; j++) {
    const kind = role(terms[j], terms[j + 1], null, terms[j - 1])
    if (!kind) break
    if (kind === 'plural') return false
    if (terms[j].post.trim()) break
  }
  return true
}

/** The part a word can play in a counted noun phrase: a plural head, a noun, a modifier, or none. */
function role(
  term: Term | undefined,
  next: Term | undefined,
  before: Term | null,
  previous: Term | null = null,
): 'plural' | 'noun' | 'modifier' | null {
  if (!term) return null
  // "one of our busiest branches": a possessive opens another noun phrase, as "the" does.
  if (POSSESSIVE_DETERMINERS.has(term.normal)) return null
  // "3.4 million digital and physical albums": two modifiers joined by "and" or "or" before a noun.
  if (
    (term.normal === 'and' || term.normal === 'or') &&
    previous?.tags.has('Adjective') &&
    next?.tags.has('Adjective')
  )
    return 'modifier'
  // "15 newly built depots", "three fully booked trains": an adverb of manner and the
  // participle it qualifies modify the noun after them.
  const participle = (t: Term | undefined) => t?.tags.has('Adjective') || t?.tags.has('PastTense')
  const manner = (t: Term | null | undefined) => t?.tags.has('Adverb') && /ly$/.test(t.normal)
  if (manner(term) && participle(next)) return 'modifier'
  if (
    manner(previous) &&
    participle(term) &&
    (next?.tags.has('Noun') || next?.tags.has('Adjective'))
  )
    return 'modifier'
  // "eight more picks", "14 first-team players": a comparative or an ordinal compound modifies.
  if (term.normal === 'more' || (term.tags.has('Ordinal') && term.tags.has('Hyphenated')))
    return next?.tags.has('Noun') || next?.tags.has('Verb') ? 'modifier' : null
  // "60 wounded, a doctor said" counts people; in "41 wounded in clashes" it is a verb.
  const nominal = !term.tags.has('Verb') || /[,.;]/.test(term.post)
  if (NOMINAL_ADJECTIVES.has(term.normal) && nominal) return 'noun'
  if (misreadPlural(term, before, previous)) return 'plural'
  // "four patrol boats": a noun read as a verb, first after the number, before a plural.
  if (!before && !previous && term.tags.has('Infinitive') && next && /s$/.test(next.normal)) {
    return 'modifier'
  }
  // "6,500 rent-to-own contracts": the parts of a hyphenated compound before a noun modify it,
  // whatever they are tagged ("to" as a conjunction, "own" as a verb).
  const joined = previous?.post === '-' && previous.end === term.start - 1
  if (term.tags.has('Hyphenated') && (term.post === '-' || (joined && next?.tags.has('Noun'))))
    return 'modifier'
  // A gerund before a noun modifies it: "2,300 polling stations".
  if (term.tags.has('Gerund') && next?.tags.has('Noun')) return 'modifier'
  // "400 stewards": compromise reads any word ending in "-wards" as an adverb of direction.
  if (term.tags.has('Adverb') && /wards$/.test(term.normal) && !DIRECTIONS.test(term.normal))
    return 'plural'
  // "8,000 season tickets", "300 summer jobs": a singular word of time before a plural noun
  // modifies it; it is no duration when the plural follows.
  const timeWord = term.tags.has('Date') && term.tags.has('Singular') && !term.tags.has('Value')
  if (timeWord && !previous && next?.tags.has('Plural') && !next.tags.has('Date')) return 'modifier'
  if (NOT_IN_NOUN_PHRASE.some((tag) => term.tags.has(tag))) return null
  if (term.tags.has('Plural')) return 'plural'
  if (term.tags.has('Noun')) return 'noun'
  return term.tags.has('Adjective') ? 'modifier' : null
}

/**
 * "two border posts", "9 fire-fighting planes", "5 suspects were held": compromise reads a plural
 * right after a number, a noun or a hyphenated modifier as a verb ("posts", "planes", "suspects").
 */
function misreadPlural(term: Term, before: Term | null, previous: Term | null): boolean {
  const auxiliary = ['Copula', 'Auxiliary', 'Modal'].some((tag) => term.tags.has(tag))
  return (
    Boolean(
      (!before && !previous) ||
      before?.tags.has('Singular') ||
      previous?.tags.has('Hyphenated') ||
      previous?.normal === 'more' ||
      previous?.tags.has('Infinitive'),
    ) &&
    !auxiliary &&
    term.tags.has('PresentTense') &&
    /s$/.test(term.normal)
  )
}

/**
 * "Four people were killed and 11 wounded when…": after "were killed and", a nominal adjective
 * repeats the verb, so the count has no noun of its own. Set off by punctuation ("…and 11 wounded,
 * police said") it still reads as a verb here; `i` is the first term after the number.
 */
function elidedVerb(terms: Term[], i: number): boolean {
  if (!NOMINAL_ADJECTIVES.has(terms[i].normal)) return false
  let j = i - 1
  while (j > 0 && terms[j].tags.has('Value')) j--
  const participle = terms[j - 1]
  const auxiliary = terms[j - 2]
  return (
    terms[j]?.normal === 'and' &&
    Boolean(participle?.tags.has('PastTense')) &&
    ['were', 'was', 'been', 'are', 'is'].includes(auxiliary?.normal ?? '')
  )
}

function onlySpaceBetween(sentence: Sentence, from: number, to: number): boolean {
  return !sentence.text.slice(from - sentence.start, to - sentence.start).trim()
}
