/**
 * The package is src/ and collections/: nothing there may import the demo app (demo/, payload.config.ts,
 * app/, migrations/, payload-types.ts), and every package it imports must be declared as a dependency or
 * a peer (else a consumer's install breaks, or gets a second copy of Payload or React).
 */
import fs from 'node:fs'
import { builtinModules } from 'node:module'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
const PACKAGE_DIRS = ['src', 'collections']

function sourceFiles(): string[] {
  return PACKAGE_DIRS.flatMap((dir) =>
    fs
      .readdirSync(path.join(root, dir), { recursive: true })
      .map(String)
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => path.join(root, dir, f)),
  )
}

/** The code a bundler reads: template literals (code run elsewhere, e.g. a worker's bootstrap) emptied. */
const codeOf = (file: string) => fs.readFileSync(file, 'utf8').replace(/`[^`]*`/g, '``')

function importsOf(file: string): string[] {
  const text = codeOf(file)
  // Static imports and re-exports (at a line's start), and dynamic import('…').
  const statics = text.matchAll(
    /^\s*(?:import\s+(?:[\w*{][^'"]*?\sfrom\s*)?|export\s+(?:type\s+)?[*{][^'"]*?\sfrom\s*)'([^']+)'/gm,
  )
  const dynamics = text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)
  // A consumer's bundler (Next's Turbopack, webpack) follows these too: `require.resolve('x')`,
  // `createRequire(…).resolve('x')` and `new URL('./x', import.meta.url)`.
  const resolves = text.matchAll(/\.resolve\(\s*'([^']+)'\s*\)/g)
  return [...statics, ...dynamics, ...resolves, ...urlsOf(text)].map((m) => m[1])
}

function urlsOf(text: string) {
  return text.matchAll(/\bnew URL\(\s*'(\.[^']+)'\s*,/g)
}

const packageName = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]

describe('the package boundary', () => {
  const files = sourceFiles()

  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(50)
    const all = new Set(files.flatMap(importsOf))
    // A static import, a re-export, a side-effect import and the dynamic one.
    for (const s of ['payload', './plugin.js', './newsroom-admin.css', 'ioredis'])
      expect(all).toContain(s)
  })

  it('imports nothing outside src/ and collections/', () => {
    const outside = files.flatMap((file) =>
      importsOf(file)
        .filter((s) => s.startsWith('.'))
        .map((s) => path.relative(root, path.resolve(path.dirname(file), s)))
        .filter((target) => !PACKAGE_DIRS.some((dir) => target.startsWith(`${dir}${path.sep}`)))
        .map((target) => `${path.relative(root, file)} → ${target}`),
    )
    expect(outside).toEqual([])
  })

  it('declares every package it imports, as a dependency or a peer', () => {
    const declared = new Set([
      ...Object.keys(pkg.dependencies ?? {}),
      ...Object.keys(pkg.peerDependencies ?? {}),
    ])
    const builtins = new Set(builtinModules)
    const undeclared = files.flatMap((file) =>
      importsOf(file)
        .filter((s) => !s.startsWith('.') && !s.startsWith('node:') && !builtins.has(s))
        .map(packageName)
        .filter((name) => !declared.has(name) && name !== pkg.name)
        .map((name) => `${path.relative(root, file)}: ${name}`),
    )
    expect(undeclared).toEqual([])
  })

  it('names no TypeScript file by URL (the build ships .js only, and a bundler follows the URL)', () => {
    const tsUrls = files.flatMap((file) =>
      [...urlsOf(codeOf(file))]
        .map((m) => m[1])
        .filter((target) => /\.[cm]?tsx?$/.test(target))
        .map((target) => `${path.relative(root, file)} → ${target}`),
    )
    expect(tsUrls).toEqual([])
  })

  it('keeps the demo app and the servers out of its dependencies', () => {
    const deps = Object.keys(pkg.dependencies ?? {})
    for (const name of ['payload', 'next', 'react', 'react-dom', 'express', 'ioredis', 'tsx', 'pg'])
      expect(deps).not.toContain(name)
    expect(deps.filter((d) => d.startsWith('@payloadcms/'))).toEqual([])
  })
})
