/**
 * The plugin's words go through Payload's i18n: in an app that supports German, a request in German
 * (Accept-Language, or the admin's `payload-lng` language cookie) gets the workflow's refusals and the
 * plugin's labels in German; English stays as it was; a language the plugin does not ship reads
 * English, never a bare key.
 */
import { de as payloadGerman } from '@payloadcms/translations/languages/de'
import { en as payloadEnglish } from '@payloadcms/translations/languages/en'
import { fr as payloadFrench } from '@payloadcms/translations/languages/fr'
import { getTranslation } from '@payloadcms/translations'
import type { LabelFunction } from 'payload'

import { TEST_DATABASES } from '../helpers/databases.js'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom.js'
import { de, en } from '../../src/i18n/translations.js'

describe.each(TEST_DATABASES)('translations through Payload i18n on %s', (database) => {
  let n: TestNewsroom
  let claimId: number | string

  beforeAll(async () => {
    n = await startNewsroom(database, {
      i18n: { supportedLanguages: { en: payloadEnglish, de: payloadGerman, fr: payloadFrench } },
    })
    const story = await n
      .as('editor')
      .post('/api/stories', { title: 'Sprachprobe', _status: 'published' })
    const claim = await n.as('editorReviewer').post('/api/claims', {
      story: story.body.doc.id,
      kind: 'statement',
      statement: 'Officials said the line is closed.',
    })
    claimId = claim.body.doc.id
    expect((await n.as('editorReviewer').post(`/api/claims/${claimId}/submit`)).status).toBe(200)
  })
  afterAll(async () => {
    expect(n.serverErrors).toEqual([])
    await n.stop()
  })

  const german = { 'Accept-Language': 'de' }

  it('a four-eyes refusal comes back in the language of the request', async () => {
    const inGerman = await n.as('editorReviewer').post(`/api/claims/${claimId}/approve`, {}, german)
    expect(inGerman.status).toBe(403)
    expect(inGerman.body.errors[0].message).toBe(de.refusedFourEyesCreated)
    const inEnglish = await n.as('editorReviewer').post(`/api/claims/${claimId}/approve`)
    expect(inEnglish.body.errors[0].message).toBe(en.refusedFourEyesCreated)
  })

  it("the admin's language cookie wins over Accept-Language", async () => {
    const res = await n.as('editorReviewer').post(
      `/api/claims/${claimId}/approve`,
      {},
      {
        'Accept-Language': 'en',
        Cookie: 'payload-lng=de',
      },
    )
    expect(res.body.errors[0].message).toBe(de.refusedFourEyesCreated)
  })

  it('a reject without a note names the field, in German, as a validation error', async () => {
    const res = await n.as('reviewer').post(`/api/claims/${claimId}/reject`, {}, german)
    expect(res.status).toBe(400)
    const [error] = res.body.errors
    expect(error.data.errors).toEqual([
      expect.objectContaining({ path: 'reviewNote', message: de.refusedRejectNote }),
    ])
    // Payload's own words around it are German too, and name the field by its German label.
    expect(error.message).toContain(de.fieldReviewNote)
  })

  it('a field validation message and a success message are German', async () => {
    const bad = await n
      .as('editor')
      .post('/api/stories', { title: 'x', slug: 'Not A Slug' }, german)
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].data.errors[0].message).toBe(de.invalidSlug)
    const other = await n.as('editor').post('/api/claims', {
      story: (await n.as('editor').get('/api/stories?limit=1')).body.docs[0].id,
      kind: 'statement',
      statement: 'Another claim.',
    })
    const ok = await n.as('editor').post(`/api/claims/${other.body.doc.id}/submit`, {}, german)
    expect(ok.body.message).toBe(`Behauptung ${other.body.doc.id}: submit erledigt.`)
  })

  it("labels resolve in the reader's language; a language the plugin lacks reads English", async () => {
    const claims = n.payload.collections.claims.config
    const i18n = async (language: 'de' | 'en' | 'fr') => {
      const { initI18n } = await import('@payloadcms/translations')
      return initI18n({ config: n.payload.config.i18n, context: 'client', language })
    }
    const singular = claims.labels.singular as LabelFunction
    const german = await i18n('de')
    expect(singular({ i18n: german, t: german.t })).toBe('Behauptung')
    const french = await i18n('fr')
    expect(singular({ i18n: french, t: french.t })).toBe('Claim')
    // The nav group is a { language: text } record: Payload picks the language, else English.
    expect(getTranslation(claims.admin.group as Record<string, string>, german)).toBe('Redaktion')
    expect(getTranslation(claims.admin.group as Record<string, string>, french)).toBe('Newsroom')
    const reviewState = claims.fields.find((f) => 'name' in f && f.name === 'reviewState')
    const label = (reviewState as { label: LabelFunction }).label
    expect(label({ i18n: german, t: german.t })).toBe('Prüfstatus')
    // Select options too: each option's label is a label function, as in Payload's own plugins.
    const options = (reviewState as { options: { label: LabelFunction; value: string }[] }).options
    const pending = options.find((o) => o.value === 'pending')!.label
    expect(pending({ i18n: german, t: german.t })).toBe(de.statePending)
    expect(pending({ i18n: french, t: french.t })).toBe(en.statePending)
    // The story's summary field, which an editor reported reading "Summary" in the German admin.
    const stories = n.payload.collections.stories.config
    const summary = stories.fields.find((f) => 'name' in f && f.name === 'summary')
    const summaryLabel = (summary as { label: LabelFunction }).label
    expect(summaryLabel({ i18n: german, t: german.t })).toBe('Zusammenfassung')
  })

  it('a figure given only its phrase stores the same attribution sentence whatever language the writer reads', async () => {
    const story = (await n.as('editor').get('/api/stories?limit=1')).body.docs[0].id
    const source = await n
      .as('editor')
      .post('/api/sources', { name: 'die Polizei', kind: 'official' })
    expect(source.status).toBe(201)
    const figure = (language: Record<string, string>) =>
      n.as('editor').post(
        '/api/claims',
        {
          story,
          kind: 'figure',
          metric: 'injured',
          phrase: 'at least 12 people injured',
          source: source.body.doc.id,
          verb: 'accordingTo',
        },
        language,
      )
    // The statement is public text: a German-speaking editor's claim reads like anyone else's (the
    // admin's suggestion list shows the clause in German, src/figures/attributionWords.ts).
    const inGerman = await figure(german)
    expect(inGerman.body.errors ?? []).toEqual([])
    expect(inGerman.body.doc.statement).toBe(
      'At least 12 people injured, according to die Polizei.',
    )
    expect((await figure({})).body.doc.statement).toBe(inGerman.body.doc.statement)
  })
})
