import type { CollectionConfig } from 'payload'

import { staticWords, words } from './i18n/newsroomI18n.js'
import { translate } from './i18n/translate.js'
import type { NewsroomKey } from './i18n/translations.js'

type NounOf<Key> = Key extends `${infer Noun}Singular`
  ? `${Noun}Plural` extends NewsroomKey
    ? Noun
    : never
  : never
/** What a collection's documents are called: the translations `<noun>Singular` and `<noun>Plural`. */
export type CollectionNoun = NounOf<NewsroomKey>

export interface CollectionHeader {
  useAsTitle: string
  defaultColumns: string[]
  /** The translation key of the line under the list's title, if it has one. */
  description?: NewsroomKey
}

/**
 * How each of the plugin's collections presents itself: its names and description in the reader's
 * language, its list's title and columns, and its place in the navigation, the Newsroom group (an app
 * moves it with the collection's override, `admin: { group }`).
 */
export function collectionHeader(
  slug: string,
  noun: CollectionNoun,
  { useAsTitle, defaultColumns, description }: CollectionHeader,
): Pick<CollectionConfig, 'slug' | 'labels' | 'admin'> {
  return {
    slug,
    labels: { singular: words(`${noun}Singular`), plural: words(`${noun}Plural`) },
    admin: {
      useAsTitle,
      defaultColumns,
      group: staticWords('groupNewsroom'),
      ...(description ? { description: ({ t }) => translate(t, { key: description }) } : {}),
    },
  }
}

type Behaviour = Pick<CollectionConfig, 'access' | 'endpoints' | 'hooks'>

/**
 * A collection's access rules, hooks and endpoints, or none with the plugin off (`enabled: false`
 * keeps every collection and field, a stable schema, and adds no behaviour).
 */
export const behaviourIf = (enabled: boolean, behaviour: Behaviour): Behaviour =>
  enabled ? behaviour : {}
