/**
 * Times the claim extractor on 10k, 20k, 40k and 99k characters of news copy (our fixtures, repeated),
 * as CPU milliseconds per KB, so a super-linear step shows as a rising column.
 * Usage: npm run bench:extract [-- --sizes 10000,20000 --one-paragraph]
 * `--one-paragraph` joins the lines, as a text pasted without line breaks arrives.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { extractClaims } from '../src/extract/index.js'
import { textTable } from './evaluation/textTable.js'

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,20000,40000,99000' },
    'one-paragraph': { type: 'boolean', default: false },
    corpus: { type: 'string', default: 'tests/fixtures/extract' },
  },
})
const separator = values['one-paragraph'] ? ' ' : '\n'
const copy = readdirSync(values.corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(values.corpus, f), 'utf8').trim().replace(/\n+/g, separator))
  .join(separator)
const sizes = values.sizes.split(',').map(Number)
let long = ''
while (long.length < Math.max(...sizes)) long += copy + separator

extractClaims(copy) // warm up compromise's lexicon and the JIT
const rows = sizes.map((size) => {
  const text = long.slice(0, long.lastIndexOf(separator, size))
  const before = process.cpuUsage()
  const suggestions = extractClaims(text)
  const used = process.cpuUsage(before)
  const ms = (used.user + used.system) / 1000
  return [text.length, Math.round(ms), (ms / (text.length / 1024)).toFixed(1), suggestions.length]
})
console.log(
  textTable([
    ['characters', 'CPU ms', 'ms per KB', 'suggestions'],
    ...rows.map((r) => r.map(String)),
  ]),
)
