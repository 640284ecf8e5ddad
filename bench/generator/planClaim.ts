import { phraseFigure } from './phraseFigure.js'
import type { Random } from './random.js'
import {
  METRICS,
  RELAYS,
  REJECTION_NOTES,
  RETRACTION_REASONS,
  SOURCES,
  VERBS,
  type MetricSeed,
} from './vocabulary.js'

export type Actor = 'editor' | 'editor2' | 'reviewer' | 'reviewer2'

/** A claim's substance, with sources named by key (the writer turns them into ids). */
export interface ClaimFields {
  kind: 'figure' | 'statement' | 'quote'
  statement: string
  quote?: string
  phrase?: string
  metric?: string
  source: string
  via: string[]
  verb: (typeof VERBS)[number]
  attributedAt: string
  evidence?: { url: string; label: string }[]
}

/** One write to a claim, at a moment of the story's timeline, by one person. */
export type ClaimStep = { at: number; by: Actor } & (
  | { action: 'create'; state: 'draft' | 'pending' }
  | { action: 'submit' | 'approve' | 'revise' }
  | { action: 'reject' | 'retract'; note: string }
  | { action: 'edit'; changes: Partial<ClaimFields> }
)

/** How a claim's review goes, and how often (the weights sum to 1). */
export const LIFECYCLES = {
  draft: 0.05,
  pending: 0.05,
  approved: 0.25,
  rejectedThenApproved: 0.1,
  revised: 0.35,
  retracted: 0.08,
  superseding: 0.12,
} as const
export type Lifecycle = keyof typeof LIFECYCLES

export function pickLifecycle(random: Random): Lifecycle {
  let r = random.next()
  for (const [name, weight] of Object.entries(LIFECYCLES) as [Lifecycle, number][]) {
    if ((r -= weight) < 0) return name
  }
  return 'approved'
}

const MINUTE = 60_000

export interface StoryContext {
  slug: string
  place: string
  metrics: string[]
  startsAt: number
  durationMs: number
}

const metricSeed = (key: string): MetricSeed =>
  METRICS.find((m) => key.startsWith(m.key)) ?? METRICS[0]

/** The true figure of a metric at a moment; sources report it with their own bias. */
function figureAt(
  story: StoryContext,
  metric: string,
  at: number,
  random: Random,
  source: string,
): number {
  const seed = metricSeed(metric)
  const progress = Math.min(1, Math.max(0, (at - story.startsAt) / story.durationMs))
  const truth = seed.start * (1 + (seed.growth - 1) * progress)
  const interested = SOURCES.find((s) => s.key === source)?.interestedParty
  const bias = interested ? random.pick([0.6, 0.8, 1.3, 1.6]) : 0.9 + random.next() * 0.2
  return truth * bias
}

/** How a statement names its source: an anonymous one by its public description. */
const sourceLabel = (key: string) => {
  const s = SOURCES.find((x) => x.key === key)
  const label = s?.anonymous ? (s.publicDescription ?? 'a source') : (s?.name ?? key)
  return label[0].toUpperCase() + label.slice(1)
}

