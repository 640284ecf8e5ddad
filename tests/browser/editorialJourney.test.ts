/**
 * The admin panel in a real browser (Debian's Chromium through playwright-core) against the built
 * panel served by the production server: an editor writes an update, records a figure claim by its
 * phrase, links it inline and submits it; a reviewer with both roles is refused on their own claim
 * and approves the editor's; the public API then serves it. Needs `npm run build:app` and chromium;
 * skipped otherwise. Screenshots go to tests/artifacts/.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Browser, Page } from 'playwright-core'

import { DEMO_PASSWORD, DEMO_STORY } from '../../demo/seed/demoStory.js'
import { chromiumAvailable, launchChromium } from './chromium.js'
import { startNewsroom, type RunningNewsroom } from './newsroomServer.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const artifacts = path.join(root, 'tests/artifacts')
const built = fs.existsSync(path.join(root, '.next/BUILD_ID'))
const ready = built && chromiumAvailable()
if (!ready) {
  console.warn(
    `Browser tests skipped: ${built ? '' : 'no built panel (run `npm run build:app`)'}${
      built || chromiumAvailable() ? '' : ' and '
    }${chromiumAvailable() ? '' : 'no chromium (apt-get install chromium)'}.`,
  )
}

const DESKTOP = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }
const STEP = 60_000
const BOTH = { email: 'desk-both@newsroom.test', name: 'Bo Both' }
const UPDATE_HEADLINE = 'Officials give first count of injured passengers'
const PHRASE = 'at least 12 passengers'
const STATEMENT = 'At least 12 passengers were injured, officials said.'

async function api<T>(
  app: RunningNewsroom,
  method: string,
  url: string,
  token?: string,
  body?: object,
) {
  const res = await fetch(`${app.url}/api${url}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = await res.json()
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json)}`)
  return json as T
}

const login = async (app: RunningNewsroom, email: string) =>
  (
    await api<{ token: string }>(app, 'POST', '/users/login', undefined, {
      email,
      password: DEMO_PASSWORD,
    })
  ).token

async function signIn(page: Page, app: RunningNewsroom, email: string) {
  await page.goto(`${app.url}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', DEMO_PASSWORD)
  await page.click('button[type=submit]')
  await page.waitForURL(/\/admin\/?$/)
}

/** Picks an option in one of Payload's relationship selects by typing part of its title. */
async function choose(page: Page, field: string, search: string, option = search) {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.keyboard.type(search)
  await page.locator('.rs__option', { hasText: option }).first().click()
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true })

