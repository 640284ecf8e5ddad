import type { Mention } from './analyse.js'

const PRONOUN = /^(it|they|he|she)$/i
const GROUP = /^the(\s+[\p{L}-]+)?\s+(group|organi[sz]ation|outfit|movement)$/iu

/** A source as later descriptions see it, with the description set beside its name. */
export interface Speaker extends Mention {
  /** "the mayor" of "said the mayor, Ines Dorr": a later "the mayor" is Ines Dorr. */
  described?: string
  /** The source as written, when `text` is what it was resolved to ("the company"). */
  written?: string
}

/** Where an anaphoric source may find what it refers to. */
export interface SourceContext {
  /** Sources of earlier attributions in the paragraph. */
  speakers: Speaker[]
  /** Proper names in the paragraph, and named sources. */
  names: Mention[]
  /** Sources of earlier paragraphs: "…, Ana Reis told reporters." ¶ "The slick grew, she added." */
  earlier: Speaker[]
  /** Sources of the sentence being read, for a description after them ("…, and the ministry added"). */
  sentence?: Speaker[]
  /** Names with the description written before them: "The technology group Corvane". */
  describedNames?: Mention[]
}

/**
 * Resolves an anaphoric source. A pronoun is most often the last speaker that it can stand for
 * ("he" or "she" a person, "it" a body): in its paragraph ("The ministry said… It added…"), else
 * the nearest name there, else the last such speaker of an earlier paragraph — news copy puts each
 * quote in a paragraph of its own. With nothing that agrees, the last speaker or name of the
 * paragraph as before. "the group" is the nearest name ("The Eastern Front … the group said"). A
 * short definite description is the fuller source it repeats ("The national health agency said… The
 * agency noted…": see `antecedent`). Any other source, or an anaphor with nothing before it, is
 * returned as written.
 */
export function resolveSource(source: string, start: number, context: SourceContext): string {
  const text = source.trim()
  const pronoun = PRONOUN.test(text)
  const person = surnameOf(text, start, context)
  if (person) return person
  if (!pronoun && !GROUP.test(text)) return antecedent(source, start, context)?.text ?? source
  const usable = (m: Mention) => m.end <= start && !PRONOUN.test(m.text) && !GROUP.test(m.text)
  const agrees = (m: Mention) => agreesWith(text.toLowerCase(), m)
  const lists = pronoun
    ? [
        context.speakers.filter(agrees),
        context.names.filter(agrees),
        context.earlier.filter(agrees),
        context.speakers,
        context.names,
      ]
    : [context.names]
  for (const list of lists) {
    const before = list.filter(usable)
    if (before.length) {
      // "The ministry said… It added…": the pronoun is what the description it stands for is.
      const found = before.reduce((a, b) => (b.end > a.end ? b : a))
      return antecedent(found.text, found.start, context)?.text ?? found.text
    }
  }
  // "The movement" with no name in its paragraph: the earlier "Eastern Liberation Movement".
  return pronoun ? source : (antecedent(source, start, context)?.text ?? source)
}

/**
 * A surname alone ("Okafor said") is the earlier person whose name ends with it, as written there
 * ("Judge Amina Okafor"): an editor matches the claim to that person's Source record. Only a person:
 * a body's short name repeating its longer one ("Halvex" after "the drugmaker Halvex") is a name
 * in its own right and stays as written.
 */
function surnameOf(text: string, start: number, context: SourceContext): string | null {
  if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(text)) return null
  const people = [...context.earlier, ...context.speakers].filter(
    (m) =>
      m.person === true &&
      m.end <= start &&
      m.text.split(/\s+/).length > 1 &&
      m.text.split(/\s+/).pop() === text,
  )
  if (!people.length) return null
  return people.reduce((a, b) => (b.end > a.end ? b : a)).text
}

/** An owner that leaves a description unnamed: "its parent company". */
const POSSESSIVE = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your'])
const BUSINESS = new Set(
  (
    'company firm operator carmaker airline carrier insurer reinsurer utility group maker ' +
    'manufacturer producer developer retailer bank lender miner refiner shipper chain ' +
    // Words that end a company's name: "Northern Vale Railway", "Kestrel Holdings", "Arden plc".
    'railway railways airlines airways motors holdings corporation corp inc ltd plc'
  ).split(' '),
)
/**
 * Descriptions that stand for a named business of another head: "the company" and "the firm" for
 * any business, "the lender" for a bank ("Kestrel Bank … the lender"), "the carrier" for an airline.
 */
const ALIASES: Record<string, ReadonlySet<string>> = {
  company: BUSINESS,
  firm: BUSINESS,
  lender: new Set(['bank', 'lender']),
  carrier: new Set(['airline', 'airways', 'carrier']),
}
/** Words that join the parts of a name: "the Food and Agriculture Organization". */
const NAME_AND = new Set(['and', '&'])
/** Words that end the head of a name before its complement: "the Ministry of Health". */
const COMPLEMENT = new Set(['of', 'for', 'on', 'at', 'in', 'to'])

/**
 * A definite description ("the agency", "The ministry", "the election office"): "the", then one to
 * four lower-case words and no possessive. Its words after the article, head noun last; null for
 * any other source ("the WHO", "the city's mayor", "Ana Reis").
 */
