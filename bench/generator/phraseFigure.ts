import type { Random } from './random.js'
import type { MetricSeed } from './vocabulary.js'

/** Rounds to two significant figures, as reporters do with "about" and "more than". */
function roughly(n: number): number {
  if (n < 100) return Math.round(n)
  const scale = 10 ** (Math.floor(Math.log10(n)) - 1)
  return Math.round(n / scale) * scale
}

const grouped = (n: number) => Math.round(n).toLocaleString('en-US')

/**
 * A figure as a reporter writes it ("at least 155 hostages", "about $3.1 million", "between 40 and
 * 60 people"), for the claim hook to parse into value, bounds, qualifier and unit.
 */
export function phraseFigure(metric: MetricSeed, value: number, random: Random): string {
  if (metric.money) {
    const millions = (value / 1_000_000).toFixed(1)
    return random.chance(0.5) ? `$${millions} million` : `about $${millions} million`
  }
  if (metric.percent) {
    return `${random.pick(['', 'about ', 'nearly '])}${Math.min(99, Math.round(value))} percent`
  }
  const n = Math.max(1, value)
  const form = random.int(0, 6)
  switch (form) {
    case 0:
      return `${grouped(n)} ${metric.noun}`
    case 1:
      return `at least ${grouped(n)} ${metric.noun}`
    case 2:
      return `about ${grouped(roughly(n))} ${metric.noun}`
    case 3:
      return `nearly ${grouped(roughly(n * 1.05))} ${metric.noun}`
    case 4:
      return `more than ${grouped(roughly(n * 0.95))} ${metric.noun}`
    case 5:
      return `up to ${grouped(roughly(n * 1.2))} ${metric.noun}`
    default: {
      const lower = Math.max(1, roughly(n * 0.8))
      return `between ${grouped(lower)} and ${grouped(Math.max(lower + 1, roughly(n * 1.2)))} ${metric.noun}`
    }
  }
}
