/**
 * A reviewer's and an editor's day in the admin panel, in a real browser (Debian's Chromium through
 * playwright-core) against the built panel served by the production server. Every review action is
 * taken from each place it is offered (claim edit view, review queue, story desk) and its result is
 * read back through the REST API. Any console error or warning, uncaught page error or Next issues
 * badge fails the test; axe-core (injected) scans the queue, the claim edit view, the story desk and
 * the update editor for serious or critical violations. Needs `npm run build:app` and chromium; skipped
 * otherwise. Screenshots (1280×800 and 390×844) go to tests/artifacts/.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Browser, Page } from 'playwright-core'

import { DEMO_PASSWORD, DEMO_STORY } from '../../demo/seed/demoStory.js'
import { de } from '../../src/i18n/translations.js'
import { PAYLOAD_UI_AXE_ALLOWANCES } from './axeAllowList.js'
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
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8')

const DESKTOP = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }
const STEP = 60_000
const BOTH = { email: 'desk-both@newsroom.test', name: 'Bo Both' }
const EDITOR = 'editor@newsroom.test'
const REVIEWER = 'reviewer@newsroom.test'
const NEW_STORY = 'Quetta station blast'
const NEW_UPDATE = 'Blast at Quetta railway station'
const UPDATE_HEADLINE = 'Officials give first count of injured passengers'
const UPDATE_TEXT =
  'Officials said at least 12 passengers were injured in the attack. A spokesman told Reuters that 40 passengers were missing.'

type Id = number | string
type Claim = Record<string, unknown> & { id: Id }

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

/** Both sizes of one screen; the page is left at desktop size. */
async function shots(page: Page, name: string) {
  await page.screenshot({ path: path.join(artifacts, `${name}-desktop.png`), fullPage: true })
  await page.setViewportSize(PHONE)
  await page.waitForTimeout(300)
  await page.screenshot({ path: path.join(artifacts, `${name}-phone.png`), fullPage: true })
  await page.setViewportSize(DESKTOP)
}

/** Where the plugin's own components render: these must have no serious or critical violation. */
const OURS = [
  '.newsroom-review-panel',
  '.newsroom-queue',
  '.newsroom-desk',
  '.newsroom-suggest',
  '.newsroom-person',
  '.newsroom-figure-preview',
  '.newsroom-dashboard-card',
  '.newsroom-nav-link',
  '.newsroom-cell',
]

interface AxeFinding {
  rule: string
  impact: string
  help: string
  target: string
  ours: boolean
  /** Index into PAYLOAD_UI_AXE_ALLOWANCES of the entry that covers it, or -1. */
  allowedBy: number
}

/**
 * axe-core's scan of the whole page as it is. Every serious or critical violation, element by
 * element, must be in Payload's own UI and on the allow-list (tests/browser/axeAllowList.ts); one in
 * the newsroom's components fails even if an entry would cover it, and so does an unlisted one.
 */
async function axeScan(page: Page, name: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ content: AXE_SOURCE })
  const findings = (await page.evaluate(
    async ({ ours, allow }) => {
      type Node = { target: (string | string[])[] }
      type Violation = { id: string; impact: string | null; help: string; nodes: Node[] }
      type Axe = { run: (ctx: unknown, o: object) => Promise<{ violations: Violation[] }> }
      const axe = (window as unknown as { axe: Axe }).axe
      const { violations } = await axe.run(document, { resultTypes: ['violations'] })
      return violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .flatMap((v) =>
          v.nodes.map((n) => {
            const last = n.target[n.target.length - 1]
            const el = document.querySelector(Array.isArray(last) ? last[last.length - 1] : last)
            return {
              rule: v.id,
              impact: v.impact ?? '',
              help: v.help,
              target: n.target.flat().join(' '),
              ours: !!el && ours.some((s) => el.closest(s)),
              allowedBy: el
                ? allow.findIndex((a) => a.rule === v.id && el.matches(a.selector))
                : -1,
            }
          }),
        )
    },
    {
      ours: OURS,
      allow: PAYLOAD_UI_AXE_ALLOWANCES.map(({ rule, selector }) => ({ rule, selector })),
    },
  )) as AxeFinding[]
  const say = (f: AxeFinding) => `${f.impact} ${f.rule}: ${f.help} (${f.target})`
  for (const f of findings) if (!f.ours && f.allowedBy >= 0) axeAllowancesUsed.add(f.allowedBy)
  axeReport[name] = {
    ours: findings.filter((f) => f.ours).map(say),
    unlisted: findings.filter((f) => !f.ours && f.allowedBy < 0).map(say),
    allowed: findings.filter((f) => !f.ours && f.allowedBy >= 0).length,
  }
}
const axeReport: Record<string, { ours: string[]; unlisted: string[]; allowed: number }> = {}
const axeAllowancesUsed = new Set<number>()

