/**
 * Who said a claim, as a clause a reader takes in one go: "security officials said", "according to a
 * research centre", "a spokesman told Reuters", "the BLA claimed, via Reuters". The verb follows its
 * source, so "told" names whom it was told to (the relay) and never reads as if the source was told.
 * Accepts the collection's verb values (`accordingTo`) and the extractor's ("according to").
 */
export function attributionWords({
  source,
  verb,
  via = [],
}: {
  source: string | null | undefined
  verb: string | null | undefined
  via?: readonly string[]
}): string | null {
  if (!source) return via.length ? `via ${via.join(', ')}` : null
  const relay = via.length ? `, via ${via.join(', ')}` : ''
  if (!verb || verb === 'accordingTo' || verb === 'according to') {
    return `according to ${source}${relay}`
  }
  if (verb === 'told') {
    // "told" needs an object: the first relay is whom it was told to; without one it was said.
    return via.length
      ? `${source} told ${via[0]}${via.length > 1 ? `, via ${via.slice(1).join(', ')}` : ''}`
      : `${source} said`
  }
  return `${source} ${verb}${relay}`
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/**
 * The statement a figure claim gets when only its phrase was given: the phrase and who said it,
 * "At least 155 hostages, security officials said." The editor can always write their own.
 */
export function defaultFigureStatement(args: {
  phrase: string
  source?: string | null
  verb?: string | null
  via?: readonly string[]
}): string {
  const phrase = capitalise(args.phrase.trim().replace(/[.;,]+$/, ''))
  const who = attributionWords({ source: args.source, verb: args.verb, via: args.via })
  return who ? `${phrase}, ${who}.` : `${phrase} (unattributed).`
}
