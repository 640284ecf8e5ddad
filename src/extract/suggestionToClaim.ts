import { ATTRIBUTION_VERBS, parseFigurePhrase } from '../figures/index.js'
import type { Suggestion } from './extractClaims.js'

/** The claim's stored verb for the extractor's: the same reported form, "according to" camel-cased. */
function claimVerb(verb: string | null): string | undefined {
  if (!verb) return undefined
  const stored = verb === 'according to' ? 'accordingTo' : verb
  return (ATTRIBUTION_VERBS as readonly string[]).includes(stored) ? stored : undefined
}

/** A suggestion as the data of a draft figure claim; the editor confirms or corrects it. */
export function suggestionToClaim(
  s: Suggestion,
  ctx: { story: number | string; update: number | string; viaSourceId: number | string | null },
): Record<string, unknown> {
  return {
    story: ctx.story,
    update: ctx.update,
    kind: 'figure',
    statement: s.sentence,
    phrase: s.text,
    // "a magnitude of 6.8": the phrase is the number, its unit written before it; the hook fills
    // the other fields from the phrase.
    ...(s.unit && !parseFigurePhrase(s.text)?.unit ? { unit: s.unit } : {}),
    metric: s.metric,
    source: s.matchedSourceId ?? undefined,
    via: ctx.viaSourceId != null ? [ctx.viaSourceId] : [],
    verb: claimVerb(s.attributionVerb),
    reviewState: 'draft',
  }
}
