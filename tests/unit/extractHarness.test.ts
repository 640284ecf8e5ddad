import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { extractClaims } from '../../src/extract/index.js'
import { combine, evaluate, type GoldFigure } from '../../scripts/evaluation/evaluate.js'

const corpus = path.resolve(process.cwd(), 'tests/fixtures/extract')

function load(name: string): { text: string; gold: GoldFigure[] } {
  return {
    text: readFileSync(path.join(corpus, `${name}.txt`), 'utf8'),
    gold: JSON.parse(readFileSync(path.join(corpus, `${name}.gold.json`), 'utf8')),
  }
}

describe('evaluate', () => {
  const { text, gold } = load('earthquake-toll')

  it('counts a match only for the same phrase and value in the same sentence', () => {
    const suggestions = extractClaims(text)
    const first = suggestions[0]
    const shifted = { ...first, span: { start: text.length - 5, end: text.length } }
    const wrongValue = { ...first, value: first.value + 1 }
    for (const changed of [shifted, wrongValue]) {
      const { scores, missed, extra } = evaluate(text, gold, [changed, ...suggestions.slice(1)])
      expect(scores.counts.matched).toBe(gold.length - 1)
      expect(missed.map((g) => g.text)).toEqual([gold[0].text])
      expect(extra).toEqual([changed])
    }
  })

  it('matches an overlapping span of equal value and scores the phrase extent apart', () => {
    const suggestions = extractClaims(text)
    const first = suggestions[0]
    const longer = {
      ...first,
      text: `${first.text} more`,
      span: { ...first.span, end: first.span.end + 5 },
    }
    const { scores, missed, extra, wrong } = evaluate(text, gold, [longer, ...suggestions.slice(1)])
    expect(scores.counts.matched).toBe(gold.length)
    expect(missed).toEqual([])
    expect(extra).toEqual([])
    // Only the lengthened figure is newly wrong (others may already differ, e.g. in source).
    const before = new Set(evaluate(text, gold, suggestions).wrong.map((w) => w.gold))
    expect(wrong.filter((w) => !before.has(w.gold)).map((w) => w.fields)).toEqual([['extent']])
    expect(scores.extentAccuracy).toBeCloseTo((gold.length - 1) / gold.length)
    expect(scores.strictF1).toBeCloseTo((2 * (gold.length - 1)) / (2 * gold.length))
  })

  it('compares verbs by their reported form', () => {
    const suggestions = extractClaims(text)
    const says = suggestions.map((s) =>
      s.attributionVerb === 'said' ? { ...s, attributionVerb: 'says' } : s,
    )
    expect(evaluate(text, gold, says).scores.verbAccuracy).toBe(
      evaluate(text, gold, suggestions).scores.verbAccuracy,
    )
  })

  it('scores the relay apart, only on gold figures that write one', () => {
    const suggestions = extractClaims(text).map((s) => ({ ...s, via: null }))
    // The reference gold writes no `via`: nothing to score.
    expect(evaluate(text, gold, suggestions).scores.viaAccuracy).toBeNull()
    const withVia = gold.map((g) => ({
      ...g,
      via: g.text === gold[0].text ? 'The Harbour Post' : null,
    }))
    const relayed = suggestions.map((s) =>
      s.text === gold[0].text ? { ...s, via: 'the harbour post' } : s,
    )
    const { scores, wrong } = evaluate(text, withVia, relayed)
    expect(scores.viaAccuracy).toBe(1)
    expect(scores.counts.viaGold).toBe(gold.length)
    const missing = evaluate(text, withVia, suggestions)
    expect(missing.scores.viaAccuracy).toBeCloseTo((gold.length - 1) / gold.length)
    expect(missing.wrong.map((w) => w.fields)).toEqual([['via']])
    expect(wrong).toEqual([])
  })

  it('scores accuracies on matched figures only, ignoring case and a leading "the" in sources', () => {
    const suggestions = extractClaims(text).map((s, i) =>
      i === 0 ? { ...s, source: 'The OFFICIALS', qualifier: 'exact' as const } : s,
    )
    const { scores, wrong } = evaluate(text, gold, [
      ...suggestions,
      { ...suggestions[1], text: 'nothing', span: { start: 0, end: 0 } },
    ])
    const baseline = evaluate(text, gold, extractClaims(text))
    expect(scores.sourceAccuracy).toBe(baseline.scores.sourceAccuracy)
    expect(scores.qualifierAccuracy).toBeCloseTo((gold.length - 1) / gold.length)
    expect(scores.precision).toBeCloseTo(gold.length / (gold.length + 1))
    expect(wrong.find((w) => w.gold === gold[0])?.fields).toEqual(['qualifier'])
  })

  it('micro-averages files', () => {
    const a = evaluate(text, gold, extractClaims(text)).scores
    const b = evaluate(text, gold, []).scores
    expect(combine([a, b])).toMatchObject({
      recall: a.counts.matched / (2 * gold.length),
      precision: a.precision,
    })
  })
})

describe('npm run eval:extract', () => {
  it('reports per file and overall on the fixture corpus as JSON', () => {
    const out = execFileSync(
      'npx',
      ['tsx', 'scripts/evalExtract.ts', '--corpus', corpus, '--json'],
      {
        encoding: 'utf8',
      },
    )
    const report = JSON.parse(out)
    const names = readdirSync(corpus)
      .filter((f) => f.endsWith('.gold.json'))
      .map((f) => f.replace(/\.gold\.json$/, ''))
      .sort()
    expect(names.length).toBeGreaterThanOrEqual(10)
    expect(report.files.map((f: { file: string }) => f.file)).toEqual(names)
    for (const key of [
      'precision',
      'recall',
      'f1',
      'qualifierAccuracy',
      'boundsAccuracy',
      'unitAccuracy',
      'sourceAccuracy',
      'verbAccuracy',
    ]) {
      expect(typeof report.overall[key]).toBe('number')
    }
    expect(report.overall.f1).toBeGreaterThanOrEqual(0.9)
    expect(report.overall.sourceAccuracy).toBeGreaterThanOrEqual(0.9)
  })
})
