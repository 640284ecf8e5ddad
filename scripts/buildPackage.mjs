/**
 * The library build (`npm run build`, run by `npm pack` through `prepack`): the plugin's sources
 * (src/, collections/; not the demo app) compiled by tsc to dist/ with declarations, and the CSS the
 * admin components import copied beside them.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.join(root, 'dist')

fs.rmSync(dist, { recursive: true, force: true })
execFileSync(
  process.execPath,
  [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
  {
    cwd: root,
    stdio: 'inherit',
  },
)

let copied = 0
for (const dir of ['src', 'collections']) {
  for (const file of fs.readdirSync(path.join(root, dir), { recursive: true })) {
    if (!String(file).endsWith('.css')) continue
    const to = path.join(dist, dir, String(file))
    fs.mkdirSync(path.dirname(to), { recursive: true })
    fs.copyFileSync(path.join(root, dir, String(file)), to)
    copied++
  }
}
process.stdout.write(`dist/: compiled, ${copied} CSS file(s) copied\n`)
