'use client'
import type { NewsroomKey } from '../i18n/translations.js'
import type { ReviewState } from '../workflow/states.js'
import { useNewsroomWords } from './useNewsroomWords.js'

const LABELS: Record<ReviewState, NewsroomKey> = {
  draft: 'stateDraft',
  pending: 'statePending',
  approved: 'stateApproved',
  rejected: 'stateRejected',
  retracted: 'stateRetracted',
  superseded: 'stateSuperseded',
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
  const say = useNewsroomWords()
  if (!state) return null
  return (
    <span className={`newsroom-badge newsroom-badge--${state}`} data-review-state={state}>
      {LABELS[state] ? say(LABELS[state]) : state}
      {underRevision ? say('stateUnderRevision') : null}
    </span>
  )
}
