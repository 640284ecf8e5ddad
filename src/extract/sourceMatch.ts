/** A Source document as the extractor needs it. */
export interface SourceRecord {
  id: string | number
  name: string
  aliases?: string[] | null
  publicDescription?: string | null
}

/**
 * The Source a source phrase names: the same words as its name, an alias or its public description
 * (ignoring case, punctuation and a leading article), or else the longest of those contained in the
 * phrase as whole words ("the Centre for Research and Security Studies in Islamabad").
 */
export function matchSource(
  phrase: string | null,
  sources: SourceRecord[],
): string | number | null {
  if (!phrase) return null
  const wanted = normalise(phrase)
  let best: { id: string | number; length: number } | null = null
  for (const source of sources) {
    for (const label of [source.name, ...(source.aliases ?? []), source.publicDescription ?? '']) {
      const candidate = normalise(label)
      if (!candidate) continue
      if (candidate === wanted) return source.id
      if (` ${wanted} `.includes(` ${candidate} `) && candidate.length > (best?.length ?? 0)) {
        best = { id: source.id, length: candidate.length }
      }
    }
  }
  return best?.id ?? null
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(the|a|an) /, '')
}