/** What one source says about the story at `at`: a figure most of the time, else words or a quote. */
export function claimFields(
  story: StoryContext,
  at: number,
  random: Random,
  metric?: string,
): ClaimFields {
  const source = random.pick(SOURCES).key
  const relays = (RELAYS as readonly string[]).filter((r) => r !== source)
  const via = (RELAYS as readonly string[]).includes(source)
    ? []
    : random.chance(0.45)
      ? [random.pick(relays)]
      : random.chance(0.1)
        ? [random.pick(relays), random.pick(relays)].filter((v, i, all) => all.indexOf(v) === i)
        : []
  const verb = random.pick(VERBS)
  const attributedAt = new Date(at - random.int(0, 60) * MINUTE).toISOString()
  const evidence = random.chance(0.3)
    ? [{ url: `https://example.org/${story.slug}/${random.int(1, 1_000_000)}`, label: 'Report' }]
    : undefined
  const base = { source, via, verb, attributedAt, ...(evidence ? { evidence } : {}) }
  const kindRoll = random.next()
  if (metric || kindRoll < 0.8) {
    const key = metric ?? random.pick(story.metrics)
    const phrase = phraseFigure(metricSeed(key), figureAt(story, key, at, random, source), random)
    return {
      ...base,
      kind: 'figure',
      metric: key,
      phrase,
      statement: `${sourceLabel(source)} put ${key.replace(/-/g, ' ')} in ${story.place} at ${phrase}.`,
    }
  }
  if (kindRoll < 0.92) {
    return {
      ...base,
      kind: 'statement',
      statement: `${sourceLabel(source)} said operations in ${story.place} were continuing (${random.int(1, 9999)}).`,
    }
  }
  return {
    ...base,
    kind: 'quote',
    statement: `${sourceLabel(source)} described the scene in ${story.place}.`,
    quote: random.pick([
      'We heard the blast and then the shooting went on for hours.',
      'Every available team has been sent to the area.',
      'We will not negotiate under threat.',
      'The numbers will rise; many are still unaccounted for.',
    ]),
  }
}

/** A change of substance: a newer figure for the same metric, or reworded text (always different). */
function revision(
  story: StoryContext,
  fields: ClaimFields,
  at: number,
  round: number,
  random: Random,
): Partial<ClaimFields> {
  if (fields.kind === 'figure' && fields.metric) {
    const phrase = phraseFigure(
      metricSeed(fields.metric),
      figureAt(story, fields.metric, at, random, fields.source),
      random,
    )
    return { phrase, statement: `${fields.statement} (revision ${round}: ${phrase})` }
  }
  return { statement: `${fields.statement} (revision ${round})` }
}

/**
 * The writes a claim goes through from `at` on: created by an editor, reviewed by a reviewer (never
 * the same person: the four-eyes rule), revised, retracted. Steps are minutes to hours apart.
 */
export function claimSteps(
  lifecycle: Exclude<Lifecycle, 'superseding'> | 'superseding',
  story: StoryContext,
  fields: ClaimFields,
  at: number,
  random: Random,
): ClaimStep[] {
  const editor: Actor = random.chance(0.7) ? 'editor' : 'editor2'
  const reviewer: Actor = random.chance(0.7) ? 'reviewer' : 'reviewer2'
  let t = at
  const later = (min: number, max: number) => (t += random.int(min, max) * MINUTE)
  const steps: ClaimStep[] = [
    { at: t, by: editor, action: 'create', state: lifecycle === 'draft' ? 'draft' : 'pending' },
  ]
  if (lifecycle === 'draft' || lifecycle === 'pending') return steps
  const approve = () => steps.push({ at: later(5, 120), by: reviewer, action: 'approve' })
  let round = 0
  const editAndResubmit = () => {
    const changes = revision(story, fields, later(30, 360), ++round, random)
    steps.push({ at: t, by: editor, action: 'edit', changes })
    steps.push({ at: later(1, 30), by: editor, action: 'submit' })
  }
  if (lifecycle === 'rejectedThenApproved') {
    steps.push({
      at: later(5, 120),
      by: reviewer,
      action: 'reject',
      note: random.pick(REJECTION_NOTES),
    })
    steps.push({ at: later(10, 240), by: editor, action: 'revise' })
    editAndResubmit()
    approve()
    return steps
  }
  approve()
  const rounds =
    lifecycle === 'revised'
      ? random.int(1, 3)
      : lifecycle === 'retracted' && random.chance(0.3)
        ? 1
        : 0
  for (let i = 0; i < rounds; i++) {
    editAndResubmit()
    approve()
  }
  if (lifecycle === 'retracted') {
    steps.push({
      at: later(60, 720),
      by: reviewer,
      action: 'retract',
      note: random.pick(RETRACTION_REASONS),
    })
  }
  return steps
}
