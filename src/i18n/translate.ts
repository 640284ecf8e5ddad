/**
 * Saying a message in the reader's language through Payload's own translation function. Free of
 * server imports: the admin's client components use it too.
 */
import { en, type NewsroomKey } from './translations.js'

/** The plugin's namespace in Payload's translations: keys read `newsroom:<key>`. */
export const NAMESPACE = 'newsroom'
export type NamespacedKey = `${typeof NAMESPACE}:${NewsroomKey}`

type Vars = Record<string, number | string>
/** Payload's translation function, whatever keys it is typed with (`req.t`, `useTranslation().t`). */
type AnyT = (key: never, vars?: Vars) => string

/** A message to say in the reader's language: its key and what fills its placeholders. */
export interface NewsroomMessage {
  key: NewsroomKey
  vars?: Vars
}

/** Payload's `{{name}}` placeholders, filled. */
const fill = (text: string, vars: Vars = {}): string =>
  text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    vars[name] !== undefined ? String(vars[name]) : whole,
  )

/** A message in English, for code with no request at hand (and an Error's `message`). */
export const englishText = ({ key, vars }: NewsroomMessage): string => fill(en[key], vars)

/**
 * A message through Payload's translation function (`req.t`, `useTranslation().t`): the reader's
 * language. Payload types its `t` with its own keys only, so the plugin's are named here, once.
 */
export function translate(t: AnyT | undefined, message: NewsroomMessage): string {
  if (!t) return englishText(message)
  return (t as (key: NamespacedKey, vars?: Vars) => string)(
    `${NAMESPACE}:${message.key}`,
    message.vars,
  )
}

/** The translation key of one select option: its list's prefix and its value ("sourceKind", "ngo" → sourceKindNgo). */
export type OptionKey<P extends string, V extends string> = `${P}${Capitalize<V>}`

export const optionKey = <P extends string, V extends string>(prefix: P, value: V) =>
  `${prefix}${value.charAt(0).toUpperCase()}${value.slice(1)}` as OptionKey<P, V>

/** A select option's words, for a value that may lie outside the list (stored before it changed). */
export function optionWords(t: AnyT | undefined, prefix: string, value: string): string {
  const key = optionKey(prefix, value)
  return key in en ? translate(t, { key: key as NewsroomKey }) : value
}
