/**
 * Each list of claim fields lives once, in src/claims/claimModel.ts. These tests read the package's
 * sources with the TypeScript parser and fail when a copy of the list reappears: an array, object,
 * interface or type that names most of the substance, all of the figure's fields or all of the
 * relationships is a list someone will forget to update.
 */
import fs from 'node:fs'
import path from 'node:path'

import ts from 'typescript'

import { listedNames, packageSourceFiles, root } from '../helpers/sourceLists.js'

import {
  PARSED_FIGURE_FIELDS,
  RELATIONSHIP_FIELDS,
  SUBSTANCE_FIELDS,
} from '../../src/claims/claimModel.js'

const MODEL = path.join(root, 'src/claims/claimModel.ts')

export interface Copy {
  file: string
  line: number
  names: string[]
}

/** Every list in the text that restates the claim model's field lists. */
export function copiesOfTheModel(file: string, text: string): Copy[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const copies: Copy[] = []
  const visit = (node: ts.Node) => {
    const names = listedNames(node)?.names
    if (names) {
      const has = (list: readonly string[]) => list.every((f) => names.includes(f))
      const substance = names.filter((n) => (SUBSTANCE_FIELDS as readonly string[]).includes(n))
      if (substance.length >= 10 || has(PARSED_FIGURE_FIELDS) || has(RELATIONSHIP_FIELDS)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart())
        copies.push({ file: path.relative(root, file), line: line + 1, names: substance })
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return copies
}

describe('the claim model lives once', () => {
  test('no file of the package restates its field lists', () => {
    const files = packageSourceFiles().filter((f) => f !== MODEL)
    expect(files.length).toBeGreaterThan(50)
    const copies = files.flatMap((f) => copiesOfTheModel(f, fs.readFileSync(f, 'utf8')))
    expect(copies).toEqual([])
  })

  test('the check finds a copy: the substance list, a figure type, a relationship table', () => {
    const old = `
      export const SUBSTANCE_FIELDS = ['story', 'update', 'kind', 'statement', 'quote', 'phrase',
        'value', 'lower', 'upper', 'qualifier', 'unit', 'metric', 'source', 'via', 'verb',
        'attributedAt', 'supersedes', 'evidence'] as const
      interface Figure { phrase: string; value: number; lower: number; upper: number; qualifier: string; unit: string }
      const targets = (s: Slugs) => ({ story: s.stories, update: s.updates, source: s.sources, via: s.sources, supersedes: s.claims })
      type F = 'phrase' | 'value' | 'lower' | 'upper' | 'qualifier' | 'unit'
    `
    expect(copiesOfTheModel('old.ts', old).map((c) => c.line)).toEqual([2, 5, 6, 7])
  })

  test('the model itself is what the check reads', () => {
    const copies = copiesOfTheModel(MODEL, fs.readFileSync(MODEL, 'utf8'))
    expect(copies.length).toBeGreaterThan(0)
  })
})
