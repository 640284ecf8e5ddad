/**
 * Reading the package's own sources for lists that restate a home's list (see tests/unit/oneHome and
 * singleSources): which files, and what names a literal or a declaration lists.
 */
import fs from 'node:fs'
import path from 'node:path'

import ts from 'typescript'

export const root = path.resolve(import.meta.dirname, '../..')

/** Every TypeScript file of the package: src/ and collections/. */
export function packageSourceFiles(): string[] {
  return ['src', 'collections'].flatMap((dir) =>
    fs
      .readdirSync(path.join(root, dir), { recursive: true })
      .map(String)
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => path.join(root, dir, f)),
  )
}

export interface Listed {
  names: string[]
  /** A type (interface, type literal, union of strings), not a value. */
  declaration: boolean
}

const nameOf = (n: ts.Node | undefined): string | null =>
  n && (ts.isIdentifier(n) || ts.isStringLiteral(n)) ? n.text : null
const present = (names: (string | null)[]): string[] => names.filter((n): n is string => !!n)

/** The names a literal or declaration lists: string elements, property keys, `'a' | 'b'` members. */
export function listedNames(node: ts.Node): Listed | null {
  if (ts.isArrayLiteralExpression(node))
    return {
      names: present(node.elements.map((e) => (ts.isStringLiteral(e) ? e.text : null))),
      declaration: false,
    }
  if (ts.isObjectLiteralExpression(node))
    return { names: present(node.properties.map((m) => nameOf(m.name))), declaration: false }
  if (ts.isInterfaceDeclaration(node) || ts.isTypeLiteralNode(node))
    return { names: present(node.members.map((m) => nameOf(m.name))), declaration: true }
  if (ts.isUnionTypeNode(node))
    return {
      names: present(
        node.types.map((t) =>
          ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? t.literal.text : null,
        ),
      ),
      declaration: true,
    }
  return null
}
