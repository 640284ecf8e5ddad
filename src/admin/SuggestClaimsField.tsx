'use client'
import { useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import Link from 'next/link'
import { useId, useState } from 'react'

import type { Suggestion } from '../extract/index.js'
import { attributionWords } from '../figures/attributionWords.js'
import { useNewsroomApi } from './useNewsroomApi.js'
import { useNewsroomWords } from './useNewsroomWords.js'

interface SuggestResult {
  suggestions: Suggestion[]
  claims: { id: number | string; statement?: string }[]
}

/**
 * "Suggest claims" in the update's edit view: runs the extractor on the saved update
 * (POST /api/<updates>/:id/suggest-claims) and creates the suggestions the editor ticks as draft claims.
 * It sits inside Payload's document form, so it has no <form> of its own: its buttons are
 * type="button" and act on click.
 */
export function SuggestClaimsField({ updates, claims }: { updates: string; claims: string }) {
  const { id } = useDocumentInfo()
  const modified = useFormModified()
  const api = useNewsroomApi()
  const { config } = useConfig()
  const baseId = useId()
  const say = useNewsroomWords()
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null)
  const [chosen, setChosen] = useState<Set<number>>(new Set())
  const [created, setCreated] = useState<SuggestResult['claims']>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  if (id == null) {
    return (
      <section className="newsroom-suggest" aria-labelledby={`${baseId}-title`}>
        <h3 id={`${baseId}-title`}>{say('suggestTitle')}</h3>
        <p className="newsroom-hint" data-testid="suggest-hint">
          {say('suggestUnsaved')}
        </p>
      </section>
    )
  }

  const call = async (create: number[] | false) => {
    setBusy(true)
    setError(null)
    try {
      const result = await api<SuggestResult>(`/${updates}/${id}/suggest-claims`, {
        method: 'POST',
        body: { create },
      })
      if (create) {
        setCreated(result.claims)
        setChosen(new Set())
      } else {
        setSuggestions(result.suggestions)
        setCreated([])
      }
    } catch (err) {
      setError((err as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const toggle = (i: number) =>
    setChosen((old) => {
      const next = new Set(old)
      if (next.has(i)) next.delete(i)
      else next.add(i)
      return next
    })

  return (
    <section className="newsroom-suggest" aria-labelledby={`${baseId}-title`}>
      <div className="newsroom-desk__head">
        <h3 id={`${baseId}-title`}>{say('suggestTitle')}</h3>
        <button
          type="button"
          className="newsroom-button"
          disabled={busy || modified}
          onClick={() => void call(false)}
        >
          {say('suggestButton')}
        </button>
      </div>
      <p className="newsroom-hint">{say(modified ? 'suggestSaveFirst' : 'suggestFinds')}</p>
      {error ? (
        <p role="alert" className="newsroom-error">
          {error}
        </p>
      ) : null}
      {suggestions && suggestions.length === 0 ? <p>{say('suggestNone')}</p> : null}
      {suggestions && suggestions.length > 0 ? (
        <div className="newsroom-suggest__choose">
          <fieldset className="newsroom-suggest__list">
            <legend>{say('suggestChoose')}</legend>
            {suggestions.map((s, i) => (
              <div key={`${s.span.start}-${i}`} className="newsroom-suggest__item">
                <input
                  type="checkbox"
                  id={`${baseId}-s${i}`}
                  checked={chosen.has(i)}
                  onChange={() => toggle(i)}
                />
                <label htmlFor={`${baseId}-s${i}`}>
                  <strong>{s.text}</strong> · {s.metric} ·{' '}
                  {attributionWords(
                    { source: s.source, verb: s.attributionVerb, via: s.via ? [s.via] : [] },
                    say,
                  ) ?? say('unattributed')}
                  <span className="newsroom-hint newsroom-suggest__sentence">{s.sentence}</span>
                </label>
              </div>
            ))}
          </fieldset>
          <button
            type="button"
            className="newsroom-button newsroom-button--primary"
            disabled={busy || chosen.size === 0}
            onClick={() => void call([...chosen].sort((a, b) => a - b))}
          >
            {chosen.size ? say('suggestCreate', { count: chosen.size }) : say('suggestCreateNone')}
          </button>
        </div>
      ) : null}
      {created.length ? (
        <div role="status">
          <p>{say('suggestCreated', { count: created.length })}</p>
          <ul>
            {created.map((c) => (
              <li key={c.id}>
                <Link
                  prefetch={false}
                  href={`${config.routes.admin}/collections/${claims}/${c.id}`}
                >
                  {c.statement ?? say('claimNumbered', { id: c.id })}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
}
