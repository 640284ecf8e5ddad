type Doc = Record<string, unknown>

/**
 * What an anonymous reader sees of a claim: while a revision awaits approval, the approved version's
 * substance, and never the internal snapshot itself.
 */
export function publicClaimView(doc: Doc): Doc {
  const { approvedVersion, ...rest } = doc
  if (rest.publicState !== 'approved' || rest.reviewState === 'approved' || !approvedVersion)
    return rest
  const { approvedAt: _approvedAt, ...substance } = approvedVersion as Doc
  // Keep populated relationships when the approved version points at the same document.
  const merged = Object.fromEntries(
    Object.entries(substance).map(([field, value]) => {
      const current = rest[field]
      const sameDoc =
        current &&
        typeof current === 'object' &&
        'id' in current &&
        String((current as Doc).id) === String(value)
      return [field, sameDoc ? current : value]
    }),
  )
  return { ...rest, ...merged, reviewState: 'approved' }
}