;(ready ? describe : describe.skip)('admin panel in Chromium', () => {
  let app: RunningNewsroom
  let browser: Browser
  let ownClaim: { id: number | string }
  let storyId: number | string

  beforeAll(async () => {
    fs.mkdirSync(artifacts, { recursive: true })
    app = await startNewsroom()
    browser = await launchChromium()
    // A reviewer who is also an editor writes a claim: the four-eyes rule must stop them approving it.
    const admin = await login(app, 'admin@newsroom.test')
    await api(app, 'POST', '/users', admin, {
      ...BOTH,
      password: DEMO_PASSWORD,
      roles: ['editor', 'reviewer'],
    })
    const both = await login(app, BOTH.email)
    const stories = await api<{ docs: { id: number | string }[] }>(
      app,
      'GET',
      `/stories?where[slug][equals]=${DEMO_STORY.slug}`,
      both,
    )
    storyId = stories.docs[0].id
    ownClaim = (
      await api<{ doc: { id: number | string } }>(app, 'POST', '/claims', both, {
        story: storyId,
        kind: 'statement',
        statement: 'Rail traffic to Quetta was suspended, the railway said.',
        reviewState: 'pending',
      })
    ).doc
  }, 120_000)

  /** The page of the running test; one still open after it ended is a failure's: keep a picture. */
  let current: { page: Page; name: string } | null = null
  const openPage = async (name: string) => {
    const context = await browser.newContext({ viewport: DESKTOP })
    const page = await context.newPage()
    page.setDefaultTimeout(STEP)
    current = { page, name }
    return page
  }
  afterEach(async () => {
    if (current && !current.page.isClosed()) {
      await shot(current.page, `failed-${current.name}`)
      await current.page.context().close()
    }
    current = null
  })

  afterAll(async () => {
    if (process.env.DEBUG_BROWSER_TESTS) console.log(app?.log())
    await browser?.close()
    await app?.stop()
  })

  let claimId: string

  test('an editor writes an update, records a claim by its phrase, links it inline and submits it', async () => {
    const page = await openPage('editor-journey')
    await signIn(page, app, 'editor@newsroom.test')

    await page.goto(`${app.url}/admin/collections/updates/create`)
    await choose(page, 'story', 'Jaffar', DEMO_STORY.title)
    await page.fill('#field-headline', UPDATE_HEADLINE)
    await page.locator('[data-lexical-editor="true"]').click()
    await page.keyboard.type('Officials said at least 12 passengers were injured in the attack.')
    await page.click('#action-save-draft')
    await page.waitForURL(/\/collections\/updates\/\d+/)
    const updateUrl = page.url()

    // The extractor reads the saved text.
    await page.getByRole('button', { name: 'Suggest claims' }).click()
    await page.getByText('Choose the figures to record as draft claims').waitFor()
    await page.locator('.newsroom-suggest__item', { hasText: '12 passengers' }).first().waitFor()

    await page.goto(`${app.url}/admin/collections/claims/create`)
    await choose(page, 'story', 'Jaffar', DEMO_STORY.title)
    await choose(page, 'update', 'injured', UPDATE_HEADLINE)
    await page.fill('#field-statement', STATEMENT)
    await page.locator('#field-phrase').pressSequentially(PHRASE)
    const preview = page.getByTestId('figure-preview')
    await expectText(preview.locator('[data-figure=value]'), '12')
    await expectText(preview.locator('[data-figure=lower]'), '12')
    await expectText(preview.locator('[data-figure=qualifier]'), 'at least')
    await expectText(preview.locator('[data-figure=unit]'), 'passengers')
    await page.fill('#field-metric', 'passengers-injured')
    await page.click('#action-save')
    await page.waitForURL(/\/collections\/claims\/\d+/)
    claimId = page.url().match(/claims\/(\d+)/)![1]

    // The claim reference inline block, from the editor's slash menu.
    await page.goto(updateUrl)
    const editor = page.locator('[data-lexical-editor="true"]')
    await editor.click()
    await page.keyboard.press('End')
    await page.keyboard.type(' /claim')
    await page
      .getByRole('option', { name: /Claim reference/ })
      .first()
      .click()
    await choose(page, 'claim', 'At least 12', STATEMENT)
    await page.locator('#field-claim .rs__single-value', { hasText: STATEMENT }).waitFor()
    await clickUntilGone(page.getByRole('button', { name: 'Save changes' }))
    await editor.locator('.newsroom-claim-ref', { hasText: PHRASE }).waitFor()
    await page.click('#action-save-draft')
    await page
      .getByText(/saved successfully|Updated successfully|Draft saved/i)
      .first()
      .waitFor()

    await page.goto(`${app.url}/admin/collections/claims/${claimId}`)
    await page.getByRole('button', { name: 'Submit for review' }).click()
    await page.locator('.newsroom-review-panel [data-review-state=pending]').waitFor()
    await shot(page, 'claim-view-desktop')
    await page.setViewportSize(PHONE)
    await shot(page, 'claim-view-phone')
    await page.context().close()
  }, 300_000)

  test('a reviewer finds it in the queue, is refused on their own claim and approves the editor’s', async () => {
    const page = await openPage('reviewer-journey')
    await signIn(page, app, BOTH.email)
    // The navigation links the queue (the nav itself starts collapsed).
    const link = page.locator('a.newsroom-nav-link')
    expect(await link.getAttribute('href')).toBe('/admin/review-queue')
    await page.goto(`${app.url}/admin/review-queue`)
    await page.getByRole('heading', { name: 'Review queue' }).waitFor()

    const own = page.locator(`[data-claim-id="${ownClaim.id}"]`)
    await own.getByText('Four-eyes rule: you created this claim').waitFor()
    expect(await own.getByRole('button', { name: 'Approve' }).isDisabled()).toBe(true)

    const theirs = page.locator(`[data-claim-id="${claimId}"]`)
    await theirs.getByText('Eddie Editor').first().waitFor()
    await shot(page, 'queue-desktop')
    await page.setViewportSize(PHONE)
    await shot(page, 'queue-phone')
    await page.setViewportSize(DESKTOP)

    // Keyboard only: focus the button, press Enter.
    await theirs.getByRole('button', { name: 'Approve' }).focus()
    await page.keyboard.press('Enter')
    await theirs.waitFor({ state: 'detached' })
    await page.context().close()
  }, 300_000)

  test('the public API serves the approved claim, and the story shows it among the figures', async () => {
    const story = await fetch(`${app.url}/api/public/stories/${DEMO_STORY.slug}`).then((r) =>
      r.text(),
    )
    expect(story).toContain(STATEMENT)

    const page = await openPage('public-and-comparison')
    await signIn(page, app, 'editor@newsroom.test')
    await page.goto(`${app.url}/admin/collections/stories/${storyId}`)
    const metric = page.locator('[data-metric="passengers-injured"]')
    await metric.locator('[data-review-state=approved]').waitFor()
    await page.locator('[data-metric="passengers-on-train"] .newsroom-conflict').waitFor()
    await shot(page, 'comparison-desktop')
    await page.setViewportSize(PHONE)
    await shot(page, 'comparison-phone')
    await page.context().close()
  }, 300_000)
})

/**
 * Clicks a drawer's submit button until the drawer closes: a click that lands while the drawer's
 * form is still fetching its state after a change is dropped by Payload.
 */
async function clickUntilGone(button: ReturnType<Page['locator']>) {
  for (let attempt = 1; ; attempt++) {
    await button.click()
    try {
      await button.waitFor({ state: 'hidden', timeout: 10_000 })
      return
    } catch (err) {
      if (attempt === 3) throw err
    }
  }
}

async function expectText(locator: ReturnType<Page['locator']>, text: string) {
  await locator.waitFor()
  expect((await locator.textContent())?.trim()).toBe(text)
}
