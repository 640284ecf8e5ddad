/**
 * No person-facing text in src/admin outside the translation tables: the TypeScript compiler's own
 * parser reads every admin component and reports text in JSX, string literals that reach JSX (as a
 * child, in a ternary or a template, or in an attribute people read: aria-label, title, ...) and
 * `label: '...'` properties. Literals that are keys or values compared (`say('key')`,
 * `state === 'pending'`, `className`) are not text. What it cannot see: a module's constant of words
 * used far from JSX (keep such tables in src/i18n). A scan with the compiler rather than an eslint
 * rule: the project's eslint config has no React plugin, and `react/jsx-no-literals` sees neither
 * strings in attributes like aria-label nor a ternary's branches, both of which the admin had.
 */
import fs from 'node:fs'
import path from 'node:path'

import ts from 'typescript'

import { en } from '../../src/i18n/translations.js'

const root = path.resolve(import.meta.dirname, '../..')
const adminDir = path.join(root, 'src/admin')

/** Attributes whose value people read or hear. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'name'])
/** Calls whose string arguments are keys or formats, not text. */
const KEY_CALLS = new Set(['say', 'sayOption', 't', 'translate', 'optionKey'])

/** Words, not a translation key (`label: 'queueFilterAll'` names the words; keys are camelCase). */
const isKey = (text: string) => /^[a-z]+[A-Z]\w*$/.test(text) && text in en
const hasWords = (text: string) => /\p{L}{2,}/u.test(text) && !isKey(text)

const literalText = (node: ts.Node): string | null => {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ')
  return null
}

/** Where a literal ends up: JSX text, a person-facing attribute, or neither (null). */
function reachesPeople(node: ts.Node): string | null {
  let child: ts.Node = node
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isCallExpression(parent) && parent.arguments.includes(child as ts.Expression)) {
      const callee = parent.expression
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : ''
      // A translation key, or an argument to any other function (a format, a class name): not text.
      if (KEY_CALLS.has(name) || name) return null
    }
    if (
      ts.isBinaryExpression(parent) &&
      [
        ts.SyntaxKind.EqualsEqualsEqualsToken,
        ts.SyntaxKind.ExclamationEqualsEqualsToken,
        ts.SyntaxKind.EqualsEqualsToken,
        ts.SyntaxKind.ExclamationEqualsToken,
      ].includes(parent.operatorToken.kind)
    )
      return null
    if (ts.isElementAccessExpression(parent) || ts.isPropertyAccessExpression(parent)) return null
    if (ts.isJsxAttribute(parent)) {
      const name = parent.name.getText()
      return TEXT_ATTRIBUTES.has(name) ? `attribute ${name}` : null
    }
    if (ts.isJsxExpression(parent)) {
      const holder = parent.parent
      if (ts.isJsxElement(holder) || ts.isJsxFragment(holder)) return 'JSX child'
      continue
    }
    if (
      ts.isFunctionLike(parent) ||
      ts.isVariableDeclaration(parent) ||
      ts.isReturnStatement(parent) ||
      ts.isArrayLiteralExpression(parent)
    ) {
      // Left JSX without reaching it (a helper's return, a constant): judged where it is used.
      return null
    }
  }
  return null
}

/** Every untranslated text in one file, as `file:line: where "text"`. */
export function untranslatedText(file: string, source = fs.readFileSync(file, 'utf8')): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: string[] = []
  const at = (node: ts.Node, where: string, text: string) => {
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf))
    found.push(
      `${path.relative(root, file)}:${line + 1}: ${where} "${text.trim().replace(/\s+/g, ' ')}"`,
    )
  }
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) at(node, 'JSX text', node.text)
    const text = literalText(node)
    if (text !== null && hasWords(text)) {
      const where = reachesPeople(node)
      if (where) at(node, where, text)
      const parent = node.parent
      if (
        ts.isPropertyAssignment(parent) &&
        parent.initializer === node &&
        ['label', 'title', 'description'].includes(parent.name.getText())
      )
        at(node, `property ${parent.name.getText()}`, text)
    }
    // A template's parts are judged with the template.
    if (!ts.isTemplateExpression(node)) ts.forEachChild(node, visit)
  }
  visit(sf)
  return found
}

const adminFiles = () =>
  fs
    .readdirSync(adminDir, { recursive: true })
    .map(String)
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => path.join(adminDir, f))

describe('the admin panel says everything through the translation tables', () => {
  it('no text in src/admin is left outside src/i18n/translations.ts', () => {
    expect(adminFiles().flatMap((f) => untranslatedText(f))).toEqual([])
  })

  it('the scan sees text where the admin once had it', () => {
    const sample = `
      export const FILTERS = { all: { label: 'All claims' } }
      export function A({ n }: { n: number }) {
        return (
          <div aria-label="Filter the queue" className="newsroom-x">
            <h3>Figures by source</h3>
            {n > 1 ? 'Sources agree.' : say('compareOneSource')}
            {\`Stated values from \${n}\`}
            {state === 'pending' ? <b>{say('statePending')}</b> : null}
            <span>{'·'} — 12</span>
          </div>
        )
      }`
    const found = untranslatedText(path.join(adminDir, 'Sample.tsx'), sample).map((f) =>
      f.replace(/^.*?: /, ''),
    )
    expect(found).toEqual([
      'property label "All claims"',
      'attribute aria-label "Filter the queue"',
      'JSX text "Figures by source"',
      'JSX child "Sources agree."',
      'JSX child "Stated values from"',
    ])
  })
})
