/**
 * Suggests figure claims for a news text.
 * Usage: npm run extract -- <file.txt> [--json] [--sources <sources.json>]
 * sources.json is an array of { id, name, aliases?, publicDescription? } to match sources against.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
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

if (values.json) {
  console.log(JSON.stringify(suggestions, null, 2))
} else {
  console.log(textTable([header(), ...suggestions.map(row)]))
  console.log(`\n${suggestions.length} figure(s)`)
}

function header(): string[] {
  return [
    'figure',
    'value',
    'bounds',
    'qualifier',
    'unit',
    'metric',
    'source',
    'via',
    'verb',
    'match',
  ]
}

function row(s: Suggestion): string[] {
  const bounds = s.lower === null && s.upper === null ? '' : `${s.lower ?? ''}..${s.upper ?? ''}`
  return [
    s.text,
    String(s.value),
    bounds,
    s.qualifier,
    s.unit ?? '',
    s.metric,
    s.source ?? '',
    s.via ?? '',
    s.attributionVerb ?? '',
    s.matchedSourceId === null ? '' : String(s.matchedSourceId),
  ]
}
