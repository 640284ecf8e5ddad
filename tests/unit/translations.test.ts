/**
 * The plugin's words live once (src/i18n/translations.ts). German has every English key; both fill the same placeholders; the merged config gives every supported
 * language every key (English where the plugin has no words), and the app's own words win.
 */
import fs from 'node:fs'
import path from 'node:path'

import { de, en } from '../../src/i18n/translations.js'
import { withNewsroomTranslations } from '../../src/i18n/newsroomI18n.js'

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort()

describe('the plugin translations', () => {
  it('German has every English key and no other, each with words', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort())
    expect(Object.entries(de).filter(([, words]) => !words.trim())).toEqual([])
  })

  it('German fills the same placeholders as English', () => {
    for (const [key, text] of Object.entries(de)) {
      expect([key, placeholders(text)]).toEqual([key, placeholders(en[key as keyof typeof en])])
    }
  })

  it('every language the app supports gets every key; the app may reword', () => {
    const i18n = withNewsroomTranslations({
      supportedLanguages: { fr: {} } as never,
      translations: { de: { newsroom: { cancel: 'Lieber nicht' } } } as never,
    })
    const translations = i18n.translations as Record<string, { newsroom: Record<string, string> }>
    expect(Object.keys(translations).sort()).toEqual(['de', 'en', 'fr'])
    expect(translations.fr.newsroom).toEqual(en)
    expect(translations.de.newsroom.claimSingular).toBe(de.claimSingular)
    expect(translations.de.newsroom.cancel).toBe('Lieber nicht')
  })

  it('the workflow and the collections keep no message of their own', () => {
    const root = path.resolve(import.meta.dirname, '../..')
    const files = ['src/workflow', 'collections', 'src/admin'].flatMap((dir) =>
      fs
        .readdirSync(path.join(root, dir), { recursive: true })
        .map(String)
        .filter((f) => /\.tsx?$/.test(f))
        .map((f) => path.join(root, dir, f)),
    )
    const copies = files.flatMap((f) => {
      const text = fs.readFileSync(f, 'utf8')
      // A message's longest fixed part (between placeholders), if it is long enough to be telling.
      const telling = (words: string) =>
        words.split(/\{\{\s*\w+\s*\}\}/).sort((a, b) => b.length - a.length)[0]
      return Object.entries(en)
        .filter(([, words]) => telling(words).length > 24 && text.includes(telling(words)))
        .map(([key]) => `${path.relative(root, f)}: ${key}`)
    })
    expect(copies).toEqual([])
  })
})
