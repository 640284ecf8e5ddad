/** A word, number or punctuation mark of a text, with its character offsets. */
export interface Token {
  kind: 'num' | 'word' | 'punct'
  text: string
  lower: string
  start: number
  end: number
  /** For `num`: the currency symbol glued in front ("£50bn" → "£"). */
  symbol?: string
  /** For `num`: the digits, without thousands separators ("1,600" → 1600). */
  digits?: number
  /** For `num`: an abbreviated multiplier glued after ("bn", "m", "k"), or "p" for pence ("164p"). */
  suffix?: string
  /** For `num`: a glued "%" (or "pc", as British papers write it: "1.38pc"). */
  percent?: boolean
}

// A number ends at a word boundary, so "1990s", "11th" and "3pm" are words, not numbers.
const NUMBER =
  /(?:((?:US|HK|NZ|AU) ?\$|A\$|C ?\$|S\$|\$US|\$A|[£$€¥₹]|USD|EUR|GBP|RM|Rs)(-(?=\d))?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?<![\p{N}.])\.\d+)(bn|tn|trn|mn|m|k|M|B|b|K|p)?(%|pc)?(?![\p{L}\p{N}]|\.\d)/uy
/**
 * A number with a unit symbol glued after it ("12km", "40mph", "47.3C", "500MW"): the digits are a
 * number token and the symbol the word after it (see units.ts), so "10km" is ten kilometres.
 */
const GLUED_UNIT =
  /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?=(?:km|kms|cm|mm|kg|kgs|mph|mpg|kph|kmh|ha|ft|mi|nmi|MW|GW|kW|kWh|MWh|GWh|GB|TB|MB|hp|bhp|C|F|ml|mL|mins?|g|lbs?|l|m2|km2|m²|km²|Hz|HZ|kHz|KHz|MHz|GHz|Ghz|W|Mbps|Gbps|kbps|mAh|nm|μm|kPa|MPa|GPa|Nm|dB|ppm|ppb|Gt|degC|degF|deg)(?![\p{L}\p{N}]))/uy
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?(?:-[\p{L}\p{N}]+)*/uy
const SPACE = /\s+/y
const SCALE_COMPOUND =
  /^(hundred|thousand|million|billion|trillion)(?=-(?:miles?|kilomet(?:re|er)s?|km|met(?:re|er)s?|years?-old|light-years?|tonnes?|tons?|gallons?|lit(?:re|er)s?|barrels?|acres?|hectares?)(?![\p{L}-]))/iu
const MINUS = /(minus|sub)(?=-\d)/iy

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let at = 0
  while (at < text.length) {
    SPACE.lastIndex = at
    if (SPACE.test(text)) {
      at = SPACE.lastIndex
      continue
    }
    // "PS8.1bn", "PS21,700": digits glued to a word read as a code we do not know, and the rest of
    // their number after its "." or ",", are no amounts (nor is "1bn" alone).
    if (codeWithDigits(tokens, at)) {
      const fragment = /[\p{L}\p{N}]+/uy
      fragment.lastIndex = at
      const [match] = fragment.exec(text) ?? [text[at]]
      tokens.push({
        kind: 'word',
        text: match,
        lower: match.toLowerCase(),
        start: at,
        end: at + match.length,
      })
      at += match.length
      continue
    }
    NUMBER.lastIndex = at
    const number = NUMBER.exec(text)
    if (number) {
      const [match, symbol, minus, digits, suffix, percent] = number
      // "US $7.2 billion" is written with a space as often as without; "$-12.4bn" is a negative
      // amount, its sign written after the currency symbol.
      at = pushNumber(tokens, match, at, `${minus ?? ''}${digits}`, {
        symbol: symbol?.replace(' ', ''),
        suffix,
        percent: Boolean(percent),
      })
      continue
    }
    GLUED_UNIT.lastIndex = at
    const glued = GLUED_UNIT.exec(text)
    if (glued) {
      at = pushNumber(tokens, glued[0], at, glued[0], { percent: false })
      continue
    }
    // "minus-130 degrees", "sub-7 nanometre chips": the word, then the hyphen and the number as
    // their own tokens (a sign; a qualifier, see qualifiers.ts).
    MINUS.lastIndex = at
    const sign = MINUS.exec(text)
    if (sign) {
      const [match] = sign
      const end = at + match.length
      tokens.push({ kind: 'word', text: match, lower: match.toLowerCase(), start: at, end })
      at = end
      continue
    }
    WORD.lastIndex = at
    const word = WORD.exec(text)
    // "a 1.8 billion-mile journey", "400 million-year-old rock": the scale word is read apart, as
    // "1.8 billion" before a hyphenated unit ("-mile") or age ("-year-old").
    const scale = word && tokens.at(-1)?.kind === 'num' ? SCALE_COMPOUND.exec(word[0]) : null
    const match = scale ? scale[1] : word ? word[0] : text[at]
    tokens.push({
      kind: word ? 'word' : 'punct',
      text: match,
      lower: match.toLowerCase(),
      start: at,
      end: at + match.length,
    })
    at += match.length
  }
  return tokens
}

/** Pushes the number token `match` read at `at` (its `digits` without separators); returns its end. */
function pushNumber(
  tokens: Token[],
  match: string,
  at: number,
  digits: string,
  extra: Pick<Token, 'symbol' | 'suffix' | 'percent'>,
): number {
  tokens.push({
    kind: 'num',
    text: match,
    lower: match.toLowerCase(),
    start: at,
    end: at + match.length,
    digits: Number(digits.replace(/,/g, '')),
    ...extra,
  })
  return at + match.length
}

/** Whether "." or "," ends the tokens at `at`, glued to a word of capitals and digits ("PS8."). */
function codeWithDigits(tokens: Token[], at: number): boolean {
  const [code, mark] = [tokens.at(-2), tokens.at(-1)]
  return Boolean(
    code &&
    mark &&
    mark.end === at &&
    /^[.,]$/.test(mark.text) &&
    code.end === mark.start &&
    code.kind === 'word' &&
    /^\p{Lu}+\d+$/u.test(code.text),
  )
}
