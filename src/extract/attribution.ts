import type { Sentence, Span, Term } from './analyse.js'
import {
  endsClause,
  isVerb,
  nounPhraseAfter,
  spanOffsets,
  spanText,
  subjectBefore,
  trim,
  type TermSpan,
} from './phrases.js'
import type { ReportedFigure } from './reportedFigures.js'

const COORDINATORS = new Set(['and', 'or'])

/**
 * Who a figure is attributed to, as written: "Security officials" said; "a security source"
 * told, via "Reuters".
 */
export interface Cue {
  source: string
  sourceStart: number
  sourceEnd: number
  via: string | null
  verb: string
  /** Offsets of the cue's verb ("said"), or of "according to". */
  start: number
  end: number
  /** Attributes what follows: "officials said the army rescued 155 hostages". */
  leads: boolean
  /** Attributes what came before: "…, police said." or "…, police said, and…". */
  closes: boolean
  /** The source holds a proper name that is not a place ("the BLA", not "security officials"). */
  named: boolean
  /** The source is a person ("Ana Reis", "a police spokesman"), not a body: "he" or "she" can refer to it. */
  person: boolean
  /** The source is a plural ("customs officials"): "it" cannot refer to it. */
  plural: boolean
  /** The source only names data ("early estimates"): another cue of the sentence is preferred. */
  weak?: boolean
  /** The agent of a passive attribution, right after its figure: "at 40,000 by organisers". */
  agent?: boolean
  /**
   * The description set beside a named source ("the mayor" in "said the mayor, Ines Dorr"; "a doctor
   * at the main clinic" in "Amal Harun, a doctor at the main clinic, said"): a later "the mayor" or
   * "the clinic" stands for it.
   */
  described?: string
}

/**
 * Attribution verbs by written form, with the form reported (past tense, as in DESIGN.md). Of the
 * -ing forms only "saying" and "adding" attribute ("…, saying 30 had died"); "with 95% of precincts
 * reporting" does not.
 */
const VERBS: Record<string, string> = {}
for (const [reported, ...forms] of [
  ['said', 'say', 'says', 'saying'],
  ['told', 'tell', 'tells'],
  ['claimed', 'claim', 'claims'],
  ['estimated', 'estimate', 'estimates'],
  ['reported', 'report', 'reports'],
  ['denied', 'deny', 'denies'],
  ['confirmed', 'confirm', 'confirms'],
  ['announced', 'announce', 'announces'],
  ['stated', 'states'],
  ['added', 'adds', 'adding'],
  ['insisted', 'insists'],
  ['alleged', 'alleges'],
  ['acknowledged', 'acknowledges'],
  ['admitted', 'admits'],
  ['put', 'puts'],
  ['raised', 'raises'],
  ['lowered', 'lowers'],
  ['revised', 'revises'],
  ['found', 'finds', 'find'],
  ['showed', 'shows', 'shown', 'show'],
  ['predicted', 'predicts'],
  ['projected', 'projects'],
  ['warned', 'warn', 'warns'],
  ['noted', 'note', 'notes'],
  ['counted', 'counts'],
  ['gave', 'gives'],
  ['expected', 'expect', 'expects'],
  ['wrote', 'write', 'writes'],
]) {
  for (const form of [reported, ...forms]) VERBS[form] = reported
}
/** Forms that are nouns as often as verbs ("Reports said…"): trust them only when tagged as verbs. */
const NOUN_LIKE = new Set([
  'claim',
  'claims',
  'report',
  'reports',
  'estimate',
  'estimates',
  'states',
  'put',
  'puts',
  'show',
  'find',
])
/** Verbs whose subject may follow them after a pause: "…, added the mayor." */
const INVERTING = new Set(['said', 'reported', 'added', 'noted', 'warned', 'stated'])
/** Modals that put a verb in the future or the possible: "will report", "may announce". */
const MODALS = new Set(['will', 'shall', 'must', 'should', 'could', 'may', 'might', 'can'])
/** The base forms of the attribution verbs: "report", "announce" (not "put", whose forms agree). */
const BASE_FORMS = new Set(
  'say tell claim estimate report deny confirm announce find show warn note expect'.split(' '),
)
/** Verbs that change a figure: they attribute only "raised the toll to 23". */
const REVISIONS = new Set(['raised', 'lowered', 'revised'])
/** What a figure is revised or put: "the death toll", "the number of wounded". */
const MEASURE_NOUNS = /^(toll|number|figure|count|tally|total|estimate)$/
/** Verbs of findings: they attribute only when a poll, survey or data finds ("a poll found 58%"). */
const FINDING_VERBS = new Set(['found', 'showed', 'predicted', 'projected'])
const FINDINGS = new Set(
  'poll polls survey surveys study census analysis review audit projection projections forecast'.split(
    ' ',
  ),
)
/** Passive attributions that take an agent: "turnout was estimated at 40,000 by organisers". */
const AGENT_VERBS = new Set(['estimated', 'put', 'reported', 'given'])
/** A relay that names no source: "citing its own monitoring". */
const POSSESSIVE = new Set(['its', 'their', 'his', 'her', 'our', 'own'])
const POLLED = new Set(['polled', 'surveyed', 'interviewed', 'contacted', 'asked'])
const FIRST_PERSON = new Set(['i', 'we', 'us'])
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])
const VERB_GROUP = new Set([
  'has',
  'have',
  'had',
  'also',
  'later',
  'earlier',
  'previously',
  'separately',
  'would',
  'will',
])
const RELAYS = new Set(['citing', 'quoting'])
/** Words that open another clause, with a subject and verb of its own. */
const CLAUSE_JOINERS = new Set(['while', 'whereas', 'whilst', 'although', 'though', 'but', 'and'])
/** What a source publishes: "according to figures released by X" is attributed to X. */
const DATA = new Set([
  'figures',
  'data',
  'estimates',
  'statistics',
  'tally',
  'count',
  'counts',
  'report',
  'results',
  'numbers',
  'records',
  'evaluation',
  'assessment',
  'filings',
  'estimate',
  'figure',
  'calculation',
  'calculations',
])
const PLACES = ['Country', 'City', 'Region']

/**
 * Attribution cues of a sentence: "X said/claimed/told Y/estimated…", "…, X said.", "said X",
 * "according to X", "X reported, citing Y" (Y relayed by X), "X put the toll at N".
 * `figures` are the sentence's figure spans, to tell a leading cue from a final one.
 */
