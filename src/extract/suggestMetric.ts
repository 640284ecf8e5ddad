import { parseFigurePhrase } from '../figures/index.js'
import { extractClaims } from './extractClaims.js'
import { kebab } from './metric.js'

/**
 * A metric key for a figure claim that has none, read the way the extractor reads news text: the
 * figure found in the claim's statement ("At least 12 passengers were injured" → "passengers-injured"),
 * or else the phrase's unit ("passengers"). Null when neither says what was counted.
 */
export function suggestMetric(claim: {
  phrase?: string | null
  statement?: string | null
}): string | null {
  const phrase = claim.phrase?.trim() ?? ''
  const statement = claim.statement?.trim() ?? ''
  if (statement) {
    const found = extractClaims(statement)
    const same =
      found.find((s) => phrase && s.text.toLowerCase() === phrase.toLowerCase()) ??
      found.find((s) => phrase && phrase.toLowerCase().includes(s.text.toLowerCase())) ??
      (found.length === 1 ? found[0] : undefined)
    if (same && same.metric !== 'figure') return same.metric
  }
  const unit = phrase ? parseFigurePhrase(phrase)?.unit : null
  return unit ? kebab(unit) || null : null
}
