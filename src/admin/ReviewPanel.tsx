'use client'
import { useDocumentInfo, useFormFields, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'

import type { PublicState, ReviewState } from '../workflow/states.js'
import { ReviewActions } from './ReviewActions.js'
import { ReviewStateBadge } from './ReviewStateBadge.js'
import { SupersedeButton } from './SupersedeButton.js'
import { useNewsroomWords } from './useNewsroomWords.js'

type Id = number | string

/**
 * Replaces the review state select in the claim's edit view: the state as a badge, the last review
 * note (read-only: notes are written in the action's own note box, the one box per action), and
 * the review buttons. The state changes only through the workflow, so it is never typed in.
 */
export function ReviewPanel({ claims }: { claims: string }) {
  const { id } = useDocumentInfo()
  const modified = useFormModified()
  const router = useRouter()
  const say = useNewsroomWords()
  const claim = {
    reviewState: useFormFields(([f]) => f.reviewState?.value) as ReviewState,
    publicState: useFormFields(([f]) => f.publicState?.value) as PublicState | undefined,
    createdBy: useFormFields(([f]) => f.createdBy?.value) as Id | undefined,
    lastEditedBy: useFormFields(([f]) => f.lastEditedBy?.value) as Id | undefined,
  }
  const note = useFormFields(([f]) => f.reviewNote?.value) as string | null | undefined
  const underRevision = claim.publicState === 'approved' && claim.reviewState !== 'approved'
  const noteLabel =
    claim.reviewState === 'retracted'
      ? null // shown as the public retraction reason below
      : claim.reviewState === 'rejected'
        ? say('reviewNoteRejected')
        : say('reviewNoteLast')
  return (
    <div className="field-type newsroom-review-panel">
      <span className="newsroom-review-panel__label" id="newsroom-review-state-label">
        {say('reviewHeading')}
      </span>
      <div aria-labelledby="newsroom-review-state-label">
        <ReviewStateBadge state={claim.reviewState} underRevision={underRevision} />
      </div>
      {note && noteLabel ? (
        <p className="newsroom-review-panel__note" data-testid="review-note">
          <strong>{noteLabel}:</strong> {note}
        </p>
      ) : null}
      {id == null ? (
        <p className="newsroom-hint">{say('reviewSaveFirst')}</p>
      ) : (
        <ReviewActions
          claim={{ ...claim, id }}
          claims={claims}
          disabledBecause={modified ? say('reviewSaveChanges') : null}
          // The edit view reloads the document from the server (new state, history, approver).
          onDone={() => router.refresh()}
        />
      )}
      {id != null && claim.publicState === 'approved' && !modified ? (
        <SupersedeButton claim={{ id }} claims={claims} />
      ) : null}
    </div>
  )
}
