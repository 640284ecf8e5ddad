import type { Sentence, Term } from './analyse.js'

/** A run of terms of a sentence, by term index, inclusive. */
export interface TermSpan {
  first: number
  last: number
}

const SUBORDINATORS = new Set(
  'that while whereas but because although though when if after before as since so whether how'.split(
    ' ',
  ),
)
const RELATIVES = new Set(['which', 'who', 'whose', 'whom', 'where'])
const COORDINATORS = new Set(['and', 'or', 'but'])
const EDGE_TAGS = [
  'Adverb',
  'Auxiliary',
  'Modal',
  'Date',
  'Preposition',
  'Conjunction',
  'Determiner',
]

/** Punctuation after a word that ends a clause or a quotation. */
export function endsClause(term: Term): boolean {
  return /[,;:“”"()[\]—–.!?]/.test(term.post)
}

/**
 * compromise tags a word as a verb; a capitalised first word of a sentence is more likely a noun
 * mis-tagged ("Police, who…") than an imperative in news copy.
 */
export function isVerb(sentence: Sentence, i: number): boolean {
  const term = sentence.terms[i]
  if (!term?.tags.has('Verb')) return false
  return !(i === 0 && /^\p{Lu}/u.test(term.text))
}

/**
 * The subject of a verb whose group starts at term `k`: the noun phrase at the end of the clause
 * before it. Skips a relative or participial clause ("Police, who arrived later, said",
 * "Officials, speaking on condition of anonymity, said" → "Police", "Officials"), takes the name
 * before an apposition ("Ahmed Raza, head of the rescue service, said" → "Ahmed Raza") and keeps
 * coordinated subjects ("officials and analysts estimated").
 */
export function subjectBefore(sentence: Sentence, k: number): TermSpan | null {
  const { terms } = sentence
  let last = k - 1
  while (last >= 0) {
    const first = clauseStart(sentence, last)
    // "The federation that called the march, which said…": the relative stands for its antecedent.
    if (RELATIVES.has(terms[first].normal) && first === k - 1 && first > 0) {
      return antecedent(sentence, first - 1, terms[first].normal === 'who')
    }
    if (RELATIVES.has(terms[first].normal) || isParticipial(sentence, first, last)) {
      last = first - 1
      continue
    }
    const apposed = nameBeforeApposition(sentence, first, last)
    // "A spokesman for the agency, Idris Malouf, said": the name, not its description.
    if (
      apposed &&
      isName(sentence, first, last) &&
      !isName(sentence, apposed.first, apposed.last)
    ) {
      return { first, last }
    }
    return apposed ?? verbFreeTail(sentence, first, last)
  }
  return null
}

/** The noun phrase that opens the clause ending at term `last`. */
/**
 * What a relative pronoun before the clause ending at `last` stands for: "which" the noun phrase
 * that opens that clause ("The federation that called the march, which…"), "who" the people named
 * last ("a figure disputed by police, who…").
 */
function antecedent(sentence: Sentence, last: number, person: boolean): TermSpan | null {
  const { terms } = sentence
  let first = last
  while (first > 0 && !endsClause(terms[first - 1])) first--
  // "…, according to the fire brigade, which said": the fire brigade.
  if (terms[first]?.normal === 'according' && terms[first + 1]?.normal === 'to') first += 2
  if (person) {
    let from = last
    while (from > first && !terms[from - 1].tags.has('Preposition') && !isVerb(sentence, from - 1))
      from--
    return trim(sentence, from, last)
  }
  return nounPhraseAfter(sentence, first)
}

/** A person's or organisation's name: proper nouns only, not places ("Idris Malouf"). */
function isName(sentence: Sentence, first: number, last: number): boolean {
  const names = sentence.terms.slice(first, last + 1)
  return names.every(
    (t) => t.tags.has('ProperNoun') && !['Place', 'Country', 'City'].some((tag) => t.tags.has(tag)),
  )
}

/** "speaking on condition of anonymity", ", founded in 2009,": a clause with no subject of its own. */
function isParticipial(sentence: Sentence, first: number, last: number): boolean {
  const term = sentence.terms[first]
  // "…, while the Valley Post, citing firefighters, reported": compromise may tag "citing" a noun.
  if (term.tags.has('Gerund') || term.normal === 'citing' || term.normal === 'quoting') return true
  const afterComma = first > 0 && sentence.terms[first - 1].post.includes(',')
  return afterComma && last > first && isVerb(sentence, first) && term.tags.has('PastTense')
}

function clauseStart(sentence: Sentence, last: number): number {
  const { terms } = sentence
  let first = last
  while (
    first > 0 &&
    !endsClause(terms[first - 1]) &&
    !SUBORDINATORS.has(terms[first - 1].normal)
  ) {
    first--
  }
  return first
}

/** The noun phrase set off by a comma before the clause at `first`, when that clause is its apposition. */
function nameBeforeApposition(sentence: Sentence, first: number, last: number): TermSpan | null {
  const { terms } = sentence
  // An apposition is closed by a comma: "Ali Khan, a police spokesman, said"; not "…, the UN says".
  if (first === 0 || !terms[first - 1].post.includes(',') || !terms[last].post.includes(',')) {
    return null
  }
  const start = clauseStart(sentence, first - 1)
  if (start > 0 && !endsClause(terms[start - 1])) return null
  const opening = terms[start].tags
  if (!['Determiner', 'Noun', 'ProperNoun', 'Adjective'].some((tag) => opening.has(tag)))
    return null
  if (['Preposition', 'Adverb', 'Conjunction', 'Value'].some((tag) => opening.has(tag))) return null
  for (let i = start; i < first; i++) {
    if (terms[i].tags.has('Date') || (i > start && isVerb(sentence, i))) return null
  }
  return trim(sentence, start, first - 1)
}

/**
 * The noun phrase starting at term `i`, up to the end of its clause or the next verb. Its first
 * word is taken as a noun whatever its tag ("according to figures…").
 */
export function nounPhraseAfter(sentence: Sentence, i: number): TermSpan | null {
  const { terms } = sentence
  if (i >= terms.length) return null
  let last = i
  while (
    last + 1 < terms.length &&
    !endsClause(terms[last]) &&
    (!isVerb(sentence, last + 1) || compoundModifier(sentence, last + 1)) &&
    !SUBORDINATORS.has(terms[last + 1].normal) &&
    !RELATIVES.has(terms[last + 1].normal)
  ) {
    last++
  }
  return trim(sentence, i, last)
}

/** A gerund inside a compound noun: "the risk modelling firm", not "officials monitoring the…". */
function compoundModifier(sentence: Sentence, i: number): boolean {
  const { terms } = sentence
  const next = terms[i + 1]
  return (
    terms[i].tags.has('Gerund') &&
    !endsClause(terms[i]) &&
    Boolean(next?.tags.has('Noun') || next?.tags.has('Adjective')) &&
    !next.tags.has('Pronoun') &&
    !next.tags.has('Plural')
  )
}

export function spanText(sentence: Sentence, span: TermSpan): string {
  const { terms } = sentence
  return sentence.text.slice(
    terms[span.first].start - sentence.start,
    terms[span.last].end - sentence.start,
  )
}

export function spanOffsets(sentence: Sentence, span: TermSpan): { start: number; end: number } {
  return { start: sentence.terms[span.first].start, end: sentence.terms[span.last].end }
}

function verbFreeTail(sentence: Sentence, first: number, last: number): TermSpan | null {
  // The word right before the verb is the subject's head even when compromise tags it as a verb
  // ("police estimated"): two bare verbs in a row are rare in news copy.
  let i = last - 1
  while (i >= first && !isVerb(sentence, i)) i--
  // "Groups representing 2,300 nurses said", "Firms employing 500 people said": a gerund right
  // after the subject's noun qualifies it (a reduced relative clause); the subject is the whole.
  const { terms } = sentence
  const qualified =
    i > first &&
    terms[i].tags.has('Gerund') &&
    terms[i - 1].tags.has('Noun') &&
    !endsClause(terms[i - 1]) &&
    terms.slice(first, i).every((_, k) => !isVerb(sentence, first + k))
  if (qualified) return trim(sentence, first, last)
  let from = i + 1
  if (i >= first) {
    // After a verb, the tail may hold its object too: "killed 30 and police said" → "police".
    for (let j = last; j >= from; j--) {
      if (COORDINATORS.has(sentence.terms[j].normal)) {
        from = j + 1
        break
      }
    }
  }
  return trim(sentence, from, last)
}

/** Drops adverbs, auxiliaries, dates and prepositions at the edges: "Police on Tuesday" → "Police". */
export function trim(sentence: Sentence, first: number, last: number): TermSpan | null {
  const edge = (i: number) => EDGE_TAGS.some((tag) => sentence.terms[i].tags.has(tag))
  const leading = (i: number) => edge(i) && !sentence.terms[i].tags.has('Determiner')
  while (first <= last && leading(first)) first++
  while (last >= first && edge(last)) last--
  return first <= last ? { first, last } : null
}
