/**
 * The README's options table tells an app's developer each option's defaults. They are written there by
 * hand, so they are checked against what the plugin resolves with no options: every `name: value`
 * (a number, a quoted string, `true`/`false`) in an option's row must be the default of a setting of
 * that name inside that option. A default changed in src/options.ts without the README fails here.
 */
import fs from 'node:fs'
import path from 'node:path'

import { resolveOptions } from '../../src/options.js'

const readme = fs.readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8')

/** The table under the "### Options" heading: option name → the rest of its row, as written. */
function optionRows(): Map<string, string> {
  const after = readme.split(/^### Options$/m)[1]
  if (after === undefined) throw new Error('README has no heading "### Options"')
  const table = after
    .trimStart()
    .split(/\n\s*\n/)[0]
    .split('\n')
  const rows = new Map<string, string>()
  // Row 1 names the columns and row 2 is the delimiter; no cell of this table holds a `|`.
  for (const line of table.slice(2)) {
    const [name, ...rest] = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim())
    rows.set(name.replace(/`/g, ''), rest.join(' '))
  }
  return rows
}

/** Every setting inside a resolved option, by its own name (the last key of its path). */
function settingsByName(value: unknown, found = new Map<string, unknown[]>()) {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) {
      found.set(key, [...(found.get(key) ?? []), inner])
      settingsByName(inner, found)
    }
  }
  return found
}

const resolved = resolveOptions() as unknown as Record<string, unknown>
const rows = optionRows()

describe('the README options table', () => {
  it('has a row for every option the plugin resolves, and none it does not', () => {
    expect([...rows.keys()].sort()).toEqual(Object.keys(resolved).sort())
  })

  it.each([...rows.entries()])(
    'gives the defaults of `%s` as the plugin has them',
    (option, text) => {
      const settings = settingsByName(resolved[option])
      const wrong: string[] = []
      for (const [, name, literal] of text.matchAll(
        /\b(\w+): ("[^"]*"|-?\d+(?:\.\d+)?|true|false)/g,
      )) {
        const documented: unknown = JSON.parse(literal)
        const actual = settings.get(name) ?? []
        if (!actual.some((v) => v === documented))
          wrong.push(`${option}.${name}: README ${literal}, plugin ${JSON.stringify(actual)}`)
      }
      expect(wrong).toEqual([])
    },
  )
})
