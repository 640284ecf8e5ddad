import { SYMBOL_FOR_CODE, isCurrencyCode } from './currencies.js'
import type { FigureFields } from './fields.js'
import { QUALIFIER_WORDING } from './qualifiers.js'
import { isMeasureUnit, writeMeasureUnit } from './units.js'

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
]

/**
 * Writes structured figure fields as a phrase that `parseFigurePhrase` reads back to the same
 * fields: "at least 155 hostages", "more than £50 billion", "between 20 and 30 bodies", "12%".
 */
export function formatFigurePhrase(fields: FigureFields): string {
  const qualifier = fields.qualifier ?? 'exact'
  const unit = fields.unit ?? null
  if (qualifier === 'range') {
    const amounts = `between ${formatAmount(fields.lower ?? fields.value ?? 0, unit)} and ${formatAmount(fields.upper ?? 0, unit)}`
    return withNoun(amounts, unit)
  }
  const amount = formatAmount(fields.value ?? 0, unit)
  const wording =
    qualifier === 'exact'
      ? amount
      : `${qualifier === 'lessThan' && isCount(unit) ? 'fewer than' : QUALIFIER_WORDING[qualifier]} ${amount}`
  return withNoun(wording, unit)
}

function withNoun(amounts: string, unit: string | null): string {
  if (unit === 'magnitude') return `magnitude ${amounts}`
  if (isMeasureUnit(unit)) return `${amounts} ${writeMeasureUnit(unit!)}`
  return isCount(unit) && unit ? `${amounts} ${unit}` : amounts
}

function isCount(unit: string | null): boolean {
  return unit !== 'percent' && !isCurrencyCode(unit)
}

function formatAmount(value: number, unit: string | null): string {
  if (unit === 'percent') return `${groupDigits(value)}%`
  const number = formatNumber(value)
  if (!isCurrencyCode(unit)) return number
  const symbol = SYMBOL_FOR_CODE[unit!]
  return symbol
    ? `${value < 0 ? '-' : ''}${symbol}${formatNumber(Math.abs(value))}`
    : `${number} ${unit}`
}

/** "1,600", "4.4 million", "12.5": millions and above are written with a scale word when short. */
function formatNumber(value: number): string {
  for (const [scale, word] of SCALES) {
    const scaled = value / scale
    if (Math.abs(value) >= scale && Number.isInteger(Number((scaled * 100).toPrecision(12)))) {
      return `${Number(scaled.toPrecision(12))} ${word}`
    }
  }
  return groupDigits(value)
}

function groupDigits(value: number): string {
  const [whole, fraction] = Math.abs(value).toString().split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`
}
