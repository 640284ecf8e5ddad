import {
  claimFields,
  claimSteps,
  pickLifecycle,
  type ClaimFields,
  type ClaimStep,
  type StoryContext,
} from './planClaim.js'
import { createRandom } from './random.js'
import { AREAS, METRICS, PLACES, SOURCES, STORY_TOPICS, type SourceSeed } from './vocabulary.js'

export interface UpdatePlan {
  at: number
  headline: string
  paragraphs: string[]
  kind: 'development' | 'correction' | 'clarification' | 'editorsNote'
  keyEvent: boolean
}

export interface ClaimPlan {
  fields: ClaimFields
  /** Index of the update the claim first appeared in. */
  update: number
  /** Index of an earlier claim of the story this one replaces (approving it supersedes that one). */
  supersedes?: number
  steps: ClaimStep[]
}

export interface StoryPlan {
  slug: string
  title: string
  summary: string
  keyMetrics: string[]
  startsAt: number
  /** A moment in the middle of the story, when some claims are public and others not yet. */
  asOf: number
  summaryEdits: { at: number; summary: string }[]
  updates: UpdatePlan[]
  /** Claims in waves of WAVE_SIZE: claims of one wave may be written at once. */
  claims: ClaimPlan[]
}

export interface NewsroomPlan {
  seed: string
  sources: readonly SourceSeed[]
  stories: StoryPlan[]
  /** Claims submitted and awaiting review, for the write-path benchmark to approve. */
  reviewQueue: { slug: string; title: string; at: number; claims: ClaimFields[] }
}

export interface PlanOptions {
  seed: string
  /** Claims per story, one story each. */
  claims: number[]
  reviewQueue: number
}

/** A claim only supersedes one from an earlier wave, which is fully written by then. */
export const WAVE_SIZE = 8
const HOUR = 3_600_000
const STORY_HOURS = 72
/** Every story happens in the past, at the same moments whatever the day of the run. */
const EPOCH = Date.UTC(2026, 0, 5, 6)

export function planNewsroom({ seed, claims, reviewQueue }: PlanOptions): NewsroomPlan {
  const root = createRandom(seed)
  const stories = claims.map((size, index) =>
    planStory(root.fork(`story-${index}-${size}`), index, size),
  )
  const queueRandom = root.fork('review-queue')
  const queueStory: StoryContext = {
    slug: 'bench-review-queue',
    place: 'Bolan',
    metrics: METRICS.slice(0, 4).map((m) => m.key),
    startsAt: EPOCH + claims.length * 4 * 24 * HOUR,
    durationMs: STORY_HOURS * HOUR,
  }
  return {
    seed,
    sources: SOURCES,
    stories,
    reviewQueue: {
      slug: queueStory.slug,
      title: 'Review queue',
      at: queueStory.startsAt,
      claims: Array.from({ length: reviewQueue }, (_, i) =>
        claimFields(queueStory, queueStory.startsAt + i * 60_000, queueRandom),
      ),
    },
  }
}

function planStory(
  random: ReturnType<typeof createRandom>,
  index: number,
  size: number,
): StoryPlan {
  const topic = random.pick(STORY_TOPICS)
  const place = random.pick(PLACES)
  const slug = `bench-${index + 1}-${topic.replace(/ /g, '-')}-${size}-claims`
  const startsAt = EPOCH + index * 4 * 24 * HOUR
  const durationMs = STORY_HOURS * HOUR
  // A big story is covered area by area: more claims, more measures.
  const bases = METRICS.filter(() => random.chance(0.6)).map((m) => m.key)
  const metricsBase = bases.length ? bases : [METRICS[0].key]
  const metrics =
    size >= 1000 ? metricsBase.flatMap((m) => AREAS.map((a) => `${m}-${a}`)) : metricsBase
  const story: StoryContext = { slug, place, metrics, startsAt, durationMs }

  const updateCount = Math.max(3, Math.ceil(size / 20))
  const updates: UpdatePlan[] = Array.from({ length: updateCount }, (_, i) => ({
    at:
      startsAt + Math.floor((i / updateCount) * durationMs) + (i ? random.int(0, 30) * 60_000 : 0),
    headline: `${place} ${topic}: update ${i + 1}`,
    paragraphs: [
      `Reporters in ${place} describe the situation as of update ${i + 1}.`,
      `Figures differ by source; each is attributed below (${random.int(1, 9999)}).`,
    ],
    kind:
      i === 0
        ? 'development'
        : random.pick([
            'development',
            'development',
            'development',
            'correction',
            'clarification',
            'editorsNote',
          ] as const),
    keyEvent: i === 0 || random.chance(0.2),
  }))

  const claims: ClaimPlan[] = []
  /** Approved claims of finished waves that a newer claim may replace, by index. */
  const replaceable: number[] = []
  const lastStepAt = (c: ClaimPlan) => c.steps[c.steps.length - 1].at
  for (let i = 0; i < size; i++) {
    if (i % WAVE_SIZE === 0) {
      for (let j = Math.max(0, i - WAVE_SIZE); j < i; j++) {
        const last = claims[j].steps[claims[j].steps.length - 1]
        if (claims[j].fields.kind === 'figure' && last.action === 'approve') replaceable.push(j)
      }
    }
    let at = startsAt + Math.floor(((i + random.next()) / size) * durationMs)
    let lifecycle = pickLifecycle(random)
    let supersedes: number | undefined
    if (lifecycle === 'superseding') {
      if (replaceable.length) {
        supersedes = replaceable.splice(random.int(0, replaceable.length - 1), 1)[0]
        // Its replacement comes after everything that happened to it.
        at = Math.max(at, lastStepAt(claims[supersedes]) + 60_000)
      } else lifecycle = 'approved'
    }
    const fields = claimFields(
      story,
      at,
      random,
      supersedes != null ? claims[supersedes].fields.metric : undefined,
    )
    const update = Math.max(
      0,
      updates.findLastIndex((u) => u.at <= at),
    )
    claims.push({
      fields,
      update,
      supersedes,
      steps: claimSteps(lifecycle, story, fields, at, random),
    })
  }

  return {
    slug,
    title: `${topic[0].toUpperCase()}${topic.slice(1)} in ${place} (${size} claims)`,
    summary: `A synthetic developing story: a ${topic} in ${place}, covered by ${SOURCES.length} sources.`,
    keyMetrics: metrics.slice(0, 4),
    startsAt,
    asOf: startsAt + durationMs / 2,
    summaryEdits: [12, 30, 60].map((h) => ({
      at: startsAt + h * HOUR,
      summary: `A synthetic developing story: a ${topic} in ${place}; summary as of hour ${h}.`,
    })),
    updates,
    claims,
  }
}
