import nlp from 'compromise'
import type { Sentence, Span, VerbPhrase } from './analyse.js'
import { spanText, subjectBefore, trim } from './phrases.js'

/** Verbs that only link a measure to its number: "the death toll rose to 1,200", "turnout was 61%". */
const LINKING = new Set(
  (
    'is are was were be been stands stood stand rose risen rises climbed climbs reached reaches ' +
    'hit hits topped tops exceeded increased jumped soared fell falls dropped declined totalled totaled ' +
    'numbered numbers ranged ranges varied'
  ).split(' '),
)
/**
 * Verbs that say nothing about what was counted ("there were 425 passengers", "it had 3,000
 * fighters"), including the attribution verbs: "officials estimated 3,000 fighters" counts fighters.
 */
const UNINFORMATIVE = new Set(
  (
    'be have include involve contain number total ' +
    'say tell claim estimate report deny confirm announce state add insist allege acknowledge admit put'
  ).split(' '),
)
/** "put the crowd at 5,000", "estimated the toll at 300": the object is the measure. */
const PUT_AT = new Set('put puts estimated estimates estimate placed places counted'.split(' '))
/** "bringing the death toll to 350": the object is the measure. */
const BRING_TO = new Set(
  (
    'bring brings bringing brought take takes taking took ' +
    'push pushes pushing pushed raise raises raising raised'
  ).split(' '),
)
const COUNT_WORDS = new Set(['number', 'total', 'count', 'tally', 'estimates', 'estimate'])
const NOT_A_MEASURE = /^(there|it|they|this|that|which|who|he|she|we)$/i

/**
 * A metric key shared by claims about the same measure, from the figure's context:
 * "soldiers-killed" (unit + participle of the governing verb), "death-toll" (the subject of a
 * linking verb: "the death toll rose to 1,200"), "crowd" ("police put the crowd at 5,000"),
 * or the unit alone when the verb says nothing ("there were 425 passengers" → "passengers").
 */
export function metricKey(sentence: Sentence, figure: Span, unit: string | null): string {
  const measure = linkedMeasure(sentence, figure.start)
  if (measure) return kebab(measure)
  return kebab([unit, action(sentence, figure)].filter(Boolean).join(' ')) || 'figure'
}

/** What was done to the counted things, as a participle: "killed", "rescued", "injured". */
function action(sentence: Sentence, figure: Span): string | null {
  const verb = governingVerb(sentence, figure)
  if (!verb) return null
  if (verb.copula) {
    // "50 people were injured": compromise reads the participle as an adjective.
    const next = verb.start >= figure.end ? sentence.terms.find((t) => t.start >= verb.end) : null
    return next?.tags.has('Adjective') ? next.normal : null
  }
  return UNINFORMATIVE.has(verb.infinitive) ? null : participle(verb)
}

/** "<measure> rose to N", "<measure> was N", "put <measure> at N", "estimated <measure> at N". */
function linkedMeasure(sentence: Sentence, start: number): string | null {
  const { terms } = sentence
  let i = terms.findIndex((t) => t.end > start) - 1
  if (i < 1) return null
  const objectVerbs = terms[i].normal === 'at' ? PUT_AT : terms[i].normal === 'to' ? BRING_TO : null
  if (objectVerbs) {
    const put = terms.findIndex((t, j) => j < i && j >= i - 6 && objectVerbs.has(t.normal))
    const object = put >= 0 ? trim(sentence, put + 1, i - 1) : null
    if (object) return measureText(sentence, object)
  }
  if (['to', 'at', 'from'].includes(terms[i].normal)) i--
  // "rose from 30 to 45": the linking verb is before "from 30".
  if (i > 1 && terms[i].tags.has('Value') && terms[i - 1].normal === 'from') i -= 2
  if (i < 1 || !LINKING.has(terms[i].normal)) return null
  const subject = subjectBefore(sentence, i)
  return subject ? measureText(sentence, subject) : null
}

/**
 * The measure without determiners and trailing phrases: "the death toll from the floods" →
 * "death toll"; "the number of displaced" → "displaced".
 */
function measureText(sentence: Sentence, span: { first: number; last: number }): string | null {
  const { terms } = sentence
  let { first, last } = span
  const article = (i: number) => terms[i].tags.has('Determiner') || terms[i].tags.has('Possessive')
  while (first < last && article(first)) first++
  if (
    COUNT_WORDS.has(terms[first].normal) &&
    terms[first + 1]?.normal === 'of' &&
    first + 2 <= last
  ) {
    first += 2
    while (first < last && article(first)) first++
  }
  const preposition = terms.findIndex((t, j) => j > first && j <= last && t.tags.has('Preposition'))
  if (preposition > 0) last = preposition - 1
  if (NOT_A_MEASURE.test(terms[last].normal)) return null
  return spanText(sentence, { first, last })
}

/** The verb whose subject the figure is ("30 people were killed") or, failing that, the nearest verb before it. */
function governingVerb(sentence: Sentence, figure: Span): VerbPhrase | null {
  const gap = (from: number, to: number) =>
    sentence.text.slice(from - sentence.start, to - sentence.start)
  const after = sentence.verbs.find((v) => v.start >= figure.end)
  if (after && !gap(figure.end, after.start).trim()) return after
  const before = sentence.verbs.filter((v) => v.end <= figure.start)
  const nearest = before[before.length - 1]
  return nearest && !/[;]/.test(gap(nearest.end, figure.start)) ? nearest : null
}

const conjugated = new Map<string, Record<string, string>>()

/** compromise's forms of a verb; tagged first, since alone "rescue" reads as a noun. */
function forms(infinitive: string): Record<string, string> {
  let found = conjugated.get(infinitive)
  if (!found) {
    const doc = nlp(infinitive)
    doc.tag('Infinitive')
    found = (doc.verbs().conjugate() as Record<string, string>[])[0] ?? {}
    conjugated.set(infinitive, found)
  }
  return found
}

/**
 * "taken" for take; else a past tense as written ("killed", "drew"), which survives compromise
 * misreading the infinitive; else the conjugated past tense ("holding" → "held").
 */
function participle(verb: VerbPhrase): string {
  const { Participle, PastTense } = forms(verb.infinitive)
  return Participle || (verb.pastTense ? verb.main : (PastTense ?? verb.infinitive))
}

export function kebab(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
}
