import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { GoldFigure } from '../../scripts/evaluation/evaluate.js'

/** A news text and the figures a careful editor would record from it (its .gold.json). */
export interface Article {
  name: string
  text: string
  gold: GoldFigure[]
}

function load(dir: string, name: string): Article {
  return {
    name,
    text: readFileSync(path.join(dir, `${name}.txt`), 'utf8'),
    gold: JSON.parse(readFileSync(path.join(dir, `${name}.gold.json`), 'utf8')),
  }
}

/**
 * The project's own reference article: an invented developing story, written for these tests, with
 * every construction the figure parser and the extractor must handle (qualifiers, number words,
 * currencies, attributed and anonymous sources, figures that are not claims such as years).
 */
export const REFERENCE_ARTICLE: Article = load(
  path.resolve(process.cwd(), 'tests/fixtures/reference'),
  'harbour-line-derailment',
)

/**
 * Where an external corpus may sit beside the clone (a newsroom's own scored articles). Override with
 * NEWSROOM_EXTERNAL_FIXTURES. Absent on a user's machine: suites that score against it are skipped.
 */
export const EXTERNAL_FIXTURES_DIR = path.resolve(
  process.env.NEWSROOM_EXTERNAL_FIXTURES ?? path.join(process.cwd(), '../shared/fixtures'),
)

/**
 * An article of the external corpus, or null, saying plainly on the console that what needs it is
 * skipped. In CI it is no more required than on a user's machine: it is not part of the project.
 */
export function externalArticle(name: string, neededBy: string): Article | null {
  if (existsSync(path.join(EXTERNAL_FIXTURES_DIR, `${name}.gold.json`)))
    return load(EXTERNAL_FIXTURES_DIR, name)
  console.warn(
    `Skipped: ${neededBy} — the external fixture ${name} is not in ${EXTERNAL_FIXTURES_DIR} (set NEWSROOM_EXTERNAL_FIXTURES to score against it).`,
  )
  return null
}
