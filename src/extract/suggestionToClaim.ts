import type { Suggestion } from './extractClaims.js'

/** The claim attribution verbs, keyed by how the extractor writes them. */
const VERBS: Record<string, string> = {
  said: 'said',
  claimed: 'claimed',
  told: 'told',
  estimated: 'estimated',
  reported: 'reported',
  'according to': 'accordingTo',
  denied: 'denied',
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
    metric: s.metric,
    source: s.matchedSourceId ?? undefined,
    via: ctx.viaSourceId != null ? [ctx.viaSourceId] : [],
    verb: s.attributionVerb ? (VERBS[s.attributionVerb] ?? undefined) : undefined,
    reviewState: 'draft',
  }
}