/** Waits until the claim, read through the API, has what `check` wants. */
async function until(
  app: RunningNewsroom,
  token: string,
  id: Id,
  check: (c: Claim) => boolean,
): Promise<Claim> {
  const deadline = Date.now() + 15_000
  for (;;) {
    const claim = await api<Claim>(app, 'GET', `/claims/${id}?depth=0`, token)
    if (check(claim)) return claim
    if (Date.now() > deadline)
      throw new Error(`Claim ${id} never matched: ${JSON.stringify(claim)}`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

;(ready ? describe : describe.skip)('a day in the admin panel, in Chromium', () => {
  let app: RunningNewsroom
  let browser: Browser
  let adminToken: string
  let ownClaim: Claim
  let storyId: Id
  const startedAt = Date.now()
  /** Console errors and warnings, uncaught errors and the Next issues badge, per page. */
  const problems: string[] = []
  /** Every response of 400 or more the pages got, to say which request a console error was about. */
  const failedRequests: string[] = []

  beforeAll(async () => {
    fs.mkdirSync(artifacts, { recursive: true })
    app = await startNewsroom()
    browser = await launchChromium()
    adminToken = await login(app, 'admin@newsroom.test')
    // A reviewer who is also an editor writes a claim: the four-eyes rule must stop them approving it.
    await api(app, 'POST', '/users', adminToken, {
      ...BOTH,
      password: DEMO_PASSWORD,
      roles: ['editor', 'reviewer'],
    })
    const both = await login(app, BOTH.email)
    const stories = await api<{ docs: { id: Id }[] }>(
      app,
      'GET',
      `/stories?where[slug][equals]=${DEMO_STORY.slug}`,
      both,
    )
    storyId = stories.docs[0].id
    // In one of the story's updates, so that the story desk lists it too.
    const updates = await api<{ docs: { id: Id }[] }>(
      app,
      'GET',
      `/updates?where[story][equals]=${storyId}&sort=occurredAt&limit=1&depth=0`,
      both,
    )
    ownClaim = (
      await api<{ doc: Claim }>(app, 'POST', '/claims', both, {
        story: storyId,
        update: updates.docs[0].id,
        kind: 'statement',
        statement: 'Rail traffic to Quetta was suspended, the railway said.',
        reviewState: 'pending',
      })
    ).doc
  }, 180_000)

  let current: { page: Page; name: string } | null = null
  const openPage = async (name: string) => {
    const context = await browser.newContext({ viewport: DESKTOP })
    const page = await context.newPage()
    page.setDefaultTimeout(STEP)
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') {
        problems.push(
          `${name}: console.${m.type()} ${m.text()} [${m.location().url}] (${page.url()})`,
        )
      }
    })
    page.on('pageerror', (e) => problems.push(`${name}: page error ${e.message} (${page.url()})`))
    page.on('requestfailed', (r) =>
      failedRequests.push(
        `${name}: failed ${r.method()} ${r.url()} ${r.failure()?.errorText} (${page.url()})`,
      ),
    )
    // Chromium's console says only "Failed to load resource: 404": name the request that failed.
    page.on('response', (r) => {
      if (r.status() >= 400)
        failedRequests.push(
          `${name}: ${r.status()} ${r.request().method()} ${r.url()} (${page.url()})`,
        )
    })
    current = { page, name }
    return page
  }
  /** Next's dev overlay badge ("N issues") must never show. */
  const noIssuesBadge = async (page: Page) => {
    const badge = await page.locator('nextjs-portal, [data-nextjs-toast], [data-issues]').count()
    if (badge > 0) problems.push(`Next issues badge on ${page.url()}`)
  }
  const close = async (page: Page) => {
    await noIssuesBadge(page)
    await page.context().close()
  }
  afterEach(async () => {
    if (current && !current.page.isClosed()) {
      await current.page
        .screenshot({ path: path.join(artifacts, `failed-${current.name}.png`), fullPage: true })
        .catch(() => undefined)
      await current.page.context().close()
    }
    current = null
  })

  afterAll(async () => {
    console.log(
      `Browser journey: ${((Date.now() - startedAt) / 1000).toFixed(1)} s (server start included)\n` +
        `axe-core: ${JSON.stringify(axeReport, null, 2)}\n` +
        `allow-list entries no screen needed: ${JSON.stringify(
          PAYLOAD_UI_AXE_ALLOWANCES.filter((_, i) => !axeAllowancesUsed.has(i)).map(
            (a) => `${a.rule} ${a.selector}`,
          ),
        )}`,
    )
    if (process.env.DEBUG_BROWSER_TESTS) console.log(app?.log())
    await browser?.close()
    await app?.stop()
  })

  const ids: Record<string, Id> = {}
  let updateId: Id

  test('an editor writes an update and creates draft claims from its suggestions', async () => {
    const page = await openPage('editor-suggestions')
    const token = await login(app, EDITOR)
    await signIn(page, app, EDITOR)
    // The dashboard leads to the queue.
    await page.getByRole('link', { name: 'Open the review queue' }).waitFor()
    await axeScan(page, 'dashboard')

    await page.goto(`${app.url}/admin/collections/updates/create`)
    // Before the first save: a hint, not nothing.
    await page.getByTestId('suggest-hint').waitFor()
    await choose(page, 'story', 'Jaffar', DEMO_STORY.title)
    await page.fill('#field-headline', UPDATE_HEADLINE)
    await page.locator('[data-lexical-editor="true"]').click()
    await page.keyboard.type(UPDATE_TEXT)
    await page.click('#action-save-draft')
    await page.waitForURL(/\/collections\/updates\/\d+/)
    updateId = page.url().match(/updates\/(\d+)/)![1]

    await page.getByRole('button', { name: 'Suggest claims' }).click()
    await page.getByText('Choose the figures to record as draft claims').waitFor()
    const twelve = page.locator('.newsroom-suggest__item', { hasText: '12 passengers' }).first()
    const forty = page.locator('.newsroom-suggest__item', { hasText: '40 passengers' }).first()
    // The source comes before its verb: "a spokesman told Reuters", never "told a spokesman".
    expect(await forty.textContent()).toMatch(/spokesman told Reuters/i)
    expect(await forty.textContent()).not.toMatch(/told a spokesman/i)
    await twelve.locator('input[type=checkbox]').check()
    await forty.locator('input[type=checkbox]').check()
    await page.getByRole('button', { name: 'Create 2 selected as draft claims' }).click()
    await page.getByText('Created 2 draft claims').waitFor()
    // The page did not navigate (no nested form submitting the document as GET).
    expect(page.url()).toMatch(new RegExp(`/collections/updates/${updateId}$`))
    await axeScan(page, 'update editor')
    await shots(page, 'update-editor')

    const created = await api<{ docs: Claim[] }>(
      app,
      'GET',
      `/claims?where[update][equals]=${updateId}&depth=0&sort=createdAt`,
      token,
    )
    expect(created.docs.map((c) => [c.phrase, c.reviewState])).toEqual([
      ['at least 12 passengers', 'draft'],
      ['40 passengers', 'draft'],
    ])
    ids.injured = created.docs[0].id
    ids.missing = created.docs[1].id
    await close(page)
  }, 300_000)

  test('an editor records a figure by its phrase alone and submits claims from the edit view and the story desk', async () => {
    const page = await openPage('editor-submit')
    const token = await login(app, EDITOR)
    await signIn(page, app, EDITOR)

    // Only the phrase: the statement is written from it.
    await page.goto(`${app.url}/admin/collections/claims/create`)
    await choose(page, 'story', 'Jaffar', DEMO_STORY.title)
    await choose(page, 'update', 'injured', UPDATE_HEADLINE)
    await page.locator('#field-phrase').pressSequentially('nearly 30 passengers')
    await page.getByTestId('figure-preview').locator('[data-figure=qualifier]').waitFor()
    await page.click('#action-save')
    await page.waitForURL(/\/collections\/claims\/\d+/)
    ids.phraseOnly = page.url().match(/claims\/(\d+)/)![1]
    const phraseOnly = await api<Claim>(app, 'GET', `/claims/${ids.phraseOnly}`, token)
    expect(phraseOnly.statement).toBe('Nearly 30 passengers (unattributed).')

    // Submit from the claim's edit view.
    await page.goto(`${app.url}/admin/collections/claims/${ids.injured}`)
    await page.getByRole('button', { name: 'Submit for review' }).click()
    await page.locator('.newsroom-review-panel [data-review-state=pending]').waitFor()
    await page.getByText('Submitted for review.').waitFor()
    await until(app, token, ids.injured, (c) => c.reviewState === 'pending')
    await axeScan(page, 'claim edit view (editor)')
    await shots(page, 'claim-edit-editor')

    // Submit from the story desk.
    await page.goto(`${app.url}/admin/collections/stories/${storyId}`)
    const deskItem = page.locator(`[data-testid=story-timeline] [data-claim-id="${ids.missing}"]`)
    await deskItem.getByRole('button', { name: 'Submit for review' }).click()
    await deskItem.locator('[data-review-state=pending]').waitFor()
    await until(app, token, ids.missing, (c) => c.reviewState === 'pending')
    const phraseItem = page.locator(
      `[data-testid=story-timeline] [data-claim-id="${ids.phraseOnly}"]`,
    )
    await phraseItem.getByRole('button', { name: 'Submit for review' }).click()
    await phraseItem.locator('[data-review-state=pending]').waitFor()
    // Without a metric it is listed as such, with one read from the claim.
    const noMetric = page.locator(
      `[data-testid=figure-comparison] [data-claim-id="${ids.phraseOnly}"]`,
    )
    await noMetric.getByRole('button', { name: /Use metric “passengers”/ }).waitFor()
    await close(page)
  }, 300_000)

  test('a reviewer works the queue: four-eyes, approve by keyboard, reject with a note, all confirmed', async () => {
    const page = await openPage('reviewer-queue')
    const token = await login(app, REVIEWER)
    await signIn(page, app, BOTH.email)
    expect(await page.locator('a.newsroom-nav-link').getAttribute('href')).toBe(
      '/admin/review-queue',
    )
    await page.getByRole('link', { name: 'Open the review queue' }).click()
    await page.getByRole('heading', { name: 'Review queue' }).waitFor()

    const own = page.locator(`[data-claim-id="${ownClaim.id}"]`)
    await own.getByText('Four-eyes rule: you created this claim').waitFor()
    expect(await own.getByRole('button', { name: 'Approve' }).isDisabled()).toBe(true)

    const injured = page.locator(`[data-claim-id="${ids.injured}"]`)
    await injured.getByText('Eddie Editor').first().waitFor()
    // Oldest first: the claims submitted earlier come earlier.
    const order = await page
      .locator('.newsroom-queue__list > li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-claim-id')))
    expect(order.indexOf(String(ownClaim.id))).toBeLessThan(order.indexOf(String(ids.injured)))
    await axeScan(page, 'review queue')
    await shots(page, 'queue')

    // Keyboard only: focus the button, press Enter. The card stays and says what happened.
    await injured.getByRole('button', { name: 'Approve' }).focus()
    await page.keyboard.press('Enter')
    await injured.getByText('Approved: it is now public.').waitFor()
    await injured.locator('[data-review-state=approved]').waitFor()
    await page
      .getByTestId('queue-announcement')
      .getByText(/Approved/)
      .waitFor()
    await until(app, token, ids.injured, (c) => c.reviewState === 'approved')

    // Reject with a note: one note box, sent by its own button, not by the page's form.
    const missing = page.locator(`[data-claim-id="${ids.missing}"]`)
    await missing.getByRole('button', { name: 'Reject', exact: true }).click()
    expect(await missing.locator('textarea').count()).toBe(1)
    await missing.locator('textarea').fill('Which Reuters report? Add the link as evidence.')
    await missing.getByRole('button', { name: 'Reject with this note' }).click()
    await missing.getByText('Rejected: the editor sees your note.').waitFor()
    const rejected = await until(app, token, ids.missing, (c) => c.reviewState === 'rejected')
    expect(rejected.reviewNote).toBe('Which Reuters report? Add the link as evidence.')

    // Filters: by story and by state, on a fresh queue (cards just acted on stay in view until then).
    await page.goto(`${app.url}/admin/review-queue`)
    await page.getByTestId('queue-state-filter').selectOption('approved')
    await page.locator(`[data-claim-id="${ids.injured}"]`).waitFor()
    await page.getByTestId('queue-story-filter').selectOption(String(storyId))
    const listed = await page
      .locator('.newsroom-queue__list > li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-claim-id')).sort())
    const publicNow = await api<{ docs: Claim[] }>(
      app,
      'GET',
      `/claims?where[story][equals]=${storyId}&where[publicState][equals]=approved&where[reviewState][not_equals]=pending&depth=0&limit=100`,
      token,
    )
    expect(listed).toEqual(publicNow.docs.map((c) => String(c.id)).sort())
    expect(listed).toContain(String(ids.injured))
    await page.getByTestId('queue-state-filter').selectOption('pending')
    await page.locator(`[data-claim-id="${ownClaim.id}"]`).waitFor()
    expect(await page.locator(`[data-claim-id="${ids.injured}"]`).count()).toBe(0)
    await page.getByTestId('queue-state-filter').selectOption('approved')
    await shots(page, 'queue-approved')
    await close(page)
  }, 300_000)

  test('a reviewer retracts from the claim’s edit view with one public reason, and sees people by name', async () => {
    const page = await openPage('reviewer-retract')
    const token = await login(app, REVIEWER)
    await signIn(page, app, REVIEWER)
    await page.goto(`${app.url}/admin/collections/claims/${ids.injured}`)
    // Names, never "Untitled – ID: 2".
    await page.locator('[data-person-field=createdBy]', { hasText: 'Eddie Editor' }).waitFor()
    await page.locator('[data-person-field=approvedBy]', { hasText: 'Bo Both' }).waitFor()
    expect(await page.getByText(/Untitled/).count()).toBe(0)
    // The review note is not a field anyone types into.
    // (Payload keeps it in the form as a hidden input; no textarea is rendered for it.)
    expect(await page.locator('textarea#field-reviewNote, #field-reviewNote:visible').count()).toBe(
      0,
    )

    await page.getByRole('button', { name: 'Retract', exact: true }).click()
    const sidebarBoxes = page.locator('.newsroom-review-panel textarea')
    expect(await sidebarBoxes.count()).toBe(1)
    await sidebarBoxes.fill('The figure came from a misread statement.')
    await axeScan(page, 'claim edit view (retracting)')
    await page.getByRole('button', { name: 'Retract with this note' }).click()
    await page.locator('.newsroom-review-panel [data-review-state=retracted]').waitFor()
    expect(page.url()).toMatch(new RegExp(`/collections/claims/${ids.injured}$`))
    const retracted = await until(app, token, ids.injured, (c) => c.publicState === 'retracted')
    expect(retracted.retractionReason).toBe('The figure came from a misread statement.')
    // The public sees it as a correction.
    const story = await fetch(`${app.url}/api/public/stories/${DEMO_STORY.slug}`).then((r) =>
      r.text(),
    )
    expect(story).toContain('The figure came from a misread statement.')
    await shots(page, 'claim-retracted')
    await close(page)
  }, 300_000)

  test('an editor revises the rejected claim and supersedes an approved one from the queue', async () => {
    const page = await openPage('editor-revise-supersede')
    const token = await login(app, EDITOR)
    await signIn(page, app, EDITOR)
    await page.goto(`${app.url}/admin/collections/claims/${ids.missing}`)
    await page.getByTestId('review-note').getByText('Which Reuters report?').waitFor()
    await page.getByRole('button', { name: 'Back to draft' }).click()
    await page.locator('.newsroom-review-panel [data-review-state=draft]').waitFor()
    await until(app, token, ids.missing, (c) => c.reviewState === 'draft')

    const held = (
      await api<{ docs: Claim[] }>(
        app,
        'GET',
        `/claims?where[phrase][equals]=214 people&depth=0`,
        token,
      )
    ).docs[0]
    ids.held = held.id
    await page.goto(`${app.url}/admin/review-queue`)
    await page.getByTestId('queue-state-filter').selectOption('approved')
    const card = page.locator(`[data-claim-id="${held.id}"]`)
    await card.getByRole('button', { name: 'Supersede with a newer claim' }).click()
    await page.waitForURL((url) => !url.pathname.endsWith('review-queue'))
    await page.waitForURL(/\/collections\/claims\/\d+$/)
    ids.newer = page.url().match(/claims\/(\d+)/)![1]
    await page.locator('#field-phrase').fill('300 people')
    await page.fill('#field-statement', 'The BLA now says it is holding 300 people.')
    await page.click('#action-save')
    await page
      .getByText(/Updated successfully|saved successfully/i)
      .first()
      .waitFor()
    await page.getByRole('button', { name: 'Submit for review' }).click()
    await page.locator('.newsroom-review-panel [data-review-state=pending]').waitFor()
    const newer = await until(app, token, ids.newer, (c) => c.reviewState === 'pending')
    expect(String(newer.supersedes)).toBe(String(held.id))
    expect(newer.value).toBe(300)
    await close(page)
  }, 300_000)

  test('a reviewer approves the newer claim from the story desk: the older one is superseded, on the chart too', async () => {
    const page = await openPage('reviewer-desk')
    const token = await login(app, REVIEWER)
    await signIn(page, app, REVIEWER)
    await page.goto(`${app.url}/admin/collections/stories/${storyId}`)
    const item = page.locator(`[data-testid=story-timeline] [data-claim-id="${ids.newer}"]`)
    await item.getByRole('button', { name: 'Approve' }).click()
    await item.locator('[data-review-state=approved]').waitFor()
    await until(app, token, ids.newer, (c) => c.reviewState === 'approved')
    await until(app, token, ids.held, (c) => c.reviewState === 'superseded')

    const chart = page.locator('[data-timeline-metric="people-held-hostage"]')
    await chart.locator('[data-point-state=superseded]').waitFor()
    await chart.locator('[data-point-state=approved]').waitFor()
    // Intervals are bands, single numbers points: "nearly 500" runs from 450 to just below 500,
    // "425" is a point; "more than 100" and "at least 155" are open upwards (an arrow, no cap).
    const passengers = page.locator('[data-timeline-metric="passengers-on-train"]')
    await passengers.locator('[data-interval-ends="closed-closed"]').waitFor()
    expect(await passengers.locator('[data-interval-claim]').count()).toBe(1)
    expect(await passengers.locator('[data-point-kind=point]').count()).toBe(1)
    expect(await passengers.locator('.newsroom-chart__label').allTextContents()).toEqual(
      expect.arrayContaining(['nearly 500', '425']),
    )
    const rescued = page.locator('[data-timeline-metric="hostages-rescued"]')
    expect(await rescued.locator('[data-interval-ends="closed-open"]').count()).toBe(2)
    await axeScan(page, 'story desk')
    await page.getByTestId('figure-timeline').scrollIntoViewIfNeeded()
    await shots(page, 'story-desk')
    // The charts on their own, at both sizes, to look at.
    await page
      .getByTestId('figure-timeline')
      .screenshot({ path: path.join(artifacts, 'figure-timeline-desktop.png') })
    await page.setViewportSize(PHONE)
    await page.waitForTimeout(300)
    await page
      .getByTestId('figure-timeline')
      .screenshot({ path: path.join(artifacts, 'figure-timeline-phone.png') })
    await page.setViewportSize(DESKTOP)

    // The same data in public.
    const timeline = await fetch(
      `${app.url}/api/public/stories/${DEMO_STORY.slug}/figures/timeline`,
    ).then((r) => r.json())
    const held = timeline.metrics.find(
      (m: { metric: string }) => m.metric === 'people-held-hostage',
    )
    const states = held.series.flatMap((s: { points: { claim: Id; state: string }[] }) =>
      s.points.map((p) => [String(p.claim), p.state]),
    )
    expect(states).toEqual(
      expect.arrayContaining([
        [String(ids.held), 'superseded'],
        [String(ids.newer), 'approved'],
      ]),
    )
    await close(page)
  }, 300_000)

  test('a reviewer approves and rejects from the edit view, rejects and retracts at the story desk, and retracts from the queue', async () => {
    const page = await openPage('reviewer-everywhere')
    const token = await login(app, REVIEWER)
    await signIn(page, app, REVIEWER)
    const panel = page.locator('.newsroom-review-panel')

    // Approve from the edit view: the phrase-only figure the editor submitted at the desk.
    await page.goto(`${app.url}/admin/collections/claims/${ids.phraseOnly}`)
    await panel.getByRole('button', { name: 'Approve', exact: true }).click()
    await panel.locator('[data-review-state=approved]').waitFor()
    await page.getByText('Approved: it is now public.').waitFor()
    await until(app, token, ids.phraseOnly, (c) => c.reviewState === 'approved')

    // Reject from the edit view: a pending claim of the demo story, with one note box.
    const pending = (
      await api<{ docs: Claim[] }>(
        app,
        'GET',
        `/claims?where[statement][like]=suicide bombers&where[reviewState][equals]=pending&depth=0`,
        token,
      )
    ).docs[0]
    await page.goto(`${app.url}/admin/collections/claims/${pending.id}`)
    await panel.getByRole('button', { name: 'Reject', exact: true }).click()
    expect(await panel.locator('textarea').count()).toBe(1)
    await panel.locator('textarea').fill('Only one outlet has this; wait for a second source.')
    await panel.getByRole('button', { name: 'Reject with this note' }).click()
    await panel.locator('[data-review-state=rejected]').waitFor()
    expect(page.url()).toMatch(new RegExp(`/collections/claims/${pending.id}$`))
    const rejectedHere = await until(app, token, pending.id, (c) => c.reviewState === 'rejected')
    expect(rejectedHere.reviewNote).toBe('Only one outlet has this; wait for a second source.')

    // At the story desk: reject the claim Bo Both wrote (another reviewer may), retract a public one.
    await page.goto(`${app.url}/admin/collections/stories/${storyId}`)
    const own = page.locator(`[data-testid=story-timeline] [data-claim-id="${ownClaim.id}"]`)
    await own.getByRole('button', { name: 'Reject', exact: true }).click()
    await own.locator('textarea').fill('Say which railway official, and link the notice.')
    await own.getByRole('button', { name: 'Reject with this note' }).click()
    await own.locator('[data-review-state=rejected]').waitFor()
    const rejectedAtDesk = await until(app, token, ownClaim.id, (c) => c.reviewState === 'rejected')
    expect(rejectedAtDesk.reviewNote).toBe('Say which railway official, and link the notice.')

    const drone = (
      await api<{ docs: Claim[] }>(
        app,
        'GET',
        `/claims?where[statement][like]=military drone&depth=0`,
        token,
      )
    ).docs[0]
    expect(drone.publicState).toBe('approved')
    const droneItem = page.locator(`[data-testid=story-timeline] [data-claim-id="${drone.id}"]`)
    await droneItem.getByRole('button', { name: 'Retract', exact: true }).click()
    await droneItem.locator('textarea').fill('No evidence of a downed drone was ever shown.')
    await droneItem.getByRole('button', { name: 'Retract with this note' }).click()
    await droneItem.locator('[data-review-state=retracted]').waitFor()
    const droneNow = await until(app, token, drone.id, (c) => c.publicState === 'retracted')
    expect(droneNow.retractionReason).toBe('No evidence of a downed drone was ever shown.')

    // From the queue: retract the newer hostage figure approved at the desk.
    await page.goto(`${app.url}/admin/review-queue`)
    await page.getByTestId('queue-state-filter').selectOption('approved')
    const card = page.locator(`[data-claim-id="${ids.newer}"]`)
    await card.getByRole('button', { name: 'Retract', exact: true }).click()
    expect(await card.locator('textarea').count()).toBe(1)
    await card.locator('textarea').fill('The BLA withdrew the figure of 300.')
    await card.getByRole('button', { name: 'Retract with this note' }).click()
    await card.getByText('Retracted: the public sees it as a correction').waitFor()
    const newerNow = await until(app, token, ids.newer, (c) => c.publicState === 'retracted')
    expect(newerNow.retractionReason).toBe('The BLA withdrew the figure of 300.')
    await close(page)
  }, 300_000)

  test('an editor supersedes from the edit view, revises at the desk, starts a story with an update and a claim; the claims list names every story', async () => {
    const page = await openPage('editor-story')
    const token = await login(app, EDITOR)
    await signIn(page, app, EDITOR)

    // Supersede from the edit view, with a range this time.
    await page.goto(`${app.url}/admin/collections/claims/${ids.phraseOnly}`)
    await page.getByRole('button', { name: 'Supersede with a newer claim' }).click()
    await page.waitForURL((url) => !url.pathname.endsWith(`/claims/${ids.phraseOnly}`))
    await page.waitForURL(/\/collections\/claims\/\d+$/)
    const rangeId = page.url().match(/claims\/(\d+)/)![1]
    await page.locator('#field-phrase').fill('between 30 and 40 passengers')
    await page.locator('#field-metric').fill('passengers-injured')
    await page.fill(
      '#field-statement',
      'Between 30 and 40 passengers were hurt, officials now say.',
    )
    await page.click('#action-save')
    await page
      .getByText(/Updated successfully|saved successfully/i)
      .first()
      .waitFor()
    const range = await until(app, token, rangeId, (c) => c.qualifier === 'range')
    expect([range.lower, range.upper, String(range.supersedes)]).toEqual([
      30,
      40,
      String(ids.phraseOnly),
    ])

    // Revise at the desk: back to draft for the claim the reviewer rejected there. The range is
    // drawn as a band with both ends.
    await page.goto(`${app.url}/admin/collections/stories/${storyId}`)
    const own = page.locator(`[data-testid=story-timeline] [data-claim-id="${ownClaim.id}"]`)
    await own.getByRole('button', { name: 'Back to draft' }).click()
    await own.locator('[data-review-state=draft]').waitFor()
    await until(app, token, ownClaim.id, (c) => c.reviewState === 'draft')
    const injured = page.locator('[data-timeline-metric="passengers-injured"]')
    await injured
      .locator(`[data-interval-claim="${rangeId}"][data-interval-ends="closed-closed"]`)
      .waitFor()
    expect(await injured.locator('.newsroom-chart__label').allTextContents()).toEqual(
      expect.arrayContaining(['30–40', 'at least 12']),
    )
    await injured.screenshot({ path: path.join(artifacts, 'figure-timeline-range.png') })

    // A new story, published from its create view.
    await page.goto(`${app.url}/admin/collections/stories/create`)
    await page.fill('#field-title', NEW_STORY)
    await axeScan(page, 'story editor (new)')
    await page.click('#action-save')
    await page.waitForURL(/\/collections\/stories\/\d+/)
    const newStoryId = page.url().match(/stories\/(\d+)/)![1]
    const story = await api<Claim>(app, 'GET', `/stories/${newStoryId}?depth=0`, token)
    expect([story.title, story.slug, story._status]).toEqual([
      NEW_STORY,
      'quetta-station-blast',
      'published',
    ])

    // An update on it, published.
    await page.goto(`${app.url}/admin/collections/updates/create`)
    await choose(page, 'story', 'Quetta', NEW_STORY)
    await page.fill('#field-headline', NEW_UPDATE)
    await page.locator('[data-lexical-editor="true"]').click()
    await page.keyboard.type('Police said a blast hit the platform at Quetta railway station.')
    await page.click('#action-save')
    await page.waitForURL(/\/collections\/updates\/\d+/)
    const newUpdateId = page.url().match(/updates\/(\d+)/)![1]
    const update = await api<Claim>(app, 'GET', `/updates/${newUpdateId}?depth=0`, token)
    expect([String(update.story), update.headline, update._status]).toEqual([
      newStoryId,
      NEW_UPDATE,
      'published',
    ])

    // A statement claim on it.
    await page.goto(`${app.url}/admin/collections/claims/create`)
    await choose(page, 'story', 'Quetta', NEW_STORY)
    await choose(page, 'update', 'Blast', NEW_UPDATE)
    await choose(page, 'kind', 'State', 'Statement')
    await page.fill('#field-statement', 'Police said the blast hit the platform.')
    await page.click('#action-save')
    await page.waitForURL(/\/collections\/claims\/\d+/)
    const addedId = page.url().match(/claims\/(\d+)/)![1]
    const added = await api<Claim>(app, 'GET', `/claims/${addedId}?depth=0`, token)
    expect([String(added.story), String(added.update), added.kind, added.reviewState]).toEqual([
      newStoryId,
      newUpdateId,
      'statement',
      'draft',
    ])

    // The claims list, at phone size (rows below the fold too): each row names its story, as the API.
    await page.setViewportSize(PHONE)
    await page.goto(`${app.url}/admin/collections/claims?limit=100`)
    await page.locator('tbody tr .cell-story').first().waitFor()
    const rows = await page.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr
          .querySelector('a[href*="/collections/claims/"]')
          ?.getAttribute('href')
          ?.split('/')
          .pop(),
        story: tr.querySelector('.cell-story')?.textContent?.trim(),
      })),
    )
    const all = await api<{ docs: (Claim & { story: { title: string } })[] }>(
      app,
      'GET',
      '/claims?limit=100&depth=1',
      token,
    )
    const titles = new Map(all.docs.map((c) => [String(c.id), c.story.title]))
    expect(rows.length).toBe(all.docs.length)
    expect(rows.map((r) => r.story)).toEqual(rows.map((r) => titles.get(String(r.id))))
    expect(rows.find((r) => r.id === addedId)?.story).toBe(NEW_STORY)
    expect(await page.getByText('<No Story>').count()).toBe(0)
    await page.setViewportSize(DESKTOP)
    await axeScan(page, 'claims list')
    await shots(page, 'claims-list')
    await close(page)
  }, 300_000)

  test('the admin speaks German to a German browser: the queue, the story desk, a claim', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'de-DE' })
    const page = await context.newPage()
    page.setDefaultTimeout(STEP)
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning')
        problems.push(`german: console.${m.type()} ${m.text()} (${page.url()})`)
    })
    page.on('pageerror', (e) => problems.push(`german: page error ${e.message} (${page.url()})`))
    current = { page, name: 'german' }
    await signIn(page, app, REVIEWER)
    await page.getByRole('link', { name: de.dashboardOpenQueue }).waitFor()
    await page.goto(`${app.url}/admin/review-queue`)
    await page.getByRole('heading', { name: de.queueTitle, level: 1 }).waitFor()
    await page.getByText(de.queueIntro).waitFor()
    await axeScan(page, 'review queue (German)')
    await shots(page, 'review-queue-de')
    await page.goto(`${app.url}/admin/collections/stories/${storyId}`)
    await page.getByRole('heading', { name: de.deskFiguresTitle }).waitFor()
    await page.getByRole('heading', { name: de.deskChartTitle }).waitFor()
    await page.getByTestId('figure-timeline').getByText(de.chartKeyNotYetApproved).waitFor()
    await axeScan(page, 'story desk (German)')
    await page.getByTestId('figure-timeline').scrollIntoViewIfNeeded()
    await shots(page, 'story-desk-de')
    await page.goto(`${app.url}/admin/collections/claims/${ids.phraseOnly}`)
    await page.getByText(de.reviewHeading, { exact: true }).waitFor()
    await page
      .locator('.newsroom-review-panel [data-review-state]')
      .getByText(de.stateApproved)
      .waitFor()
    await shots(page, 'claim-de')
    await close(page)
  }, 300_000)

  test('the whole day logged no console error or warning, no page error and no Next issues badge', () => {
    // With the failed requests beside them, a console error names its request.
    expect(problems.length ? [...problems, ...failedRequests] : []).toEqual([])
  })

  test('axe-core: no serious or critical violation in the newsroom’s components, and Payload’s only as listed', () => {
    expect(Object.keys(axeReport).sort()).toEqual([
      'claim edit view (editor)',
      'claim edit view (retracting)',
      'claims list',
      'dashboard',
      'review queue',
      'review queue (German)',
      'story desk',
      'story desk (German)',
      'story editor (new)',
      'update editor',
    ])
    const grave = Object.fromEntries(
      Object.entries(axeReport).map(([k, v]) => [k, [...v.ours, ...v.unlisted]]),
    )
    expect(grave).toEqual(Object.fromEntries(Object.keys(axeReport).map((k) => [k, []])))
  })
})