export function findCues(sentence: Sentence, figures: Span[]): Cue[] {
  const { terms } = sentence
  const cues: Cue[] = []
  let lastSource: TermSpan | null = null
  let quotedUpTo = -1
  terms.forEach((term, i) => {
    if (i <= quotedUpTo) return
    const quoted = term.normal === 'quoted' ? quotedAsSaying(sentence, i) : null
    if (quoted) {
      cues.push(quoted.cue)
      quotedUpTo = quoted.saying
      return
    }
    if (term.normal === 'according' && terms[i + 1]?.normal === 'to') {
      const source = accordingTo(sentence, i + 2)
      const role = { leads: true, closes: true }
      const to = terms[i + 1]
      if (source) cues.push(cue(sentence, source, null, 'according to', term.start, to.end, role))
      // "according to a union estimate": the data noun of the phrase is no verb of its own.
      quotedUpTo = nounPhraseAfter(sentence, i + 2)?.last ?? quotedUpTo
      return
    }
    const outlet = reportedIn(sentence, i)
    if (outlet) {
      cues.push(outlet)
      return
    }
    if (AGENT_VERBS.has(term.normal) && BE.has(terms[i - 1]?.normal ?? '')) {
      cues.push(...agentCues(sentence, i, figures))
      return
    }
    const verb = VERBS[term.normal]
    if (!verb || !isAttributing(sentence, i, figures)) return
    // "Forecasters expect highs of 31": a forecast, but not "the number expected." and not
    // "Organisers said they expected…", which reports the cue before.
    if (verb === 'expected' && (endsClause(term) || cues.length)) return
    let k = i
    while (k > 0 && VERB_GROUP.has(terms[k - 1].normal) && !endsClause(terms[k - 1])) k--
    const afterPause = k === 0 || endsClause(terms[k - 1])
    // "…, said the mayor.", "…, reported the trade paper Kinoweek.": the subject after the verb.
    const inverted = afterPause && INVERTING.has(verb) ? invertedSubject(sentence, i + 1) : null
    // "X said…, and claimed that…", "X accused…, and said…": the verb shares the sentence's subject.
    const shared = ['and', 'but'].includes(terms[k - 1]?.normal)
      ? (lastSource ?? mainSubject(sentence, k))
      : null
    // '"…," said X': the words before the verb are the quotation's, not its subject.
    const afterQuote = k > 0 && /[”"]/.test(terms[k - 1].post)
    const written = afterQuote
      ? null
      : FINDING_VERBS.has(verb)
        ? findingSubject(sentence, k)
        : term.normal === 'saying' || term.normal === 'adding'
          ? (lastSource ?? mainSubject(sentence, k))
          : subjectBefore(sentence, k)
    const subject = written && wholeSubject(sentence, written, k)
    // "The UN said … that its staff had counted 30": its staff count for the UN, the cue before.
    const own =
      subject &&
      POSSESSIVE.has(terms[subject.first].normal) &&
      terms[subject.first - 1]?.normal === 'that'
    if (own && cues.some((c) => c.leads && c.end <= terms[subject.first].start)) return
    if (FINDING_VERBS.has(verb) && !subject) return
    if (verb === 'expected' && (!subject || terms[subject.first].tags.has('Pronoun'))) return
    const published = subject && publisher(sentence, subject)
    let source = inverted ?? published ?? subject ?? shared
    if (!source) return
    // "“We have counted 46 villages…,” she said": a first person speaks in a quote, whose
    // speaker is the source.
    if (source.first === source.last && FIRST_PERSON.has(terms[source.first].normal)) return
    // "Early estimates put losses at…, according to X": data with no publisher is a weak source.
    const weak = !inverted && !published && source === subject && namesData(sentence, source)
    // "The operator expects to spend $40m, it said.": "it" closing the sentence is the body that
    // is its subject.
    // …and "The central bank held rates, and it noted that…": the subject of the first clause.
    const closing = !figures.some((f) => f.start >= term.end)
    if (closing || ['and', 'but'].includes(terms[source.first - 1]?.normal ?? ''))
      source = subjectOfIt(sentence, source) ?? source
    lastSource = source
    // ", the commission said, 12 fewer…": set off by commas, the cue reports both sides.
    const opens = inverted ? afterPause : source.first > 0 && endsClause(terms[source.first - 1])
    const parenthetical = opens && pausesAfter(sentence, inverted ? inverted.last : i)
    let via =
      verb === 'told'
        ? properNameAfter(sentence, i + 1)
        : verb === 'wrote'
          ? publishedIn(sentence, i + 1)
          : null
    // "Analysts polled by Reuters expect": the analysts, relayed by Reuters.
    const polled = source === subject ? polledBy(sentence, source) : null
    if (polled) {
      via = spanText(sentence, source)
      source = polled
    }
    // "X said, citing Y"; "X, citing Y, reported".
    const after = Math.min(i, source.last)
    // …or "Citing Y, X said" before it.
    const subjectFirst = source.first
    // …but not a relay of another clause: "X said, while the paper Y, citing Z, reported".
    const sameClause = (j: number) =>
      !terms.slice(after + 1, j).some((t) => CLAUSE_JOINERS.has(t.normal))
    const relay = terms.findIndex(
      (t, j) =>
        RELAYS.has(t.normal) && ((j > after && sameClause(j)) || (j === 0 && subjectFirst > 0)),
    )
    const relayed = relay >= 0 ? relayedSource(sentence, relay + 1) : null
    if (relayed) {
      via = spanText(sentence, source)
      source = relayed
    }
    const reportsNothingAfter =
      !figures.some((f) => f.start >= term.end) &&
      !terms.some(
        (t, j) =>
          j > i && isVerb(sentence, j) && !RELAYS.has(t.normal) && !reducedRelative(sentence, j),
      )
    const role = { leads: !reportsNothingAfter, closes: reportsNothingAfter || parenthetical }
    // "X said…, adding that…": what follows is added (the reported form of "adding").
    cues.push({ ...cue(sentence, source, via, verb, term.start, term.end, role), weak })
  })
  return [...cues, ...gappedCues(sentence, figures, cues)]
}

/**
 * "Police said about 8,000 people took part, organisers 40,000.": a clause of just a noun phrase
 * and a figure repeats the verb of an earlier cue for a new source.
 */
function gappedCues(sentence: Sentence, figures: Span[], cues: Cue[]): Cue[] {
  const { terms } = sentence
  return figures.flatMap((figure) => {
    const at = terms.findIndex((t) => t.start >= figure.start)
    const end = terms.findLastIndex((t) => t.end <= figure.end)
    if (at < 1 || end < 0 || (end < terms.length - 1 && !endsClause(terms[end]))) return []
    let first = at
    while (first > 0 && at - first < 4 && !endsClause(terms[first - 1])) first--
    const opener = first > 0 && /[,;–—]/.test(terms[first - 1].post)
    const words = terms.slice(first, at)
    const nounPhrase =
      words.length > 0 &&
      words.every((t, j) => !isVerb(sentence, first + j) && !t.tags.has('Value')) &&
      terms[at - 1].tags.has('Noun') &&
      !terms[at - 1].tags.has('Pronoun')
    const earlier = cues.filter((c) => c.end <= terms[first].start)
    // The gap repeats a clause that gave a figure: not "According to X, the storm cost $800m".
    const givenBefore = figures.some((f) => f.end <= terms[first].start)
    if (!opener || !nounPhrase || !earlier.length || !givenBefore) return []
    const source = trim(sentence, first, at - 1)
    if (!source) return []
    const { verb } = earlier[earlier.length - 1]
    const start = terms[first].start
    return [cue(sentence, source, null, verb, start, start, { leads: true, closes: false })]
  })
}

/**
 * "Two hospital officials said…", "citing two ministry sources": a count that opens its source
 * (after an article at most) counts who speaks and is part of the source, not a reported figure.
 * Any other figure inside a source span stays a figure: "A union of 5,000 nurses said", "40 percent
 * of those asked said" — a source span that swallows a figure never deletes it.
 */
export function countsTheSource(c: Cue, figure: ReportedFigure): boolean {
  if (figure.start < c.sourceStart || figure.end > c.sourceEnd) return false
  const before = c.source
    .slice(0, figure.start - c.sourceStart)
    .trim()
    .toLowerCase()
  if (before && !['the', 'these', 'those', 'all'].includes(before)) return false
  const { unit } = figure.fields
  const counted =
    unit === null ||
    (unit !== 'percent' && new RegExp(`(^|\\s)${escapeRegExp(unit)}$`, 'i').test(figure.text))
  // Who is counted speaks: "Three people familiar with the talks", "Two hospital officials".
  // A count whose noun was not read as its unit: the word after it ("three people close to…").
  const noun =
    unit ??
    c.source
      .slice(figure.end - c.sourceStart)
      .trim()
      .split(/\s+/)[0]
  const people =
    Boolean(noun) && (PEOPLE.has(noun.toLowerCase()) || namesPeople(noun.toLowerCase()))
  return counted && (c.person || c.plural || people)
}

const PEOPLE = new Set(['people', 'persons', 'staff', 'crew', 'police', 'members', 'sources'])
const namesPeople = (noun: string) =>
  PERSON_NOUNS.has(noun) || PERSON_NOUNS.has(noun.replace(/e?s$/, '')) || CITED.has(noun)

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The cue a figure is attributed to: the nearest one before it that reports what follows
 * ("officials said the army rescued 155"), else the nearest one after it that closes a clause
 * ("…155 hostages, officials said", "according to X").
 */
export function cueFor(cues: Cue[], figure: Span): Cue | null {
  const strong = cues.filter((c) => !c.weak)
  return nearestCue(strong, figure) ?? nearestCue(cues, figure)
}

function nearestCue(cues: Cue[], figure: Span): Cue | null {
  // "estimated at 40,000 by organisers": the agent right after the figure.
  const agent = cues.find((c) => c.agent && c.start >= figure.end && c.start - figure.end <= 1)
  if (agent) return agent
  // "1.2 million according to the police, and 2.8 million according to the union".
  const right = cues.find(
    (c) => c.verb === 'according to' && c.start >= figure.end && c.start - figure.end <= 2,
  )
  if (right) return right
  const leading = cues.filter((c) => c.leads && c.end <= figure.start)
  // "Officials have confirmed 412 cases…, the department said.": a cue that closes the whole
  // sentence reports the one inside it, so it is the source.
  const outer = cues.find((c) => c.closes && !c.leads && c.start >= figure.end)
  if (outer && leading.length) return outer
  if (leading.length) return leading.reduce((a, b) => (b.end > a.end ? b : a))
  const closing = cues.filter((c) => c.closes && c.start >= figure.end)
  return closing.length ? closing.reduce((a, b) => (b.start < a.start ? b : a)) : null
}

function isAttributing(sentence: Sentence, i: number, figures: Span[]): boolean {
  const { terms } = sentence
  const term = terms[i]
  // "…, the Los Angeles Times reports.": compromise may tag the name's last word as a verb.
  const name = i > 1 && (terms[i - 1].tags.has('ProperNoun') || /^\p{Lu}/u.test(terms[i - 1].text))
  // "…, official statistics show.": after data, a noun-like form that ends the clause is its verb.
  const data = i > 0 && (DATA.has(terms[i - 1].normal) || FINDINGS.has(terms[i - 1].normal))
  // A capitalised form is the name's own last word: "the United States" has no verb "states".
  const closesAfterName =
    (name || data) && /^\p{Ll}/u.test(term.text) && /^[.,;]/.test(term.post.trim() || '.')
  // "The Tarvik Times, citing police, reports that…": after a comma and before "that", a verb.
  const afterAside = i > 0 && /,/.test(terms[i - 1].post) && terms[i + 1]?.normal === 'that'
  if (NOUN_LIKE.has(term.normal) && !term.tags.has('Verb') && !closesAfterName && !afterAside)
    return false
  if (figures.some((f) => f.start <= term.start && term.end <= f.end)) return false // "an estimated 40"
  const before = terms[i - 1]
  // "were reported missing", "the reported figure", "the number of confirmed deaths".
  // …but not after a clause that ends in one: "owed 60 dollars each, said X".
  const adjective =
    (before?.tags.has('Determiner') || before?.tags.has('Preposition')) && !endsClause(before)
  if (before && (BE.has(before.normal) || adjective)) return false
  // "An inquiry … will report within 30 days": a base form after a modal says what is to come.
  if (MODALS.has(before?.normal ?? '') && BASE_FORMS.has(term.normal)) return false
  const next = terms[i + 1]?.normal
  if (next === 'responsibility' || next === 'credit') return false // "claimed responsibility"
  // "the wall gave way", "gave birth", "gave chase": idioms, not a source giving a figure.
  if (VERBS[term.normal] === 'gave' && ['way', 'birth', 'chase', 'up', 'in'].includes(next ?? ''))
    return false
  // "damage estimated at €3.5bn": a passive participle, its agent is elsewhere.
  const passive = next === 'at' && !['least', 'most'].includes(terms[i + 2]?.normal ?? '')
  if (passive) return false
  // "a redesign added $85 million to the cost": a figure as the object adds to a sum, it reports
  // nothing; "denied the charges" and "wrote a letter" take an object and report no figure.
  if (VERBS[term.normal] === 'added' && figures.some((f) => f.start === terms[i + 1]?.start))
    return false
  if (['denied', 'wrote'].includes(VERBS[term.normal]) && takesObject(sentence, i)) return false
  // "wrote to 300 schools": only "wrote that…", "wrote in…" or a closing "…, she wrote" report.
  const writes = VERBS[term.normal] === 'wrote'
  const reports = endsClause(term) || ['that', 'in', 'on'].includes(next ?? '')
  if (writes && !reports && figures.some((f) => f.start >= term.end)) return false
  if (VERBS[term.normal] === 'put') return putsAFigure(sentence, i, figures)
  if (REVISIONS.has(VERBS[term.normal])) {
    const object = terms.slice(i + 1, i + 5)
    return object.some((t) => MEASURE_NOUNS.test(t.normal)) && putsAFigure(sentence, i, figures)
  }
  return true
}

/** Adverbs between the pause and "reported in/by": ", as first reported by X". */
const ADVERBS_BEFORE_REPORTED = new Set([
  'first',
  'originally',
  'initially',
  'earlier',
  'previously',
])

/**
 * ", reported in the trade weekly X", "as reported by X": the outlet is the source of the clause
 * before, which it does not report as a subject (the figure in "The mine employs 2,600 workers,
 * reported in X" is the outlet's, not part of a source).
 */
function reportedIn(sentence: Sentence, i: number): Cue | null {
  const { terms } = sentence
  const term = terms[i]
  if (!['reported', 'published'].includes(term.normal) || i === 0) return null
  if (!['in', 'by'].includes(terms[i + 1]?.normal ?? '')) return null
  // "…, as first reported by X", "…, originally published in X": an adverb may come between.
  const at = ADVERBS_BEFORE_REPORTED.has(terms[i - 1].normal) && i > 1 ? i - 1 : i
  const before = terms[at - 1]
  const pause =
    endsClause(before) || (before.normal === 'as' && (at === 1 || endsClause(terms[at - 2])))
  if (!pause) return null
  const phrase = nounPhraseAfter(sentence, i + 2)
  const source = phrase && (publisher(sentence, phrase) ?? phrase)
  if (!source || terms[source.first].tags.has('Date')) return null
  return cue(sentence, source, null, 'reported', term.start, term.end, {
    leads: false,
    closes: true,
  })
}

/** The sentence's subject a closing or coordinated "it" stands for, when it names a body ("The operator"). */
function subjectOfIt(sentence: Sentence, source: TermSpan): TermSpan | null {
  const { terms } = sentence
  if (source.first !== source.last || terms[source.first].normal !== 'it') return null
  const main = mainSubject(sentence, source.first)
  if (!main || main.last >= source.first || main.first > 0) return null
  const words = terms.slice(main.first, main.last + 1)
  const head = words[words.length - 1]
  if (words.some((t) => t.tags.has('Value') || t.tags.has('Pronoun')) || head.tags.has('Plural'))
    return null
  const named = words.some((t) => t.tags.has('ProperNoun') && !PLACES.some((p) => t.tags.has(p)))
  // "The group is trapped 2 km in, it said": unnamed, a group is people as often as a company;
  // "it" is then the earlier speaker it stands for.
  if (!named && head.normal === 'group') return null
  return named || BODY_WORDS.test(head.normal) ? main : null
}

/** Who was asked: "Analysts" in "Analysts polled by Reuters", when the source is the agent. */
function polledBy(sentence: Sentence, agent: TermSpan): TermSpan | null {
  const { terms } = sentence
  const by = agent.first - 1
  if (by < 2 || terms[by].normal !== 'by' || !POLLED.has(terms[by - 1].normal)) return null
  let first = by - 2
  if (!terms[first].tags.has('Noun') || endsClause(terms[first])) return null
  while (first > 0 && !endsClause(terms[first - 1]) && isModifier(terms[first - 1])) first--
  return { first, last: by - 2 }
}

/**
 * The whole subject noun phrase: the name an apposition gives ("The march's organiser, the Civil
 * Human Rights Front, put" → the Front), and the words before a noun compromise tagged as a verb
 * ("An Afghan police official", where "police" is read as a verb).
 */
function wholeSubject(sentence: Sentence, span: TermSpan, k: number): TermSpan {
  const { terms } = sentence
  const named = apposedName(sentence, span, k)
  if (named) return named
  let first = span.first
  const misread = (j: number) => {
    const t = terms[j]
    return (
      t.tags.has('Verb') &&
      t.tags.has('PresentTense') &&
      !t.tags.has('Auxiliary') &&
      !VERBS[t.normal] &&
      !/s$/.test(t.normal) &&
      /^\p{Ll}/u.test(t.text) &&
      !endsClause(t)
    )
  }
  // "Two senior transport ministry officials": a count, a noun used as a modifier, opens it too.
  const count = (t: Term) => t.tags.has('Value') && t.tags.has('Cardinal')
  const opensPhrase = (t: Term) =>
    !t.tags.has('Pronoun') &&
    !endsClause(t) &&
    (['Determiner', 'Adjective', 'ProperNoun'].some((tag) => t.tags.has(tag)) ||
      count(t) ||
      (t.tags.has('Noun') && t.tags.has('Singular')))
  const opener = (t: Term) => t.tags.has('Determiner') || count(t)
  if (first >= 2 && misread(first - 1) && opensPhrase(terms[first - 2])) {
    first -= 2
    while (first > 0 && !opener(terms[first]) && opensPhrase(terms[first - 1])) first--
  } else if (first >= 1 && misread(first - 1) && terms[first - 1].tags.has('Infinitive')) {
    // "…, state broadcaster NTV reported": the clause opens with the misread word.
    if (first === 1 || endsClause(terms[first - 2])) first--
  }
  return { first, last: span.last }
}

/** ", the Civil Human Rights Front," between a description and its verb: the name it gives. */
function apposedName(sentence: Sentence, span: TermSpan, k: number): TermSpan | null {
  const { terms } = sentence
  if (span.last + 2 > k - 1 || !terms[span.last].post.includes(',')) return null
  // Closed by a comma, or by the end of the sentence ("said the envoy, Vincent Cochetel.").
  if (k - 1 < terms.length - 1 && !terms[k - 1].post.includes(',')) return null
  const isNamed = (t: Term) => t.tags.has('ProperNoun') && !PLACES.some((tag) => t.tags.has(tag))
  const description = terms.slice(span.first, span.last + 1)
  if (description.some(isNamed)) return null
  const name = trim(sentence, span.last + 1, k - 1)
  if (!name) return null
  const words = terms.slice(name.first, name.last + 1)
  const the = words[0].tags.has('Determiner') ? 1 : 0
  const nameWords = words.slice(the)
  const written = (t: Term) =>
    /^[\p{Lu}(&]/u.test(t.text) || ['of', 'for', 'and', 'on', 'the', 'de'].includes(t.normal)
  // "the Swiss drugmaker Halvex", "the grid operator Nordnet": a few words that describe the name
  // may come before it, as long as the name closes the phrase.
  const described = nameWords.findLastIndex((t) => !written(t)) + 1
  const describing = nameWords
    .slice(0, described)
    .every((t) => (t.tags.has('Noun') || t.tags.has('Adjective')) && !t.tags.has('Value'))
  const nameOnly = nameWords.slice(described)
  if (!nameOnly.length || !nameOnly.some(isNamed) || described > 3 || !describing) return null
  return name
}

/**
 * "put the death toll at 2,000", "put the toll higher, at 130", "raised the toll to 23": the verb
 * attributes only a figure in its own clause.
 */
function putsAFigure(sentence: Sentence, i: number, figures: Span[]): boolean {
  const { terms } = sentence
  let end = i
  while (
    end < terms.length - 1 &&
    end < i + 10 &&
    (!endsClause(terms[end]) || terms[end + 1].normal === 'at')
  ) {
    end++
  }
  return figures.some((f) => f.start > terms[i].end && f.start <= terms[end].start)
}

/**
 * "denied all the charges", "wrote a book": a noun phrase right after the verb is its object, so
 * the verb says nothing that a figure could be. Not "denied that…", "wrote in…", ", he denied."
 */
function takesObject(sentence: Sentence, i: number): boolean {
  const { terms } = sentence
  const next = terms[i + 1]
  if (!next || endsClause(terms[i]) || next.tags.has('Value')) return false
  if (next.normal === 'that' || next.tags.has('Preposition')) return false
  return ['Determiner', 'Noun', 'Adjective'].some((tag) => next.tags.has(tag))
}

/** "a report published on Wednesday": a participle after a noun describes it, it is no new clause. */
function reducedRelative(sentence: Sentence, j: number): boolean {
  const { terms } = sentence
  const [before, term] = [terms[j - 1], terms[j]]
  return (
    term.tags.has('PastTense') &&
    !term.tags.has('Auxiliary') &&
    before?.tags.has('Noun') === true &&
    !before.tags.has('Pronoun') &&
    !endsClause(before) &&
    terms[j + 1]?.tags.has('Preposition') === true
  )
}

/**
 * The journal or paper in "wrote in the journal Cardiology Today", "wrote in The Lancet": it
 * carries the writers' words as a broadcaster carries what it is told. Null for "wrote in a
 * statement" (no name) or "wrote that…".
 */
function publishedIn(sentence: Sentence, i: number): string | null {
  const { terms } = sentence
  if (terms[i]?.normal !== 'in') return null
  const phrase = nounPhraseAfter(sentence, i + 1)
  if (!phrase) return null
  // "Cardiology Today": a capitalised word tagged as a date goes on with the name.
  while (
    !endsClause(terms[phrase.last]) &&
    /^\p{Lu}/u.test(terms[phrase.last].text) &&
    /^\p{Lu}/u.test(terms[phrase.last + 1]?.text ?? '')
  )
    phrase.last++
  const words = terms.slice(phrase.first, phrase.last + 1)
  const named = words.some((t) => /^\p{Lu}/u.test(t.text) && !t.tags.has('Date'))
  return named ? spanText(sentence, phrase) : null
}

/** The cue ends at a comma, maybe after adjuncts: "said on Thursday,", "said in a statement,". */
function pausesAfter(sentence: Sentence, i: number): boolean {
  const { terms } = sentence
  for (let j = i; j < terms.length - 1; j++) {
    if (
      j > i &&
      (isVerb(sentence, j) || terms[j].tags.has('Value') || terms[j].normal === 'that')
    ) {
      return false
    }
    if (endsClause(terms[j])) return /,/.test(terms[j].post)
  }
  return false
}

/** The subject of the first verb of the sentence, if it comes before term `k`. */
function mainSubject(sentence: Sentence, k: number): TermSpan | null {
  const first = sentence.terms.findIndex(
    (t, j) => j < k && isVerb(sentence, j) && !t.tags.has('Auxiliary'),
  )
  return first > 0 ? subjectBefore(sentence, first) : null
}

/** "according to the ministry"; "according to data from the ministry" → "the ministry". */
function accordingTo(sentence: Sentence, i: number): TermSpan | null {
  const phrase = nounPhraseAfter(sentence, i)
  if (!phrase) return null
  // "according to the auditor, Maria Pellegrini, …": the name the description is given.
  const { terms } = sentence
  const close = terms.findIndex((t, j) => j > phrase.last && endsClause(t))
  const named = close > phrase.last + 1 ? apposedName(sentence, phrase, close + 1) : null
  return named ?? publisher(sentence, phrase) ?? phrase
}

/**
 * Who published the data a phrase names: "figures from the ministry", "an independent count by the
 * firm X" → "the ministry", "the firm X". Null when the phrase does not name data or no publisher.
 */
function publisher(sentence: Sentence, phrase: TermSpan): TermSpan | null {
  const { terms } = sentence
  const word = terms[phrase.first].tags.has('Determiner') ? phrase.first + 1 : phrase.first
  const data = (j: number) => DATA.has(terms[j]?.normal) || FINDINGS.has(terms[j]?.normal)
  // "the ministry's latest figures" → "the ministry".
  const owner = terms.findIndex((t, j) => j >= word && j <= word + 2 && /['’]s$/.test(t.text))
  if (owner >= 0 && [1, 2].some((d) => data(owner + d))) return { first: phrase.first, last: owner }
  const modifier = modifyingPublisher(sentence, phrase)
  if (modifier) return modifier
  if (!data(word) && !data(word + 1)) return null
  const by = terms.findIndex(
    (t, j) => j > word && j <= word + 4 && ['by', 'from', 'of'].includes(t.normal),
  )
  return by > 0 ? nounPhraseAfter(sentence, by + 1) : null
}

/**
 * The publisher written as a modifier of the data noun that ends the phrase: "a union estimate" →
 * "union", "a World Health Organization estimate", "new UN figures" → the name. The article is the
 * data noun's, so it is left out. Only after "a"/"an" or when the modifier is a name: "hospital
 * records" and "police figures" stay whole, "official figures" (an adjective) names no one.
 */
function modifyingPublisher(sentence: Sentence, phrase: TermSpan): TermSpan | null {
  const { terms } = sentence
  if (phrase.last === phrase.first || !DATA.has(terms[phrase.last].normal)) return null
  // "the Bureau of Labor Statistics", "the Office of Road Statistics": a capitalised data noun
  // ends a name, it is no data the name published.
  if (/^\p{Lu}/u.test(terms[phrase.last].text)) return null
  const article = ['a', 'an'].includes(terms[phrase.first].normal)
  let first = terms[phrase.first].tags.has('Determiner') ? phrase.first + 1 : phrase.first
  while (first < phrase.last && isAdjectiveOnly(terms[first])) first++
  const last = phrase.last - 1
  if (first > last) return null
  const words = terms.slice(first, last + 1)
  if (words.some((t) => t.tags.has('Value') || t.tags.has('Pronoun') || /['’]s$/.test(t.text)))
    return null
  const isName = (t: Term) => /^[\p{Lu}]/u.test(t.text) && t.tags.has('ProperNoun')
  const named =
    isName(words[0]) &&
    words.every((t) => isName(t) || /^\p{Lu}/u.test(t.text) || NAME_LINKS.has(t.normal))
  const nouns = words.every((t) => t.tags.has('Noun') || t.tags.has('ProperNoun'))
  return named || (article && nouns) ? { first, last } : null
}

/** Lower-case words inside an organisation's name: "World Organisation for Animal Health". */
const NAME_LINKS = new Set(['of', 'for', 'and', 'on', 'the', 'de', '&'])

function isAdjectiveOnly(term: Term): boolean {
  return term.tags.has('Adjective') && !term.tags.has('Noun') && !/^\p{Lu}/u.test(term.text)
}

/** The phrase names data or findings: "Early estimates", "official figures", "the poll". */
function namesData(sentence: Sentence, phrase: TermSpan): boolean {
  const head = sentence.terms[phrase.last].normal
  return DATA.has(head) || FINDINGS.has(head)
}

/** "citing a military source" → "a military source"; "citing its own monitoring" names none. */
function relayedSource(sentence: Sentence, i: number): TermSpan | null {
  const phrase = citedPhrase(sentence, i)
  if (!phrase || POSSESSIVE.has(sentence.terms[phrase.first].normal)) return null
  const from = publisher(sentence, phrase)
  if (from) return from
  const word = sentence.terms[phrase.first].tags.has('Determiner') ? phrase.first + 1 : phrase.first
  if (DATA.has(sentence.terms[word]?.normal)) return null
  return namesASource(sentence.terms.slice(phrase.first, phrase.last + 1)) ? phrase : null
}

/**
 * The noun phrase after "citing": "hospital reports", "two engineers at the airline". compromise
 * reads a plural after a noun or a number as a verb ("reports", "engineers"): it is the phrase's
 * head, and the phrase goes on after it up to the end of the clause.
 */
function citedPhrase(sentence: Sentence, i: number): TermSpan | null {
  const { terms } = sentence
  let phrase = nounPhraseAfter(sentence, i)
  while (phrase && !endsClause(terms[phrase.last])) {
    const [last, next] = [terms[phrase.last], terms[phrase.last + 1]]
    // …and any word after a bare count: "citing three people close to…" ("people" as a verb).
    const misread =
      next?.tags.has('PresentTense') &&
      (/s$/.test(next.normal) || last.tags.has('Value')) &&
      !['Copula', 'Auxiliary', 'Modal'].some((tag) => next.tags.has(tag)) &&
      (last.tags.has('Noun') || last.tags.has('Value'))
    if (!misread) break
    const rest = endsClause(next) ? null : nounPhraseAfter(sentence, phrase.last + 2)
    phrase = { first: phrase.first, last: rest?.last ?? phrase.last + 1 }
  }
  return phrase
}

/** Heads of what is cited as a source: people, bodies, documents ("hospital records"). */
const CITED = new Set(
  (
    'source sources official officials people residents witnesses diplomats diplomat insiders ' +
    'record records document documents paper papers statement statements letter memo filing filings data ' +
    'figures report reports study survey authorities government ministry police army military'
  ).split(' '),
)

/**
 * Whether what "citing" names is a source ("a military source", "hospital records", "the
 * regional prosecutor", "Reuters") and not a reason ("citing weaker demand from Europe").
 */
function namesASource(words: Term[]): boolean {
  const named = (t: Term) =>
    t.tags.has('ProperNoun') && !['Place', 'Date', ...PLACES].some((p) => t.tags.has(p))
  if (words.some(named)) return true
  // The head before a preposition ("sources close to the talks") and the last word.
  const of = words.findIndex((t) => t.tags.has('Preposition'))
  // "two people familiar with the deal": any noun before the complement may be the head.
  const before = (of > 0 ? words.slice(0, of) : words).filter((t) => t.tags.has('Noun'))
  const heads = [
    ...before,
    of > 0 ? words[of - 1] : words[words.length - 1],
    words[words.length - 1],
  ]
  return heads.some(
    (t) =>
      CITED.has(t.normal) ||
      PERSON_NOUNS.has(t.normal) ||
      PERSON_NOUNS.has(t.normal.replace(/s$/, '')) ||
      BODY_WORDS.test(t.normal) ||
      t.tags.has('Person'),
  )
}

/** Documents that show what they record: "the company's planning application shows". */
const DOCUMENTS = new Set(
  'application applications filing documents papers accounts minutes prospectus accounts register'.split(
    ' ',
  ),
)

/**
 * The subject of "found" or "showed" when it is a poll, survey or data, before term `k` in its
 * clause: "A poll published on Saturday found" → "A poll".
 */
function findingSubject(sentence: Sentence, k: number): TermSpan | null {
  const { terms } = sentence
  let start = k
  while (start > 0 && !endsClause(terms[start - 1])) start--
  for (let j = start; j < k; j++) {
    const head = terms[j].normal
    if (!FINDINGS.has(head) && !DATA.has(head) && !DOCUMENTS.has(head)) continue
    let first = j
    // compromise reads "Corvane's" as "Corvane is", an empty copula after the name: an owner.
    const owner = (t: Term, k: number) =>
      t.text === '' && /['’]s$/.test(terms[k - 1]?.text ?? '') && !endsClause(terms[k - 1])
    while (
      first > 0 &&
      !endsClause(terms[first - 1]) &&
      (isModifier(terms[first - 1]) || owner(terms[first - 1], first - 1))
    )
      first--
    return { first, last: j }
  }
  return null
}

function isModifier(term: Term): boolean {
  if (term.tags.has('Verb') || term.tags.has('Preposition')) return false
  return ['Determiner', 'Adjective', 'Noun', 'Possessive'].some((tag) => term.tags.has(tag))
}

/** "State media quoted a police officer as saying…": the officer, relayed by state media. */
function quotedAsSaying(sentence: Sentence, i: number): { cue: Cue; saying: number } | null {
  const { terms } = sentence
  const as = terms.findIndex((t, j) => j > i + 1 && j < i + 12 && t.normal === 'as')
  if (as < 0 || terms[as + 1]?.normal !== 'saying') return null
  const source = trim(sentence, i + 1, as - 1)
  if (!source) return null
  const relay = subjectBefore(sentence, i)
  const via = relay ? spanText(sentence, relay) : null
  const role = { leads: true, closes: false }
  return {
    cue: cue(sentence, source, via, 'quoted', terms[i].start, terms[as + 1].end, role),
    saying: as + 1,
  }
}

/** "was estimated at 40,000 by organisers and 12,500 by the prefecture": one cue per agent. */
function agentCues(sentence: Sentence, i: number, figures: Span[]): Cue[] {
  const { terms } = sentence
  const verb = VERBS[terms[i].normal]
  const cues: Cue[] = []
  terms.forEach((t, j) => {
    if (j <= i || t.normal !== 'by' || !figures.some((f) => f.end === terms[j - 1].end)) return
    let last = j + 1
    while (
      last + 1 < terms.length &&
      !endsClause(terms[last]) &&
      !terms[last + 1].tags.has('Value') &&
      !isVerb(sentence, last + 1) &&
      !(COORDINATORS.has(terms[last + 1].normal) && terms[last + 2]?.tags.has('Value'))
    ) {
      last++
    }
    const source = trim(sentence, j + 1, last)
    if (!source) return
    const role = { leads: false, closes: true }
    cues.push({ ...cue(sentence, source, null, verb, t.start, t.end, role), agent: true })
  })
  return cues
}

/** "…, said Ali Khan, a police spokesman." */
function invertedSubject(sentence: Sentence, i: number): TermSpan | null {
  const span = isVerb(sentence, i) ? null : nounPhraseAfter(sentence, i)
  // "said police." ends the clause; "says it has…" is a normal subject and verb.
  const { terms } = sentence
  if (!span || (span.last < terms.length - 1 && !endsClause(terms[span.last]))) return null
  const first = sentence.terms[span.first]
  // "said one aid worker": "one" is the article of a source, not a figure.
  const counted = first.tags.has('Value') && first.normal !== 'one'
  if (counted || first.tags.has('Preposition')) return null
  // "said the agency's envoy, Vincent Cochetel.": the name the description is given.
  const last = terms.length - 1
  const named = span.last < last && /,/.test(terms[span.last].post)
  return (named && apposedName(sentence, span, last + 1)) || span
}

/**
 * The relay in "told Reuters", "told the BBC", "told the TV channel Kanal Nord" (a description, then
 * the name); not "told reporters" nor "told state television".
 */
function properNameAfter(sentence: Sentence, i: number): string | null {
  const { terms } = sentence
  let from = terms[i]?.normal === 'the' ? i + 1 : i
  // "the TV channel Kanal Nord", "the news agency Reuters", "public broadcaster RTE": words
  // describing the name before it.
  for (let j = from; j < Math.min(from + 4, terms.length - 1); j++) {
    const t = terms[j]
    const describes = t.tags.has('Noun') || t.tags.has('Adjective')
    if (endsClause(t) || !describes || t.tags.has('Pronoun')) break
    if (/^\p{Ll}/u.test(t.text) && /^\p{Lu}/u.test(terms[j + 1].text)) {
      from = j + 1
      break
    }
  }
  let last = from - 1
  const named = (t: Term) => /^\p{Lu}/u.test(t.text) && !t.tags.has('Date')
  while (last + 1 < terms.length && named(terms[last + 1])) {
    last++
    if (endsClause(terms[last])) break
  }
  // "told Channel 5 that…": a small number closing the name is part of it (not one that counts
  // what follows, "told Reuters 12 people died").
  const numbered = terms[last + 1]
  const closesName =
    numbered &&
    /^\d{1,2}$/.test(numbered.text) &&
    (endsClause(numbered) || ['that', 'on', 'in'].includes(terms[last + 2]?.normal ?? ''))
  if (last >= from && !endsClause(terms[last]) && closesName) last++
  return last >= from ? spanText(sentence, { first: i, last }) : null
}

function cue(
  sentence: Sentence,
  source: TermSpan,
  via: string | null,
  verb: string,
  start: number,
  end: number,
  role: { leads: boolean; closes: boolean },
): Cue {
  const { start: sourceStart } = spanOffsets(sentence, source)
  const named = sentence.terms
    .slice(source.first, source.last + 1)
    .some((t) => t.tags.has('ProperNoun') && !PLACES.some((tag) => t.tags.has(tag)))
  const words = sentence.terms.slice(source.first, source.last + 1)
  const person = isPerson(words)
  // "Three aid workers in the city": the head before a preposition is what is plural.
  const of = words.findIndex((t, j) => j > 0 && t.tags.has('Preposition'))
  const head = of > 0 ? words[of - 1] : words[words.length - 1]
  const plural = !person && Boolean(head?.tags.has('Plural'))
  let text = spanText(sentence, source).replace(/['’]s$/, '')
  // "the International Organization for Migration (IOM)": the closing bracket is punctuation after.
  if ((text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length) text += ')'
  // "The International Energy Agency (IEA) said": an acronym in brackets right after the name, which
  // compromise may read as another word ("who"), is part of the name.
  const rest = sentence.text.slice(sentence.terms[source.last].end - sentence.start)
  const acronym = /^\s*\(\p{Lu}{2,6}\)/u.exec(rest)
  if (acronym && !text.includes('(')) text += acronym[0]

  const described = apposedDescription(sentence, source)
  return {
    source: text,
    sourceStart,
    sourceEnd: sourceStart + text.length,
    ...(described ? { described } : {}),
    via,
    verb,
    start,
    end,
    ...role,
    named,
    person,
    plural,
  }
}

/**
 * The description in apposition to a named source, before it ("the mayor, Ines Dorr", "The strike's
 * organiser, the Federation of Dock Workers,") or after it ("Lena Ortiz, the federation's
 * spokeswoman,"): an article or a possessive, then words with no verb or figure, set off by commas.
 */
function apposedDescription(sentence: Sentence, source: TermSpan): string | null {
  const { terms } = sentence
  const words = terms.slice(source.first, source.last + 1)
  if (!words.some((t) => t.tags.has('ProperNoun'))) return null
  const plain = (from: number, to: number) =>
    from <= to &&
    to - from < 8 &&
    (['the', 'a', 'an'].includes(terms[from].normal) || terms[from].tags.has('Possessive')) &&
    terms
      .slice(from, to + 1)
      .every(
        (t, j) =>
          !t.tags.has('Value') &&
          !isVerb(sentence, from + j) &&
          (from + j === to || !endsClause(t) || /['’]s$/.test(t.text)),
      )
  // After: "Lena Ortiz, the federation's spokeswoman, said", "said Amal Harun, a doctor at X."
  if (/,/.test(terms[source.last].post)) {
    let to = source.last + 1
    while (to < terms.length - 1 && !endsClause(terms[to])) to++
    const closed = to === terms.length - 1 || /,/.test(terms[to]?.post ?? '')
    if (to < terms.length && closed && plain(source.last + 1, to))
      return spanText(sentence, { first: source.last + 1, last: to })
  }
  // Before: "said the mayor, Ines Dorr", "The strike's organiser, the Federation of Dock Workers,".
  if (source.first > 0 && /,/.test(terms[source.first - 1].post)) {
    const to = source.first - 1
    let from = to
    while (from > 0 && !endsClause(terms[from - 1])) from--
    // "…, said the mayor, Ines Dorr": the description starts after the verb.
    while (
      from < to &&
      (isVerb(sentence, from) || VERBS[terms[from].normal] || ACCORDING.has(terms[from].normal))
    )
      from++
    if (plain(from, to)) return spanText(sentence, { first: from, last: to })
  }
  return null
}

const ACCORDING = new Set(['according', 'to'])

/** Head nouns that name a person: "a police spokesman", "the mayor", "its director". */
const PERSON_NOUNS = new Set(
  (
    'spokesman spokeswoman spokesperson minister secretary director commander chief president ' +
    'mayor governor officer official doctor epidemiologist meteorologist representative manager ' +
    'captain inspector prosecutor lawyer witness resident survivor expert analyst economist ' +
    'scientist researcher engineer leader chairman chairwoman executive founder organiser ' +
    'organizer owner driver pilot nurse medic surgeon teacher farmer fisherman worker man woman ' +
    'source envoy ambassador general colonel sergeant premier chancellor senator spokesperson ' +
    'controller investigator negotiator observer rescuer paramedic employee aide adviser advisor ' +
    'lawmaker legislator regulator trader banker relative firefighter diplomat auditor consultant'
  ).split(' '),
)
const BODY_WORDS =
  /^(operator|firm|government|regulator|utility|airline|carrier|insurer|broadcaster|committee|commission|board|agency|ministry|department|council|union|federation|association|institute|office|service|company|group|front|party|authority|organi[sz]ation|times|news|post|herald|courier|gazette|press|radio|tv|bank|fund|court|police|army)$/

/**
 * Whether a source phrase names a person: its head is a person's name or a person noun, or it is
 * a bare name of two or three capitalised words with no article that names no body ("Piet Haanstra",
 * which compromise does not tag as a person).
 */
function isPerson(words: Term[]): boolean {
  // "a spokeswoman for the operator", "An official at the IFRC": the head comes before the preposition.
  const of = words.findIndex((t, j) => j > 0 && t.tags.has('Preposition'))
  if (of > 0 && isPerson(words.slice(0, of))) return true
  const head = words[words.length - 1]
  if (!head) return false
  if (head.tags.has('Person') || PERSON_NOUNS.has(head.normal)) return true
  // "coastguard spokesman Ilias Varga": a person noun, then only the name.
  const title = words.findLastIndex((t) => PERSON_NOUNS.has(t.normal))
  if (title >= 0 && title < words.length - 1) {
    return words.slice(title + 1).every((t) => /^\p{Lu}/u.test(t.text) && t.tags.has('ProperNoun'))
  }
  const bareName =
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((t) => /^\p{Lu}/u.test(t.text) && t.tags.has('ProperNoun')) &&
    !words.some((t) => BODY_WORDS.test(t.normal) || PLACES.some((tag) => t.tags.has(tag)))
  return bareName
}
