import type { Suggestion } from '../../src/extract/extractClaims.js'

/** One figure of a gold file (the format of the reference fixture's .gold.json). */
export interface GoldFigure {
  sentence: string
  text: string
  value: number
  lower: number | null
  upper: number | null
  qualifier: string
  unit: string | null
  source: string | null
  attributionVerb: string | null
  /** The relay ("the Corlan Post" in "… told the Corlan Post"); scored only where the gold writes it. */
  via?: string | null
  /** The construction the figure exercises ("money-glued", "carried-attribution"), for per-class scores. */
  class?: string
}

export interface Counts {
  gold: number
  predicted: number
  matched: number
  qualifier: number
  bounds: number
  unit: number
  source: number
  verb: number
  /** Matched figures whose gold writes a relay (`via`, maybe null), and those whose relay is right. */
  viaGold: number
  via: number
  /** Matched with exactly the gold phrase: the old, strict way of matching. */
  extent: number
}

export interface Scores {
  precision: number
  recall: number
  f1: number
  /** Accuracies over matched figures; null when nothing matched. */
  qualifierAccuracy: number | null
  boundsAccuracy: number | null
  unitAccuracy: number | null
  sourceAccuracy: number | null
  verbAccuracy: number | null
  /** Over matched figures whose gold writes `via`; null when none does. */
  viaAccuracy: number | null
  /** Matched figures whose phrase is exactly the gold phrase. */
  extentAccuracy: number | null
  /** F1 when only an exact phrase counts as a match (a different extent is a miss and an extra). */
  strictF1: number
  counts: Counts
}

type Check = 'qualifier' | 'bounds' | 'unit' | 'source' | 'verb' | 'via' | 'extent'

export interface Evaluation {
  scores: Scores
  missed: GoldFigure[]
  extra: Suggestion[]
  /** Every matched figure, with the fields it got right. */
  matches: { gold: GoldFigure; suggestion: Suggestion; right: Partial<Record<Check, boolean>> }[]
  /** Matched figures that got some field wrong, with the field names. */
  wrong: { gold: GoldFigure; suggestion: Suggestion; fields: string[] }[]
}

/**
 * Scores suggestions against gold figures. A suggestion matches a gold figure when their spans
 * overlap and the values are equal; whether the phrase is exactly the gold one is scored apart
 * (`extentAccuracy`, and `strictF1` for the old exact-phrase match), so one extent disagreement is
 * not a miss plus a false positive. The gold span is the gold phrase found in the gold sentence.
 * Sources and relays are compared ignoring case and a leading "the"; verbs by their reported form
 * ("says" is "said"); units ignoring case. The relay is scored only on gold figures that write `via`.
 */
export function evaluate(text: string, gold: GoldFigure[], suggestions: Suggestion[]): Evaluation {
  const unmatched = new Set(suggestions)
  const counts: Counts = { ...zeroCounts(), gold: gold.length, predicted: suggestions.length }
  const missed: GoldFigure[] = []
  const wrong: Evaluation['wrong'] = []
  const matches: Evaluation['matches'] = []
  const spans = goldSpans(text, gold)
  gold.forEach((g, i) => {
    const span = spans[i]
    const candidates = [...unmatched].filter(
      (s) =>
        s.value === g.value &&
        (span ? s.span.start < span.end && span.start < s.span.end : sameSentence(text, g, s)),
    )
    // The exact phrase first, then the largest overlap.
    const overlap = (s: Suggestion) =>
      span ? Math.min(s.span.end, span.end) - Math.max(s.span.start, span.start) : 0
    const suggestion =
      candidates.find((s) => normalise(s.text) === normalise(g.text)) ??
      candidates.sort((a, b) => overlap(b) - overlap(a))[0]
    if (!suggestion) {
      missed.push(g)
      return
    }
    unmatched.delete(suggestion)
    counts.matched++
    const checks: Partial<Record<Check, boolean>> = {
      qualifier: suggestion.qualifier === g.qualifier,
      bounds: suggestion.lower === g.lower && suggestion.upper === g.upper,
      unit: normalise(suggestion.unit) === normalise(g.unit),
      source: normaliseSource(suggestion.source) === normaliseSource(g.source),
      verb: normaliseVerb(suggestion.attributionVerb) === normaliseVerb(g.attributionVerb),
      extent: normalise(suggestion.text) === normalise(g.text),
    }
    if (g.via !== undefined) checks.via = normaliseSource(suggestion.via) === normaliseSource(g.via)
    tally(counts, checks)
    matches.push({ gold: g, suggestion, right: checks })
    const fields = Object.keys(checks).filter((f) => !checks[f as Check])
    if (fields.length) wrong.push({ gold: g, suggestion, fields })
  })
  return { scores: score(counts), missed, extra: [...unmatched], matches, wrong }
}

