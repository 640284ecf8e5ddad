/** How a reported figure relates to the number it states ("at least 155" → atLeast). */
export const QUALIFIERS = [
  'exact',
  'about',
  'nearly',
  'atLeast',
  'moreThan',
  'atMost',
  'lessThan',
  'upTo',
  'range',
] as const

export type Qualifier = (typeof QUALIFIERS)[number]

export function isQualifier(value: unknown): value is Qualifier {
  return typeof value === 'string' && (QUALIFIERS as readonly string[]).includes(value)
}

/** Words written before a number, lower-cased. `between … and …` (range) is handled by the scanner. */
export const PREFIX_QUALIFIERS: readonly { words: readonly string[]; qualifier: Qualifier }[] = [
  ...phrases('about', [
    'about',
    'around',
    'approximately',
    'roughly',
    'some',
    'an estimated',
    'circa',
  ]),
  ...phrases('nearly', ['nearly', 'almost', 'close to', 'just under', 'just below', 'just shy of']),
  ...phrases('atLeast', [
    'at least',
    'no fewer than',
    'no less than',
    'not less than',
    'not fewer than',
    'a minimum of',
  ]),
  ...phrases('moreThan', [
    'more than',
    'over',
    'above',
    'upwards of',
    'upward of',
    'slightly more than',
    'a little more than',
    'a little over',
    'slightly over',
    'in excess of',
    'well over',
    'just over',
    'well above',
  ]),
  ...phrases('atMost', [
    'at most',
    'no more than',
    'not more than',
    'a maximum of',
    // Qualifiers written as verbs: "did not exceed 30 percent".
    'did not exceed',
    'does not exceed',
    'do not exceed',
    'not exceeding',
    'never exceeded',
    'must not exceed',
    'should not exceed',
    'cannot exceed',
    'will not exceed',
    'may not exceed',
    'not to exceed',
    // "grants are capped at £5,000": a cap is an upper bound.
    'capped at',
  ]),
  ...phrases('lessThan', [
    'less than',
    'fewer than',
    'under',
    'below',
    'well under',
    'well below',
    // "sub-300 sq m offices", "sub-7 nanometre chips".
    'sub -',
  ]),
  ...phrases('upTo', ['up to', 'as many as', 'as much as']),
].sort((a, b) => b.words.length - a.words.length)

/** Words written after a number: "200 or more". */
export const SUFFIX_QUALIFIERS: readonly { words: readonly string[]; qualifier: Qualifier }[] = [
  ...phrases('atLeast', ['or more']),
  ...phrases('moreThan', ['- plus', '+']),
  ...phrases('atMost', ['or fewer', 'or less']),
  ...phrases('about', ['or so']),
]

/** The wording `formatFigurePhrase` writes; each one is also in PREFIX_QUALIFIERS so it parses back. */
export const QUALIFIER_WORDING: Record<Exclude<Qualifier, 'exact' | 'range'>, string> = {
  about: 'about',
  nearly: 'nearly',
  atLeast: 'at least',
  moreThan: 'more than',
  atMost: 'at most',
  lessThan: 'less than',
  upTo: 'up to',
}

function phrases(qualifier: Qualifier, list: string[]) {
  return list.map((phrase) => ({ words: phrase.split(' '), qualifier }))
}
