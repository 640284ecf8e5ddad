/**
 * The README and docs/ are read by people who paste from them. What a machine can check without running
 * a server is checked here: every relative link names a file that exists and, with `#anchor`, a heading
 * GitHub would give that anchor (github-slugger is GitHub's own algorithm); every `npm run` script a shell
 * block names exists; and a curl URL with `[` or `]` (Payload's `where[field][op]=`) turns off curl's URL
 * globbing, which otherwise makes `curl -s` exit silently with nothing printed; and every inline code span
 * that names a path in this repository (`src/…`, `tests/…`, …) names one that exists, so a reference
 * survives a file being moved only if the docs move with it.
 */
import fs from 'node:fs'
import path from 'node:path'
import GithubSlugger from 'github-slugger'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString } from 'mdast-util-to-string'

const root = path.resolve(import.meta.dirname, '../..')
const scripts = Object.keys(
  JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts,
)
const documents = [
  'README.md',
  ...fs
    .readdirSync(path.join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
]

type Node = {
  type: string
  url?: string
  lang?: string | null
  value?: string
  depth?: number
  children?: Node[]
}

function nodesOf(tree: Node, type: string): Node[] {
  const found: Node[] = []
  const visit = (node: Node) => {
    if (node.type === type) found.push(node)
    node.children?.forEach(visit)
  }
  visit(tree)
  return found
}

const treeOf = (file: string) =>
  fromMarkdown(fs.readFileSync(path.join(root, file), 'utf8')) as Node

function anchorsOf(file: string): Set<string> {
  const slugger = new GithubSlugger()
  return new Set(nodesOf(treeOf(file), 'heading').map((h) => slugger.slug(toString(h as never))))
}

const shellBlocks = (file: string) =>
  nodesOf(treeOf(file), 'code').filter((c) =>
    ['sh', 'bash', 'shell', 'console'].includes(c.lang ?? ''),
  )

// The repository's own top-level folders: an inline code span starting with one of them is a path.
const repoFolders = fs
  .readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !['node_modules', '.git'].includes(d.name))
  .map((d) => d.name)
// What the runs write (screenshots, reports) is named in the docs but ignored by git, so not there yet.
const generated = fs
  .readFileSync(path.join(root, '.gitignore'), 'utf8')
  .split('\n')
  .map((l) => l.trim().replace(/^\//, ''))
  .filter((l) => l && !l.startsWith('#'))

describe.each(documents)('%s', (file) => {
  it('links only to files and headings that exist', () => {
    const broken: string[] = []
    for (const link of nodesOf(treeOf(file), 'link')) {
      const url = link.url ?? ''
      if (/^[a-z]+:/i.test(url)) continue
      const [target, anchor] = url.split('#')
      const targetFile = target
        ? path.posix.normalize(path.posix.join(path.posix.dirname(file), target))
        : file
      if (!fs.existsSync(path.join(root, targetFile))) {
        broken.push(`${url} (no file ${targetFile})`)
        continue
      }
      if (anchor && targetFile.endsWith('.md') && !anchorsOf(targetFile).has(anchor))
        broken.push(`${url} (no heading #${anchor} in ${targetFile})`)
    }
    expect(broken).toEqual([])
  })

  it('names only npm scripts that exist, and curls bracketed URLs with globbing off', () => {
    const wrong: string[] = []
    for (const block of shellBlocks(file)) {
      for (const line of (block.value ?? '').split('\n')) {
        for (const [, script] of line.matchAll(/npm run ([\w:-]+)/g))
          if (!scripts.includes(script)) wrong.push(`npm run ${script}: no such script`)
        if (/\bcurl\b/.test(line) && /https?:\/\/\S*[[\]]|localhost:\d+\S*[[\]]/.test(line))
          if (!/\scurl\s+(-\w*g\w*|--globoff)\b|\s-\w*g\w*\s|--globoff/.test(` ${line}`))
            wrong.push(`curl without -g: ${line.trim()}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('names only repository paths that exist', () => {
    const missing = nodesOf(treeOf(file), 'inlineCode')
      .map((c) => (c.value ?? '').replace(/[:#].*$/, ''))
      .filter((v) => /^[\w.-]+\/[\w./*-]*$/.test(v) && repoFolders.includes(v.split('/')[0]))
      .filter((v) => !v.includes('*') && !generated.some((g) => v.startsWith(g)))
      .filter((v) => !fs.existsSync(path.join(root, v)))
    expect(missing).toEqual([])
  })
})
