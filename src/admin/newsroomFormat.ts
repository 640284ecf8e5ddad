/**
 * Numbers and times in the reader's language, for the admin's client and server components alike.
 * English reads British dates ("2 Dec 2026"), as the panel always did; other languages their own.
 */
export function newsroomFormat(language: string) {
  const locale = language === 'en' ? 'en-GB' : language
  const numberLocale = language === 'en' ? 'en' : language
  return {
    /** 1,234 (en), 1.234 (de). */
    number: (n: number) => n.toLocaleString(numberLocale),
    /** Axis ticks and labels: "3K", "50B" rather than "50,000,000,000", which an axis would clip. */
    short: (n: number) =>
      Math.abs(n) >= 10_000
        ? n.toLocaleString(numberLocale, { notation: 'compact', maximumFractionDigits: 1 })
        : n.toLocaleString(numberLocale),
    /** "2 Dec 2026, 14:05" in UTC (the caller says "UTC"). */
    when: (iso: string | number) =>
      new Date(iso).toLocaleString(locale, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'UTC',
      }),
    /** "2 Dec, 14:05" in UTC: a chart's axis and its table. */
    day: (t: number) =>
      new Date(t).toLocaleString(locale, {
        day: 'numeric',
        month: 'short',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'UTC',
      }),
    /** "02/12/2026, 14:05" in the browser's time zone: when a source said it. */
    shortWhen: (iso: string) =>
      new Date(iso).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' }),
  }
}

export type NewsroomFormat = ReturnType<typeof newsroomFormat>
