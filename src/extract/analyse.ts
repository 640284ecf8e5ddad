import nlp from 'compromise'

/**
 * What compromise tells us about a text: paragraphs, sentences, tagged words, verb phrases and named
 * mentions, all with character offsets into the original text. Everything else in the extractor
 * reads these, so compromise is called once per paragraph.
 */
/** Character offsets into the text. */
export interface Span {
  start: number
  end: number
}

export interface Term {
  text: string
  /** Lower-cased, punctuation-free form. */
  normal: string
  start: number
  end: number
  /** Punctuation and spaces written after the word (", ", "” "). */
  post: string
  tags: ReadonlySet<string>
}

export interface VerbPhrase {
  start: number
  end: number
  /** The last verb as written, lower-cased: "killed" in "were killed". */
  main: string
  pastTense: boolean
  infinitive: string
  copula: boolean
}

export interface Sentence {
  text: string
  start: number
  end: number
  terms: Term[]
  verbs: VerbPhrase[]
}

export interface Mention {
  text: string
  start: number
  end: number
  /** A person ("Ana Reis", "a police spokesman") rather than a body ("the ministry"): "he"/"she" refer to one. */
  person?: boolean
  /** A plural ("customs officials"), which "it" does not refer to. */
  plural?: boolean
}

export interface Paragraph {
  sentences: Sentence[]
  /** Proper names other than places and dates, with a preceding "the" ("the BLA", "Mara Olsen"). */
  mentions: Mention[]
}

const PLACE_OR_TIME = ['Country', 'City', 'Region', 'Date', 'Determiner']

interface JsonTerm {
  text: string
  pre: string
  normal: string
  post: string
  tags: string[]
  offset: { start: number; length: number }
}

interface JsonPhrase {
  offset: { start: number; length: number }
  terms: JsonTerm[]
  verb?: { infinitive?: string; grammar?: { copula?: boolean } }
}

/** One paragraph per line: news copy puts each paragraph on its own line. */
export function analyse(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = []
  for (const line of text.matchAll(/[^\n]+/g)) {
    if (!line[0].trim()) continue
    paragraphs.push(analyseParagraph(line[0], line.index))
  }
  return paragraphs
}

/**
 * compromise is called once per sentence, not once per paragraph: its verb phrases copy the whole
 * document they come from, so on a paragraph of n sentences `verbs().json()` costs n² (a pasted
 * text with no line breaks took minutes). Its tokenizer alone, which does not tag, finds the
 * sentences; tagging never looks across a sentence boundary, so the tags are the same.
 */
function analyseParagraph(text: string, base: number): Paragraph {
  const sentences: Sentence[] = []
  const mentions: Mention[] = []
  for (const { start, end } of sentenceChunks(text)) {
    const chunk = analyseChunk(text.slice(start, end), base + start)
    sentences.push(...chunk.sentences)
    mentions.push(...chunk.mentions)
  }
  return { sentences, mentions }
}

/** The paragraph cut where each sentence begins (its opening quote included), covering all of it. */
function sentenceChunks(text: string): Span[] {
  const starts = (
    nlp.tokenize(text).json({ offset: true, terms: { offset: true } }) as JsonPhrase[]
  )
    .map((s) => s.terms[0])
    .filter(Boolean)
    .map((t) => t.offset.start - t.pre.trimStart().length)
  const cuts = [0, ...starts.filter((s) => s > 0), text.length]
  return cuts.slice(0, -1).map((start, i) => ({ start, end: cuts[i + 1] }))
}

