'use client'
import { useAuth } from '@payloadcms/ui'
import { useId, useState } from 'react'

import {
  ACTION_LABELS,
  needsNote,
  offeredActions,
  type ButtonAction,
  type ReviewedClaim,
  type ReviewUser,
} from './reviewActions.js'
import { useNewsroomApi } from './useNewsroomApi.js'

const NOTE_LABELS: Partial<Record<ButtonAction, string>> = {
  reject: 'Why is it rejected? (the editor reads this)',
  retract: 'Public reason for the retraction',
}

export interface ReviewActionsProps {
  claim: ReviewedClaim & { id: number | string }
  /** The claims collection's slug. */
  claims: string
  /** Why the buttons are unavailable right now (e.g. unsaved edits), if they are. */
  disabledBecause?: string | null
  /** Called after the workflow accepted an action. */
  onDone: (action: ButtonAction) => void
}

/**
 * The review buttons a user may use on a claim. Each calls the workflow endpoint
 * (POST /api/<claims>/:id/<action>); reject and retract first ask for their note. A refusal shows
 * the workflow's own message.
 */
export function ReviewActions({ claim, claims, disabledBecause, onDone }: ReviewActionsProps) {
  const { user } = useAuth()
  const api = useNewsroomApi()
  const [noteFor, setNoteFor] = useState<ButtonAction | null>(null)
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const baseId = useId()
  const offered = offeredActions(claim, user as ReviewUser | null)
  if (offered.length === 0) return null

  const run = async (action: ButtonAction) => {
    setBusy(true)
    setError(null)
    try {
      await api(`/${claims}/${claim.id}/${action}`, {
        method: 'POST',
        body: needsNote(action) ? { note } : {},
      })
      setNoteFor(null)
      setNote('')
      onDone(action)
    } catch (err) {
      setError((err as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const noteId = `${baseId}-note`
  return (
    <div className="newsroom-review-actions" role="group" aria-label="Review actions">
      {disabledBecause ? <p className="newsroom-hint">{disabledBecause}</p> : null}
      <div className="newsroom-review-actions__buttons">
        {offered.map(({ action, blockedBecause }) => (
          <button
            key={action}
            type="button"
            className={`newsroom-button${action === 'approve' ? ' newsroom-button--primary' : ''}`}
            disabled={busy || Boolean(disabledBecause) || Boolean(blockedBecause)}
            aria-describedby={blockedBecause ? `${baseId}-${action}-blocked` : undefined}
            aria-expanded={needsNote(action) ? noteFor === action : undefined}
            onClick={() => (needsNote(action) ? setNoteFor(action) : void run(action))}
          >
            {ACTION_LABELS[action]}
          </button>
        ))}
      </div>
      {offered.map(({ action, blockedBecause }) =>
        blockedBecause ? (
          <p key={action} id={`${baseId}-${action}-blocked`} className="newsroom-hint">
            {blockedBecause}
          </p>
        ) : null,
      )}
      {noteFor ? (
        <form
          className="newsroom-review-actions__note"
          onSubmit={(e) => {
            e.preventDefault()
            void run(noteFor)
          }}
        >
          <label htmlFor={noteId}>{NOTE_LABELS[noteFor]}</label>
          <textarea
            id={noteId}
            required
            rows={3}
            value={note}
            autoFocus
            onChange={(e) => setNote(e.target.value)}
          />
          <div className="newsroom-review-actions__buttons">
            <button
              type="submit"
              className="newsroom-button newsroom-button--primary"
              disabled={busy || !note.trim()}
            >
              {ACTION_LABELS[noteFor]} with this note
            </button>
            <button type="button" className="newsroom-button" onClick={() => setNoteFor(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {error ? (
        <p role="alert" className="newsroom-error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
