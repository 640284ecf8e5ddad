'use client'
import { useAuth } from '@payloadcms/ui'
import { useId, useState } from 'react'

import type { NewsroomKey } from '../i18n/translations.js'
import {
  actionDone,
  actionLabel,
  actionPending,
  needsNote,
  offeredActions,
  type ButtonAction,
  type ReviewedClaim,
  type ReviewUser,
} from './offeredActions.js'
import { useNewsroomApi } from './useNewsroomApi.js'
import { useNewsroomWords } from './useNewsroomWords.js'

const NOTE_LABELS: Partial<Record<ButtonAction, NewsroomKey>> = {
  reject: 'noteReject',
  retract: 'noteRetract',
}

/** The claim as the workflow endpoint answers after an action. */
export interface ReviewedDoc extends ReviewedClaim {
  id: number | string
  [field: string]: unknown
}

export interface ReviewActionsProps {
  claim: ReviewedClaim & { id: number | string }
  /** The claims collection's slug. */
  claims: string
  /** Why the buttons are unavailable right now (e.g. unsaved edits), if they are. */
  disabledBecause?: string | null
  /** Called as soon as an action is sent, before the server answers (the optimistic step). */
  onStart?: (action: ButtonAction) => void
  /** Called after the workflow accepted an action, with the claim as it now is. */
  onDone: (action: ButtonAction, doc: ReviewedDoc) => void
  /** Called when the workflow refused it (the caller undoes its optimistic step). */
  onFail?: (action: ButtonAction, message: string) => void
}

/**
 * The review buttons a user may use on a claim. Each calls the workflow endpoint
 * (POST /api/<claims>/:id/<action>); reject and retract first open their one note box. This sits
 * inside Payload's document form, so it holds no <form> of its own: buttons are type="button" and
 * the note is sent by a click (or Ctrl+Enter), never by submitting the document. A refusal shows the
 * workflow's own message; a success says what happened.
 */
export function ReviewActions({
  claim,
  claims,
  disabledBecause,
  onStart,
  onDone,
  onFail,
}: ReviewActionsProps) {
  const { user } = useAuth()
  const api = useNewsroomApi()
  const [noteFor, setNoteFor] = useState<ButtonAction | null>(null)
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState<ButtonAction | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const baseId = useId()
  const say = useNewsroomWords()
  const noteLabel = (action: ButtonAction) => say(NOTE_LABELS[action] ?? 'fieldNote')
  const offered = offeredActions(claim, user as ReviewUser | null)

  const run = async (action: ButtonAction) => {
    if (needsNote(action) && !note.trim()) {
      setError(say('noteMissing', { label: noteLabel(action), action }))
      return
    }
    setBusy(action)
    setError(null)
    setDone(null)
    onStart?.(action)
    try {
      const { doc } = await api<{ doc: ReviewedDoc }>(`/${claims}/${claim.id}/${action}`, {
        method: 'POST',
        body: needsNote(action) ? { note } : {},
      })
      setNoteFor(null)
      setNote('')
      setDone(say(actionDone(action)))
      onDone(action, doc)
    } catch (err) {
      const message = (err as Error).message
      setError(message)
      onFail?.(action, message)
    } finally {
      setBusy(null)
    }
  }

  const status = busy ? say(actionPending(busy)) : done
  const feedback = (
    <>
      <p role="status" className="newsroom-review-actions__status">
        {status}
      </p>
      {error ? (
        <p role="alert" className="newsroom-error">
          {error}
        </p>
      ) : null}
    </>
  )
  if (offered.length === 0) return status || error ? feedback : null

  const noteId = `${baseId}-note`
  return (
    <div className="newsroom-review-actions" role="group" aria-label={say('reviewActionsGroup')}>
      {disabledBecause ? <p className="newsroom-hint">{disabledBecause}</p> : null}
      <div className="newsroom-review-actions__buttons">
        {offered.map(({ action, blockedBecause }) => (
          <button
            key={action}
            type="button"
            className={`newsroom-button${action === 'approve' ? ' newsroom-button--primary' : ''}`}
            disabled={Boolean(busy) || Boolean(disabledBecause) || Boolean(blockedBecause)}
            aria-describedby={blockedBecause ? `${baseId}-${action}-blocked` : undefined}
            aria-expanded={needsNote(action) ? noteFor === action : undefined}
            aria-controls={
              needsNote(action) && noteFor === action ? `${baseId}-notebox` : undefined
            }
            onClick={() => {
              setError(null)
              if (needsNote(action)) setNoteFor(noteFor === action ? null : action)
              else void run(action)
            }}
          >
            {say(actionLabel(action))}
          </button>
        ))}
      </div>
      {offered.map(({ action, blockedBecause }) =>
        blockedBecause ? (
          <p key={action} id={`${baseId}-${action}-blocked`} className="newsroom-hint">
            {say(blockedBecause)}
          </p>
        ) : null,
      )}
      {noteFor ? (
        <div className="newsroom-review-actions__note" id={`${baseId}-notebox`}>
          <label htmlFor={noteId}>{noteLabel(noteFor)}</label>
          <textarea
            id={noteId}
            required
            aria-required="true"
            rows={3}
            value={note}
            autoFocus
            onChange={(e) => setNote(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault()
                void run(noteFor)
              }
            }}
          />
          <div className="newsroom-review-actions__buttons">
            <button
              type="button"
              className="newsroom-button newsroom-button--primary"
              disabled={Boolean(busy) || !note.trim()}
              onClick={() => void run(noteFor)}
            >
              {say('withThisNote', { action: say(actionLabel(noteFor)) })}
            </button>
            <button
              type="button"
              className="newsroom-button"
              onClick={() => {
                setNoteFor(null)
                setNote('')
              }}
            >
              {say('cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {feedback}
    </div>
  )
}
