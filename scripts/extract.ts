/**
 * Suggests figure claims for a news text.
 * Usage: npm run extract -- <file.txt> [--json] [--sources <sources.json>]
 * sources.json is an array of { id, name, aliases?, publicDescription? } to match sources against.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import type { SubstanceField } from '../src/claims/claimModel.js'
import { extractClaims, type SourceRecord, type Suggestion } from '../src/extract/index.js'
import { textTable } from './evaluation/textTable.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'boolean', default: false }, sources: { type: 'string' } },
})
if (positionals.length !== 1) {
  console.error('Usage: npm run extract -- <file.txt> [--json] [--sources <sources.json>]')
  process.exit(2)
}
const sources: SourceRecord[] = values.sources
  ? JSON.parse(readFileSync(values.sources, 'utf8'))
  : []
const suggestions = extractClaims(readFileSync(positionals[0], 'utf8'), { sources })

type Column = [header: string, cell: (s: Suggestion) => string]
/** A column that shows a claim field is headed by that field's name in the claim model. */
const claimField = (name: SubstanceField, cell: Column[1]): Column => [name, cell]

/** The table's columns, each header with how a suggestion fills it. */
const COLUMNS: Column[] = [
  ['figure', (s) => s.text],
  claimField('value', (s) => String(s.value)),
  [
    'bounds',
    (s) => (s.lower === null && s.upper === null ? '' : `${s.lower ?? ''}..${s.upper ?? ''}`),
  ],
  claimField('qualifier', (s) => s.qualifier),
  claimField('unit', (s) => s.unit ?? ''),
  claimField('metric', (s) => s.metric),
  claimField('source', (s) => s.source ?? ''),
  claimField('via', (s) => s.via ?? ''),
  claimField('verb', (s) => s.attributionVerb ?? ''),
  ['match', (s) => (s.matchedSourceId === null ? '' : String(s.matchedSourceId))],
]

if (values.json) {
  console.log(JSON.stringify(suggestions, null, 2))
} else {
  console.log(
    textTable([
      COLUMNS.map(([header]) => header),
      ...suggestions.map((s) => COLUMNS.map(([, cell]) => cell(s))),
    ]),
  )
  console.log(`\n${suggestions.length} figure(s)`)
}