function tally(counts: Counts, checks: Partial<Record<Check, boolean>>): void {
  for (const [field, ok] of Object.entries(checks)) if (ok) counts[field as Check]++
  if (checks.via !== undefined) counts.viaGold++
}

/** Where each gold phrase is in the text: in its sentence, the n-th time for the n-th such figure. */
function goldSpans(text: string, gold: GoldFigure[]): ({ start: number; end: number } | null)[] {
  const used = new Map<string, number>()
  return gold.map((g) => {
    const sentence = text.indexOf(g.sentence)
    if (sentence < 0) return null
    const key = `${sentence}|${g.text}`
    const from = used.get(key) ?? sentence
    const at = text.indexOf(g.text, from)
    if (at < 0 || at + g.text.length > sentence + g.sentence.length) return null
    used.set(key, at + g.text.length)
    return { start: at, end: at + g.text.length }
  })
}

/**
 * Scores of each construction class: the gold figures of the class (a figure's `class`, else its
 * file's), and the extras of files of that class.
 */
export function byClass(
  files: { file: string; class?: string; evaluation: Evaluation }[],
): Record<string, Scores> {
  const counts: Record<string, Counts> = {}
  const add = (name: string) => (counts[name] ??= zeroCounts())
  for (const { file, class: fileClass, evaluation } of files) {
    const own = fileClass ?? file
    add(own).predicted += evaluation.extra.length
    for (const g of evaluation.missed) add(g.class ?? own).gold++
    for (const { gold, right } of evaluation.matches) {
      const c = add(gold.class ?? own)
      c.gold++
      c.predicted++
      c.matched++
      tally(c, right)
    }
  }
  return Object.fromEntries(
    Object.entries(counts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, c]) => [k, score(c)]),
  )
}

/** Micro-averaged scores over several evaluations. */
export function combine(all: Scores[]): Scores {
  const counts = zeroCounts()
  for (const { counts: c } of all) {
    for (const key of Object.keys(counts) as (keyof Counts)[]) counts[key] += c[key]
  }
  return score(counts)
}

function score(c: Counts): Scores {
  const precision = c.predicted ? c.matched / c.predicted : 0
  const recall = c.gold ? c.matched / c.gold : 0
  const ratio = (n: number) => (c.matched ? n / c.matched : null)
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    qualifierAccuracy: ratio(c.qualifier),
    boundsAccuracy: ratio(c.bounds),
    unitAccuracy: ratio(c.unit),
    sourceAccuracy: ratio(c.source),
    verbAccuracy: ratio(c.verb),
    viaAccuracy: c.viaGold ? c.via / c.viaGold : null,
    extentAccuracy: ratio(c.extent),
    strictF1: c.predicted + c.gold ? (2 * c.extent) / (c.predicted + c.gold) : 0,
    counts: c,
  }
}

/** The gold sentence is found in the text and holds the suggestion's span, or reads the same. */
function sameSentence(text: string, g: GoldFigure, s: Suggestion): boolean {
  const at = text.indexOf(g.sentence)
  if (at >= 0) return s.span.start >= at && s.span.end <= at + g.sentence.length
  return normalise(s.sentence) === normalise(g.sentence)
}

function zeroCounts(): Counts {
  return {
    gold: 0,
    predicted: 0,
    matched: 0,
    qualifier: 0,
    bounds: 0,
    unit: 0,
    source: 0,
    verb: 0,
    viaGold: 0,
    via: 0,
    extent: 0,
  }
}

function normalise(text: string | null): string | null {
  if (text === null) return null
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?]$/, '')
}

function normaliseSource(source: string | null): string | null {
  return normalise(source)?.replace(/^the /, '') ?? null
}

/** The reported form of an attribution verb, as the extractor stores it: "says" → "said". */
function normaliseVerb(verb: string | null): string | null {
  const v = normalise(verb)
  return v === null ? null : (REPORTED_FORMS[v] ?? v)
}

const REPORTED_FORMS: Record<string, string> = {
  says: 'said',
  say: 'said',
  saying: 'said',
  tells: 'told',
  reports: 'reported',
  estimates: 'estimated',
  claims: 'claimed',
  puts: 'put',
  adds: 'added',
  notes: 'noted',
  warns: 'warned',
  counts: 'counted',
  gives: 'gave',
  cites: 'cited',
  accordingto: 'according to',
}
