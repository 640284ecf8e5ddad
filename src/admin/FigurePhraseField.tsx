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
            {(
              [
                ['fieldValue', 'value', show(parsed.value)],
                ['figureLowerBound', 'lower', show(parsed.lower)],
                ['figureUpperBound', 'upper', show(parsed.upper)],
                ['fieldQualifier', 'qualifier', say(optionKey('qualifier', parsed.qualifier))],
                ['fieldUnit', 'unit', parsed.unit ?? '—'],
              ] as const
            ).map(([term, part, reading]) => (
              <div key={part}>
                <dt>{say(term)}</dt>
                <dd data-figure={part}>{reading}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="newsroom-error">{say('figureUnread')}</p>
        )}
      </div>
    </div>
  )
}
