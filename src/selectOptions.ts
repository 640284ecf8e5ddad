import type { LabelFunction } from 'payload'

import { words } from './i18n/newsroomI18n.js'
import { optionKey, type OptionKey } from './i18n/translate.js'
import type { NewsroomKey } from './i18n/translations.js'

/**
 * Select options labelled in the reader's language, as Payload's own plugins label theirs (a label
 * function, `({ t }) => t(...)`): each value's words are the key `<prefix><Value>` in
 * src/i18n/translations.ts. A list with a value that has no words there does not type-check.
 */
export function selectOptions<P extends string, V extends string>(
  prefix: P,
  values: readonly V[] & (OptionKey<P, V> extends NewsroomKey ? unknown : never),
): { label: LabelFunction; value: V }[] {
  return values.map((value) => ({ label: words(optionKey(prefix, value) as NewsroomKey), value }))
}