function analyseChunk(text: string, base: number): Paragraph {
  const doc = nlp(text)
  const at = (offset: { start: number; length: number }) => ({
    start: base + offset.start,
    end: base + offset.start + offset.length,
  })
  // The phrases as plain views: the Verbs view's own json() conjugates each verb (see mainVerb).
  const phrases = doc.verbs().toView(null).json({ offset: true }) as JsonPhrase[]
  const verbs: VerbPhrase[] = phrases.flatMap((v) => {
    // compromise folds following adverbs into the phrase ("rescued at least"): end at the last verb.
    const words = v.terms.slice(0, v.terms.findLastIndex((t) => t.tags.includes('Verb')) + 1)
    // …and reads "last" in "last year" as a verb.
    if (!words.length || (words.length === 1 && words[0].normal === 'last')) return []
    return [
      {
        ...at(trimmed(words)),
        main: words[words.length - 1].normal,
        pastTense: words[words.length - 1].tags.includes('PastTense'),
        ...mainVerb(v.terms),
      },
    ]
  })
  const sentences = (doc.json({ offset: true, terms: { offset: true } }) as JsonPhrase[])
    .flatMap((s) => splitAfterUnits(s.terms))
    .map((words): Sentence => {
      const terms = words.map((t) => ({
        text: t.text,
        normal: t.normal,
        post: t.post,
        tags: new Set(t.tags),
        ...at(t.offset),
      }))
      // The sentence keeps its opening quote and closing punctuation ("…nation." not "…nation").
      const first = words[0]
      const last = terms[terms.length - 1]
      const span = {
        start: terms[0].start - first.pre.trimStart().length,
        end: last.end + last.post.trimEnd().length,
      }
      return {
        ...span,
        text: text.slice(span.start - base, span.end - base),
        terms,
        verbs: verbs.filter((v) => v.start >= span.start && v.end <= span.end),
      }
    })
  const named = doc.match('the? #ProperNoun+').json({ offset: true }) as JsonPhrase[]
  const mentions = named
    .filter((m) => !m.terms.every((t) => PLACE_OR_TIME.some((tag) => t.tags.includes(tag))))
    .map((m) => {
      const { start, end } = at(trimmed(m.terms))
      const written = text.slice(start - base, end - base).replace(/['’]s$/, '')
      const person = m.terms.some((t) => t.tags.includes('Person'))
      return { text: written, start, end: start + written.length, person }
    })
  return { sentences, mentions }
}

/** compromise's own conjugation tables (its model and verb transforms), without a document. */
const world = nlp.world() as unknown as {
  model: unknown
  methods: {
    two: {
      transform: { verb: { toInfinitive(s: string, model: unknown, tense?: string): string } }
    }
  }
}
const TENSES = ['Infinitive', 'Participle', 'PastTense', 'Gerund', 'PresentTense']
const NOT_MAIN = ['Negative', 'Auxiliary', 'Modal', 'Adverb', 'Prefix']

/**
 * The infinitive of a verb phrase's main verb and whether it is a copula, as compromise's
 * `verbs().json()` says them (its getMain and toInfinitive), read from the tags we already have:
 * that method clones and re-tags a phrase per verb, two thirds of the extractor's time.
 */
function mainVerb(terms: JsonTerm[]): { infinitive: string; copula: boolean } {
  // The runs of words left once auxiliaries, adverbs and negations are taken out; the last run.
  const runs: JsonTerm[][] = []
  terms.forEach((t, i) => {
    if (terms.length > 1 && NOT_MAIN.some((n) => t.tags.includes(n))) return
    const kept = runs[runs.length - 1]
    if (kept && kept[kept.length - 1] === terms[i - 1]) kept.push(t)
    else runs.push([t])
  })
  const phrasal = runs.some((run) => run.some((t) => t.tags.includes('Particle')))
  let root = runs.length > 1 && !phrasal ? runs[runs.length - 1] : runs.flat()
  if (!root.length) root = terms.filter((t) => !t.tags.includes('Negative'))
  const tense = TENSES.find((tag) => root.some((t) => t.tags.includes(tag)))
  const text = root.map((t) => t.normal).join(' ')
  const infinitive = world.methods.two.transform.verb.toInfinitive(text, world.model, tense)
  return { infinitive: infinitive || text, copula: root.some((t) => t.tags.includes('Copula')) }
}

/** Lower-case abbreviations that do not end a sentence ("vs. Smith"). */
const NOT_FINAL = new Set(['vs', 'v', 'approx', 'no', 'nos', 'cf', 'ca'])

/**
 * compromise does not end a sentence after a unit it knows as an abbreviation ("…of 60 km. Across
 * the border…"): a lower-case word with a full stop before a capitalised word ends one.
 */
function splitAfterUnits(terms: JsonTerm[]): JsonTerm[][] {
  const groups: JsonTerm[][] = [[]]
  terms.forEach((t, i) => {
    groups[groups.length - 1].push(t)
    const next = terms[i + 1]
    if (
      next &&
      /^\.\s/.test(t.post) &&
      /^\p{Ll}+$/u.test(t.text) &&
      !NOT_FINAL.has(t.normal) &&
      /^[\p{Lu}"“‘']/u.test(next.pre.trim() + next.text)
    ) {
      groups.push([])
    }
  })
  return groups
}

/** The offset of a run of words, without the punctuation after the last ("said." → "said"). */
function trimmed(terms: JsonTerm[]): { start: number; length: number } {
  const last = terms[terms.length - 1]
  const first = terms[0]
  return {
    start: first.offset.start,
    length: last.offset.start + last.offset.length - first.offset.start,
  }
}
