/**
 * Scores the claim extractor against gold files.
 * Usage: npm run eval:extract -- --corpus <dir> [--json] [--details]
 *        npm run eval:extract -- --newsquant <NewsQuant.json> [--json] [--details]
 * Reads every NAME.txt of <dir> that has a NAME.gold.json beside it. Figures match by overlapping span
 * and equal value; `extent` is the share of matches with exactly the gold phrase and `strict F1` the
 * old exact-phrase score. Gold figures with a `class` are also scored per construction class.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { extractClaims } from '../src/extract/index.js'
import {
  byClass,
  combine,
  evaluate,
  type Evaluation,
  type GoldFigure,
  type Scores,
} from './evaluation/evaluate.js'
import { readNewsQuant, scoreNewsQuant } from './evaluation/newsquant.js'
import { textTable } from './evaluation/textTable.js'

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    json: { type: 'boolean', default: false },
    details: { type: 'boolean', default: false },
    newsquant: { type: 'string' },
  },
})
if (values.newsquant) {
  // NewsQuant is a published data set, not ours: read where it was put, skip plainly when absent.
  const sentences = readNewsQuant(values.newsquant)
  if (!sentences) {
    console.log(`NewsQuant not found at ${values.newsquant}: skipped`)
    process.exit(0)
  }
  const r = scoreNewsQuant(sentences, (text) => extractClaims(text))
  if (values.json)
    console.log(
      JSON.stringify({ ...r, missed: undefined, extra: undefined, wrongUnit: undefined }, null, 2),
    )
  else {
    const row = (name: string, s: typeof r.value) =>
      [name, s.matched, s.precision, s.recall, s.f1].map((x) =>
        typeof x === 'number' && !Number.isInteger(x) ? x.toFixed(3) : String(x),
      )
    console.log(`${r.sentences} sentences, ${r.gold} gold quantities, ${r.predicted} predicted`)
    console.log(
      textTable([
        ['score', 'matched', 'P', 'R', 'F1'],
        row('value', r.value),
        row('value+unit', r.valueUnit),
      ]),
    )
    if (values.details) {
      for (const m of r.missed) console.log(`  missed: ${m.value} ${m.unit} in "${m.text}"`)
      for (const e of r.extra) console.log(`  extra:  ${e.value} ${e.unit} in "${e.text}"`)
      for (const w of r.wrongUnit)
        console.log(`  unit:   ${w.value} ${w.ours} ≠ ${w.gold} in "${w.text}"`)
    }
  }
  process.exit(0)
}
if (!values.corpus) {
  console.error(
    'Usage: npm run eval:extract -- --corpus <dir> | --newsquant <NewsQuant.json> [--json] [--details]',
  )
  process.exit(2)
}
const dir = values.corpus
const files = readdirSync(dir)
  .filter(
    (f) => f.endsWith('.txt') && existsSync(path.join(dir, f.replace(/\.txt$/, '.gold.json'))),
  )
  .sort()
if (!files.length) {
  console.error(`No NAME.txt with a NAME.gold.json in ${dir}`)
  process.exit(2)
}

const results = files.map((file) => {
  const text = readFileSync(path.join(dir, file), 'utf8')
  const gold: GoldFigure[] = JSON.parse(
    readFileSync(path.join(dir, file.replace(/\.txt$/, '.gold.json')), 'utf8'),
  )
  return { file: file.replace(/\.txt$/, ''), ...evaluate(text, gold, extractClaims(text)) }
})
const overall = combine(results.map((r) => r.scores))
const classes = results.some((r) =>
  [...r.missed, ...r.matches.map((m) => m.gold)].some((g) => g.class),
)
  ? byClass(results.map((r) => ({ file: r.file, evaluation: r })))
  : null

if (values.json) {
  console.log(
    JSON.stringify(
      { files: results.map((r) => ({ file: r.file, ...r.scores })), overall, classes },
      null,
      2,
    ),
  )
} else {
  const rows = [
    ...results.map((r) => [r.file, ...columns(r.scores)]),
    ['OVERALL', ...columns(overall)],
  ]
  const header = [
    'P',
    'R',
    'F1',
    'qualifier',
    'bounds',
    'unit',
    'source',
    'verb',
    'via',
    'extent',
    'strict F1',
  ]
  console.log(textTable([['file', ...header], ...rows]))
  if (classes) {
    // A file's own name is a class only for its figures without one: leave it out when it has none.
    const classRows = Object.entries(classes)
      .filter(([, s]) => s.counts.gold || s.counts.predicted)
      .map(([name, s]) => [name, String(s.counts.gold), ...columns(s)])
    console.log(`\n${textTable([['class', 'gold', ...header], ...classRows])}`)
  }
  if (values.details) results.forEach(printDetails)
}

function columns(s: Scores): string[] {
  const pct = (n: number | null) => (n === null ? '-' : n.toFixed(3))
  return [
    s.precision,
    s.recall,
    s.f1,
    s.qualifierAccuracy,
    s.boundsAccuracy,
    s.unitAccuracy,
    s.sourceAccuracy,
    s.verbAccuracy,
    s.viaAccuracy,
    s.extentAccuracy,
    s.strictF1,
  ].map(pct)
}

function printDetails(r: Evaluation & { file: string }): void {
  console.log(`\n## ${r.file}`)
  for (const g of r.missed) console.log(`  missed: "${g.text}" in "${g.sentence}"`)
  for (const s of r.extra) console.log(`  extra:  "${s.text}" in "${s.sentence}"`)
  for (const { gold, suggestion, fields } of r.wrong) {
    const got = fields.map(
      (f) => `${f}: ${JSON.stringify(pick(suggestion, f))} ≠ ${JSON.stringify(pick(gold, f))}`,
    )
    console.log(`  wrong:  "${gold.text}": ${got.join('; ')}`)
  }
}

function pick(figure: object, field: string): unknown {
  const f = figure as Record<string, unknown>
  if (field === 'bounds') return [f.lower, f.upper]
  if (field === 'verb') return f.attributionVerb
  if (field === 'extent') return f.text
  return f[field]
}
