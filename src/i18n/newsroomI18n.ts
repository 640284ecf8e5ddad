import { deepMergeSimple, type Config, type LabelFunction } from 'payload'

import { NAMESPACE, translate } from './translate.js'
import { en, NEWSROOM_TRANSLATIONS, type NewsroomKey } from './translations.js'

/** A label or description that Payload resolves in the reader's language (also `admin.description`). */
export const words =
  (key: NewsroomKey): LabelFunction =>
  ({ t }) =>
    translate(t, { key })

/**
 * The same words as a `{ language: text }` record, for the few places Payload takes no function
 * (a collection's nav `group`): the languages the plugin ships; Payload falls back to English.
 */
export const staticWords = (key: NewsroomKey): Record<string, string> =>
  Object.fromEntries(
    Object.entries(NEWSROOM_TRANSLATIONS).map(([language, words]) => [
      language,
      words[key] ?? en[key],
    ]),
  )

type I18nConfig = NonNullable<Config['i18n']>

/**
 * The plugin's words merged into the app's `i18n.translations`, for every language it supports (and
 * the plugin's own): a language the plugin lacks, or a key it leaves out, reads English rather than a
 * bare key. The app's own translations win, so an app can reword any of them.
 */
export function withNewsroomTranslations(i18n: Config['i18n']): I18nConfig {
  const own = (i18n?.translations ?? {}) as Record<string, object | undefined>
  const languages = new Set([
    'en',
    ...Object.keys(NEWSROOM_TRANSLATIONS),
    ...Object.keys(i18n?.supportedLanguages ?? {}),
  ])
  const translations: Record<string, object | undefined> = { ...own }
  for (const language of languages) {
    const ours = NEWSROOM_TRANSLATIONS[language as keyof typeof NEWSROOM_TRANSLATIONS] ?? {}
    translations[language] = deepMergeSimple(
      { [NAMESPACE]: { ...en, ...ours } },
      own[language] ?? {},
    )
  }
  return { ...i18n, translations: translations as I18nConfig['translations'] }
}
