'use client'
import { TextField, useField } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'

import { parseFigurePhrase, QUALIFIER_WORDING, type ParsedFigure } from '../figures/index.js'

/** How the panel names a qualifier: the phrase wording, or the qualifier itself where there is none. */
const qualifierWords = (q: ParsedFigure['qualifier']): string =>
  q === 'exact' || q === 'range' ? q : QUALIFIER_WORDING[q]

const show = (n: number | null) => (n === null ? '—' : n.toLocaleString('en'))

/**
 * The figure phrase field, with what the phrase says read back as the editor types: value, bounds,
 * qualifier and unit, by the same parser that fills those fields when the claim is saved.
 */
export function FigurePhraseField(props: TextFieldClientProps) {
  const { value } = useField<string>({ path: props.path })
  const phrase = typeof value === 'string' ? value.trim() : ''
  const parsed = phrase ? parseFigurePhrase(phrase) : null
  return (
    <div className="newsroom-figure-field">
      <TextField {...props} />
      <div className="newsroom-figure-preview" aria-live="polite" data-testid="figure-preview">
        {!phrase ? null : parsed ? (
          <dl>
            <div>
              <dt>Value</dt>
              <dd data-figure="value">{show(parsed.value)}</dd>
            </div>
            <div>
              <dt>Lower bound</dt>
              <dd data-figure="lower">{show(parsed.lower)}</dd>
            </div>
            <div>
              <dt>Upper bound</dt>
              <dd data-figure="upper">{show(parsed.upper)}</dd>
            </div>
            <div>
              <dt>Qualifier</dt>
              <dd data-figure="qualifier">{qualifierWords(parsed.qualifier)}</dd>
            </div>
            <div>
              <dt>Unit</dt>
              <dd data-figure="unit">{parsed.unit ?? '—'}</dd>
            </div>
          </dl>
        ) : (
          <p className="newsroom-error">
            No figure read yet: start with the number, as in “at least 155 hostages” or “over
            £50bn”.
          </p>
        )}
      </div>
    </div>
  )
}
