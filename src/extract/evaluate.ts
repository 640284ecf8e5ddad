import type { Suggestion } from './extract-claims.js'

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
  counts: Counts
}

export interface Evaluation {
  scores: Scores
  missed: GoldFigure[]
  extra: Suggestion[]
  /** Matched figures that got some field wrong, with the field names. */
  wrong: { gold: GoldFigure; suggestion: Suggestion; fields: string[] }[]
}

/**
 * Scores suggestions against gold figures. A suggestion matches a gold figure when it has the same
 * phrase (ignoring case, spacing and quote style) in the same sentence, with the same value.
 * Sources are compared ignoring case and a leading "the".
 */
export function evaluate(text: string, gold: GoldFigure[], suggestions: Suggestion[]): Evaluation {
  const unmatched = new Set(suggestions)
  const counts: Counts = { ...zeroCounts(), gold: gold.length, predicted: suggestions.length }
  const missed: GoldFigure[] = []
  const wrong: Evaluation['wrong'] = []
  for (const g of gold) {
    const suggestion = [...unmatched].find(
      (s) =>
        normalise(s.text) === normalise(g.text) && s.value === g.value && sameSentence(text, g, s),
    )
    if (!suggestion) {
      missed.push(g)
      continue
    }
    unmatched.delete(suggestion)
    counts.matched++
    const checks = {
      qualifier: suggestion.qualifier === g.qualifier,
      bounds: suggestion.lower === g.lower && suggestion.upper === g.upper,
      unit: normalise(suggestion.unit) === normalise(g.unit),
      source: normaliseSource(suggestion.source) === normaliseSource(g.source),
      verb: normalise(suggestion.attributionVerb) === normalise(g.attributionVerb),
    }
    for (const [field, ok] of Object.entries(checks)) if (ok) counts[field as keyof typeof checks]++
    const fields = Object.keys(checks).filter((f) => !checks[f as keyof typeof checks])
    if (fields.length) wrong.push({ gold: g, suggestion, fields })
  }
  return { scores: score(counts), missed, extra: [...unmatched], wrong }
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
  return { gold: 0, predicted: 0, matched: 0, qualifier: 0, bounds: 0, unit: 0, source: 0, verb: 0 }
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
