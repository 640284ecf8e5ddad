/**
 * A module of the package that imports a stylesheet must be listed in package.json's `sideEffects`.
 * A bundler takes an unlisted module for pure: where an app uses only what a barrel re-exports (the
 * import map's `payload-plugin-newsroom/client#ReviewPanel`), Turbopack skips the barrel and, with it,
 * the barrel's `import './newsroom-admin.css'`. The consumer app's `next build` showed this: the admin
 * rendered the plugin's components without its styles. That check takes minutes; this one, none.
 */
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  sideEffects: string[]
}

function modulesImportingCss(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return modulesImportingCss(file)
    if (!/\.tsx?$/.test(entry.name)) return []
    return /^import\s+['"][^'"]+\.s?css['"]/m.test(fs.readFileSync(file, 'utf8')) ? [file] : []
  })
}

/** Where the build (scripts/buildPackage.mjs) writes a source module: dist/<same path>.js. */
const distPath = (file: string) =>
  './' + path.join('dist', path.relative(root, file)).replace(/\.tsx?$/, '.js')

test('every module that imports a stylesheet is declared to have side effects', () => {
  const modules = modulesImportingCss(path.join(root, 'src'))
  // The admin's two barrels import the stylesheet; the test would pass vacuously without them.
  expect(modules.length).toBeGreaterThan(0)
  expect(pkg.sideEffects).toEqual(expect.arrayContaining(['*.css']))
  const undeclared = modules.map(distPath).filter((p) => !pkg.sideEffects.includes(p))
  expect(undeclared).toEqual([])
})
