'use client'
import { useTranslation } from '@payloadcms/ui'
import { useCallback, useMemo } from 'react'

import { optionWords, translate, type NewsroomMessage } from '../i18n/translate.js'
import type { NewsroomKey } from '../i18n/translations.js'
import { newsroomFormat } from './newsroomFormat.js'

/** The plugin's words in the admin's language (Payload's own translations, `newsroom:` keys). */
export function useNewsroomWords() {
  const { t } = useTranslation()
  return useCallback(
    (key: NewsroomKey | NewsroomMessage, vars?: NewsroomMessage['vars']) =>
      translate(t, typeof key === 'string' ? { key, vars } : key),
    [t],
  )
}

/** Numbers and times written the way the admin's language writes them (see newsroomFormat). */
export function useNewsroomFormat() {
  const { i18n } = useTranslation()
  return useMemo(() => newsroomFormat(i18n.language), [i18n.language])
}

/** A select option's words (an update's kind, a review state), as the collections' options say them. */
export function useOptionWords() {
  const { t } = useTranslation()
  return useCallback((prefix: string, value: string) => optionWords(t, prefix, value), [t])
}
