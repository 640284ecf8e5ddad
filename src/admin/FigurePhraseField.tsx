'use client'
import { TextField, useField } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'

import { optionKey } from '../i18n/translate.js'
import { parseFigurePhrase } from '../figures/index.js'
import { useNewsroomFormat, useNewsroomWords } from './useNewsroomWords.js'

/**
 * The figure phrase field, with what the phrase says read back as the editor types: value, bounds,
 * qualifier and unit, by the same parser that fills those fields when the claim is saved.
 */
export function FigurePhraseField(props: TextFieldClientProps) {
  const { value } = useField<string>({ path: props.path })
  const phrase = typeof value === 'string' ? value.trim() : ''
  const parsed = phrase ? parseFigurePhrase(phrase) : null
  const say = useNewsroomWords()
  const { number } = useNewsroomFormat()
  const show = (n: number | null) => (n === null ? '—' : number(n))
  return (
    <div className="newsroom-figure-field">
      <TextField {...props} />
      <div className="newsroom-figure-preview" aria-live="polite" data-testid="figure-preview">
        {!phrase ? null : parsed ? (
          <dl>
            <div>
              <dt>{say('fieldValue')}</dt>
              <dd data-figure="value">{show(parsed.value)}</dd>
            </div>
            <div>
              <dt>{say('figureLowerBound')}</dt>
              <dd data-figure="lower">{show(parsed.lower)}</dd>
            </div>
            <div>
              <dt>{say('figureUpperBound')}</dt>
              <dd data-figure="upper">{show(parsed.upper)}</dd>
            </div>
            <div>
              <dt>{say('fieldQualifier')}</dt>
              <dd data-figure="qualifier">{say(optionKey('qualifier', parsed.qualifier))}</dd>
            </div>
            <div>
              <dt>{say('fieldUnit')}</dt>
              <dd data-figure="unit">{parsed.unit ?? '—'}</dd>
            </div>
          </dl>
        ) : (
          <p className="newsroom-error">{say('figureUnread')}</p>
        )}
      </div>
    </div>
  )
}
