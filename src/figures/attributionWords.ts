import { englishText, optionKey, type NewsroomMessage } from '../i18n/translate.js'
import { en, type NewsroomKey } from '../i18n/translations.js'

/** Says a message in the reader's language (`translate` with `req.t` or the admin's `say`). */
export type SayMessage = (message: NewsroomMessage) => string

/**
 * Who said a claim, as a clause a reader takes in one go: "security officials said", "according to a
 * research centre", "a spokesman told Reuters", "the BLA claimed, via Reuters". The verb follows its
 * source, so "told" names whom it was told to (the relay) and never reads as if the source was told.
 * Accepts the collection's verb values (`accordingTo`) and the extractor's ("according to"). The words
 * are the translations' `attribution*` keys, in English unless `say` speaks the reader's language.
 */
export function attributionWords(
  {
    source,
    verb,
    via = [],
  }: {
    source: string | null | undefined
    verb: string | null | undefined
    via?: readonly string[]
  },
  say: SayMessage = englishText,
): string | null {
  const alsoVia = (relays: readonly string[]) =>
    relays.length ? say({ key: 'attributionAlsoVia', vars: { relays: relays.join(', ') } }) : ''
  if (!source)
    return via.length ? say({ key: 'attributionVia', vars: { relays: via.join(', ') } }) : null
  if (!verb || verb === 'accordingTo' || verb === 'according to') {
    return say({ key: 'attributionAccordingTo', vars: { source } }) + alsoVia(via)
  }
  if (verb === 'told') {
    // "told" needs an object: the first relay is whom it was told to; without one it was said.
    return via.length
      ? say({ key: 'attributionTold', vars: { source, relay: via[0] } }) + alsoVia(via.slice(1))
      : say({ key: 'attributionSaid', vars: { source } })
  }
  // A verb of the collection's list reads as its option's words; another (the extractor's) as given.
  const key = optionKey('verb', verb)
  const words = key in en ? say({ key: key as NewsroomKey }).toLowerCase() : verb
  return say({ key: 'attributionVerbed', vars: { source, verb: words } }) + alsoVia(via)
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/**
 * The statement a figure claim gets when only its phrase was given: the phrase and who said it,
 * "At least 155 hostages, security officials said." The editor can always write their own.
 */
export function defaultFigureStatement(
  args: {
    phrase: string
    source?: string | null
    verb?: string | null
    via?: readonly string[]
  },
  say: SayMessage = englishText,
): string {
  const phrase = capitalise(args.phrase.trim().replace(/[.;,]+$/, ''))
  const who = attributionWords({ source: args.source, verb: args.verb, via: args.via }, say)
  return who
    ? say({ key: 'attributionStatement', vars: { phrase, who } })
    : say({ key: 'attributionStatementUnattributed', vars: { phrase } })
}