function description(text: string): string[] | null {
  const words = text.trim().split(/\s+/)
  if (words.length < 2 || words.length > 5 || words[0].toLowerCase() !== 'the') return null
  const rest = words.slice(1)
  return rest.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w)) ? rest : null
}

/**
 * The head nouns a source name may be repeated by, lower-cased: the word before its complement ("the
 * Ministry of Health", "a spokeswoman for the operator"), else the last lower-case word before a
 * closing proper name ("the credit agency Sorvan", "Interior minister Sara Kell"), else its last
 * word ("The national health agency"); in a name written all in capitals, any of its words ("The
 * Meteorological Institute", "Interior Minister Jonas Feld" for "the minister").
 */
function headsOf(words: string[]): string[] {
  const complement = words.findIndex((w, i) => i > 0 && COMPLEMENT.has(w))
  if (complement > 0) return [words[complement - 1].toLowerCase()]
  let name = words.length
  // "the Food and Agriculture Organization": "and" inside a name is part of it.
  const inName = (k: number) =>
    /^\p{Lu}/u.test(words[k]) || (k > 0 && NAME_AND.has(words[k]) && /^\p{Lu}/u.test(words[k - 1]))
  while (name > 0 && inName(name - 1)) name--
  if (name === 0) return words.map((w) => w.toLowerCase())
  return [words[name < words.length ? name - 1 : words.length - 1].toLowerCase()]
}

/**
 * The source a definite description repeats: the most recent earlier source (or name of the
 * paragraph) whose head noun is the
 * description's, which holds every word of the description and says more ("The national health
 * agency" for "The agency", "the state election office" for "the election office", "the Ministry
 * of Health" for "the health ministry"), itself resolved the same way. Null when the source is no
 * description or nothing earlier agrees: "the agency" with no agency before it stays as written,
 * and "the agency" does not stand for "the county fire service". Aliases (`ALIASES`): "the company"
 * or "the firm" is also a named business of another head ("the operator Metalis", "the insurer
 * Kordia"), "the lender" a named bank.
 */
function antecedent(source: string, start: number, context: SourceContext): Mention | null {
  const wanted = description(source)
  if (!wanted) return null
  const head = wanted[wanted.length - 1]
  // The same description written again stands for what it stood for before ("the company" all
  // through a story about one company), rather than another business named in between that it
  // could stand for only by alias; a later source of its own head still wins ("the mayor, Ines Dorr").
  const same = (m: Speaker) =>
    m.end <= start &&
    m.written?.toLowerCase() === source.trim().toLowerCase() &&
    m.text.toLowerCase() !== m.written.toLowerCase()
  const before = context.earlier.filter(same)
  const consistent = before.length ? before.reduce((a, b) => (b.end > a.end ? b : a)) : null
  // `named`: the words describe a name, which says more than any description ("the mayor, Ines Dorr").
  const repeats = (text: string, named: boolean) => {
    const words = text
      .replace(/[()"“”,]/g, ' ')
      .trim()
      .split(/\s+/)
      .filter((w) => !['the', 'a', 'an'].includes(w.toLowerCase()))
    const lower = new Set(words.map((w) => w.toLowerCase().replace(/['’]s$/, '')))
    // "its parent company" says no more than "the company" of whom.
    if (!named && words.some((w) => POSSESSIVE.has(w.toLowerCase()))) return false
    const heads = headsOf(words)
    const alias = ALIASES[wanted.join(' ')]
    const business =
      alias !== undefined &&
      heads.some((h) => alias.has(h)) &&
      (named || words.slice(1).some((w) => /^\p{Lu}/u.test(w)))
    const matches =
      (heads.includes(head) || business) &&
      (business || wanted.every((w) => lower.has(w))) &&
      (named || lower.size > wanted.length)
    // Only by alias: "the operator Westline" for "the company".
    if (matches && consistent && !heads.includes(head)) return false
    return matches
  }
  const found: Mention[] = consistent
    ? [{ text: consistent.text, start: consistent.start, end: consistent.end }]
    : []
  // The names of the paragraph too: "Fraudsters took £2m from Kestrel Bank, the lender said".
  const candidates: Speaker[] = [
    ...context.speakers,
    ...context.earlier,
    ...(context.sentence ?? []),
    ...context.names,
    ...(context.describedNames ?? []),
  ]
  for (const m of candidates) {
    if (m.end > start) continue
    if (repeats(m.text, false) || (m.described && repeats(m.described, true))) found.push(m)
    // "An official at the port authority", "a doctor at the main clinic": the body they speak for.
    for (const text of [m.text, m.described ?? '']) {
      const body = /\s(?:for|at)\s+((?:the\s|\p{Lu}).*)$/u.exec(text)?.[1]
      if (body && repeats(body, false)) found.push({ text: body, start: m.start, end: m.end })
    }
  }
  if (!found.length) return null
  const last = found.reduce((a, b) => (b.end > a.end ? b : a))
  if (last === found[0] && consistent) return last
  return antecedent(last.text, last.start, context) ?? last
}

/** "he" and "she" stand for a person, "it" for a body; "they" for either. */
function agreesWith(pronoun: string, m: Mention): boolean {
  if (pronoun === 'he' || pronoun === 'she') return m.person === true
  if (pronoun === 'it') return m.person !== true && m.plural !== true
  return true
}
