'use client'
import { useTranslation } from '@payloadcms/ui'
import { useCallback } from 'react'

import { translate, type NewsroomMessage } from '../i18n/translate.js'
import type { NewsroomKey } from '../i18n/translations.js'

/** The plugin's words in the admin's language (Payload's own translations, `newsroom:` keys). */
export function useNewsroomWords() {
  const { t } = useTranslation()
  return useCallback(
    (key: NewsroomKey | NewsroomMessage, vars?: NewsroomMessage['vars']) =>
      translate(t, typeof key === 'string' ? { key, vars } : key),
    [t],
  )
}
