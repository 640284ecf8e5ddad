'use client'
import type { ReviewState } from '../workflow/states.js'
import { useNewsroomWords, useOptionWords } from './useNewsroomWords.js'

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
  const stateWords = useOptionWords()
  if (!state) return null
  return (
    <span className={`newsroom-badge newsroom-badge--${state}`} data-review-state={state}>
      {stateWords('state', state)}
      {underRevision ? say('stateUnderRevision') : null}
    </span>
  )
}
