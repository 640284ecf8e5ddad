import type { ReviewState } from '../workflow/states.js'

const LABELS: Record<ReviewState, string> = {
  draft: 'Draft',
  pending: 'Pending review',
  approved: 'Approved',
  rejected: 'Rejected',
  retracted: 'Retracted',
  superseded: 'Superseded',
}

/**
 * A claim's review state as a coloured badge. The words carry the meaning; the colour only helps.
 * `underRevision`: an approved claim edited since, whose approved version is still what is public.
 */
export function ReviewStateBadge({
  state,
  underRevision = false,
}: {
  state: ReviewState | null | undefined
  underRevision?: boolean
}) {
  if (!state) return null
  return (
    <span className={`newsroom-badge newsroom-badge--${state}`} data-review-state={state}>
      {LABELS[state] ?? state}
      {underRevision ? ' (approved version public)' : null}
    </span>
  )
}
