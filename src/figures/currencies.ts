/** Money is recorded with an ISO 4217 code as its unit ("£50bn" → GBP). */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  '£': 'GBP',
  $: 'USD',
  US$: 'USD',
  '€': 'EUR',
  '¥': 'JPY',
  '₹': 'INR',
  A$: 'AUD',
  C$: 'CAD',
  HK$: 'HKD',
  NZ$: 'NZD',
  AU$: 'AUD',
  S$: 'SGD',
  // Australian papers write the code after the sign: "$US55,931,000", "$A82m".
  $US: 'USD',
  $A: 'AUD',
  // Codes glued in front of the digits: "USD10m", "RM79".
  USD: 'USD',
  EUR: 'EUR',
  GBP: 'GBP',
  RM: 'MYR',
  Rs: 'INR',
}

/** Symbols `formatFigurePhrase` writes in front of an amount; other codes are written after it. */
export const SYMBOL_FOR_CODE: Record<string, string> = { GBP: '£', USD: '$', EUR: '€' }

/** Codes recognised when written next to a number ("5 million USD", "PKR 300"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(
  (
    'USD GBP EUR JPY CNY INR PKR AUD CAD CHF HKD SGD NZD RUB TRY ZAR NGN KES BRL MXN SAR AED ' +
    'ILS EGP BDT IDR KRW SEK NOK DKK PLN UAH AFN IRR IQD LKR NPR THB MYR PHP VND ARS CLP COP TWD ' +
    // Pence sterling, as the London market quotes share prices ("164p"): not ISO 4217, kept as written.
    'GBX'
  ).split(' '),
)

/**
 * Abbreviations written apart before the digits, read as the code ("Rs 540", "Rs 45"): the rupee
 * abbreviation is also Pakistan's and Sri Lanka's, and is read as India's, the most written.
 */
export const CURRENCY_ABBREVIATIONS: Record<string, string> = { Rs: 'INR' }

/** Currency names unambiguous enough to read as money ("pounds" is left alone: it is also a weight). */
export const CURRENCY_WORDS: Record<string, string> = {
  dollars: 'USD',
  euros: 'EUR',
  yuan: 'CNY',
  renminbi: 'CNY',
  yen: 'JPY',
  shekels: 'ILS',
  // "a 20 million euro fund": the singular before the noun it prices.
  euro: 'EUR',
  // As "Rs": the rupee is also Pakistan's and Sri Lanka's, and is read as India's, the most written.
  rupee: 'INR',
  rupees: 'INR',
}

/** A currency named with its country's adjective after an amount ("10.5 million Australian dollars"). */
export const CURRENCY_NAMES: Record<string, string> = {
  'us dollars': 'USD',
  'australian dollars': 'AUD',
  'canadian dollars': 'CAD',
  'new zealand dollars': 'NZD',
  'hong kong dollars': 'HKD',
  'singapore dollars': 'SGD',
  'taiwan dollars': 'TWD',
  'swiss francs': 'CHF',
  'indian rupees': 'INR',
  'pakistani rupees': 'PKR',
  'south african rand': 'ZAR',
  'mexican pesos': 'MXN',
  'brazilian reais': 'BRL',
  'swedish kronor': 'SEK',
  'norwegian kroner': 'NOK',
  'danish kroner': 'DKK',
  // English names of the same currencies: "7,199 Chinese yuan", "7.5 million Danish crowns".
  'chinese yuan': 'CNY',
  'japanese yen': 'JPY',
  'danish crowns': 'DKK',
  'swedish crowns': 'SEK',
  'norwegian crowns': 'NOK',
}

export function isCurrencyCode(unit: string | null | undefined): boolean {
  return typeof unit === 'string' && CURRENCY_CODES.has(unit)
}
