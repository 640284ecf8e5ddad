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

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
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
]
const grave = (v: AxeViolation) => v.impact === 'serious' || v.impact === 'critical'
const describeViolation = (v: AxeViolation) =>
  `${v.impact} ${v.id}: ${v.help} (${v.nodes
    .map((n) => n.target.join(' '))
    .slice(0, 4)
    .join('; ')})`

/**
 * axe-core's scan of the page as it is, twice: the plugin's components (any serious or critical
 * violation fails the journey) and the whole page, Payload's own UI included (reported).
 */
async function axeScan(page: Page, name: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ content: AXE_SOURCE })
  const run = (include: string[] | null) =>
    page.evaluate(async (include) => {
      type Axe = { run: (ctx: unknown, o: object) => Promise<{ violations: unknown }> }
      const axe = (window as unknown as { axe: Axe }).axe
      const present = include?.filter((s) => document.querySelector(s))
      const context = include ? { include: present?.map((s) => [s]) ?? [] } : document
      if (include && !present?.length) return []
      return (await axe.run(context, { resultTypes: ['violations'] })).violations
    }, include) as Promise<AxeViolation[]>
  const ours = await run(OURS)
  const whole = await run(null)
  axeReport[name] = {
    ours: ours.filter(grave).map(describeViolation),
    minorOurs: ours.filter((v) => !grave(v)).map((v) => `${v.impact} ${v.id}`),
    wholePage: whole.filter(grave).map(describeViolation),
  }
}
const axeReport: Record<string, { ours: string[]; minorOurs: string[]; wholePage: string[] }> = {}

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
    ownClaim = (
      await api<{ doc: Claim }>(app, 'POST', '/claims', both, {
        story: storyId,
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
        problems.push(`${name}: console.${m.type()} ${m.text()} (${page.url()})`)
      }
    })
    page.on('pageerror', (e) => problems.push(`${name}: page error ${e.message} (${page.url()})`))
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
        `axe-core: ${JSON.stringify(axeReport, null, 2)}`,
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

    // Filters: by story and by state.
    await page.getByTestId('queue-state-filter').selectOption('approved')
    await page.locator(`[data-claim-id="${ids.injured}"]`).waitFor()
    await page.getByTestId('queue-story-filter').selectOption(String(storyId))
    expect(await page.locator('.newsroom-queue__list > li').count()).toBeGreaterThan(1)
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
    await page
      // A drawn point: the first scatter layer holds the interval segments, which may be empty.
      .locator('[data-timeline-metric="passengers-on-train"] [data-point-state]')
      .first()
      .waitFor()
    await axeScan(page, 'story desk')
    await page.getByTestId('figure-timeline').scrollIntoViewIfNeeded()
    await shots(page, 'story-desk')

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

  test('the whole day logged no console error or warning, no page error and no Next issues badge', () => {
    expect(problems).toEqual([])
  })

  test('axe-core finds no serious or critical violation in the newsroom’s screens', () => {
    expect(Object.keys(axeReport).sort()).toEqual([
      'claim edit view (editor)',
      'claim edit view (retracting)',
      'review queue',
      'story desk',
      'update editor',
    ])
    expect(Object.fromEntries(Object.entries(axeReport).map(([k, v]) => [k, v.ours]))).toEqual(
      Object.fromEntries(Object.keys(axeReport).map((k) => [k, []])),
    )
  })
})
