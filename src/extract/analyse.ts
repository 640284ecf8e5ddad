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

function analyseParagraph(text: string, base: number): Paragraph {
  const doc = nlp(text)
  const at = (offset: { start: number; length: number }) => ({
    start: base + offset.start,
    end: base + offset.start + offset.length,
  })
  const verbs: VerbPhrase[] = (doc.verbs().json({ offset: true }) as JsonPhrase[]).flatMap((v) => {
    // compromise folds following adverbs into the phrase ("rescued at least"): end at the last verb.
    const words = v.terms.slice(0, v.terms.findLastIndex((t) => t.tags.includes('Verb')) + 1)
    // …and reads "last" in "last year" as a verb.
    if (!words.length || (words.length === 1 && words[0].normal === 'last')) return []
    return [
      {
        ...at(trimmed(words)),
        main: words[words.length - 1].normal,
        pastTense: words[words.length - 1].tags.includes('PastTense'),
        infinitive: v.verb?.infinitive ?? '',
        copula: Boolean(v.verb?.grammar?.copula),
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
      return { text: written, start, end: start + written.length }
    })
  return { sentences, mentions }
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
