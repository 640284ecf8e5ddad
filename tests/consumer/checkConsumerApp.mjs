/* global console, process, performance, fetch, document, getComputedStyle */
/**
 * Checks a running consumer app (tests/consumer-app under `next start`) over HTTP and in Chromium, as
 * its newsroom would use it. Usage: node checkConsumerApp.mjs <baseUrl> <plain|custom>
 * Prints one line per check ("ok: ..." or "FAILED: ...") with its time, and exits 1 if any failed.
 */
import { Validator } from '@seriousme/openapi-schema-validator'
import { chromium } from 'playwright-core'

const [base, variant = 'plain'] = process.argv.slice(2)
const custom = variant === 'custom'
const users = custom ? 'staff' : 'users'
const s = custom
  ? { stories: 'articles', updates: 'dispatches', claims: 'assertions', sources: 'informants' }
  : { stories: 'stories', updates: 'updates', claims: 'claims', sources: 'sources' }
const PASSWORD = 'consumer-password-1'
const results = []

async function check(name, fn) {
  const started = performance.now()
  try {
    await fn()
    results.push({ name, ok: true })
    console.log(`ok: ${variant}: ${name} (${Math.round(performance.now() - started)} ms)`)
  } catch (err) {
    results.push({ name, ok: false })
    console.log(`FAILED: ${variant}: ${name}: ${err?.stack ?? err}`)
  }
}
function expect(condition, message) {
  if (!condition) throw new Error(message)
}

const tokens = {}
async function api(method, path, { as, body, headers = {} } = {}) {
  const init = {
    method,
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(as ? { Authorization: `JWT ${tokens[as]}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  }
  let res
  try {
    res = await fetch(`${base}/api${path}`, init)
  } catch (err) {
    // A kept-alive connection the server closed as it was reused ("fetch failed"): a GET once more.
    if (method !== 'GET') throw err
    res = await fetch(`${base}/api${path}`, init)
  }
  const text = await res.text()
  let json = null
  try {
    json = JSON.parse(text)
  } catch {
    // Not JSON (a feed, an empty 304): `text` has it.
  }
  return { status: res.status, headers: res.headers, text, json }
}
const is = (res, status, what) =>
  expect(
    res.status === status,
    `${what}: expected ${status}, got ${res.status} ${res.text.slice(0, 300)}`,
  )

async function login(who, email) {
  const res = await api('POST', `/${users}/login`, { body: { email, password: PASSWORD } })
  is(res, 200, `login ${who}`)
  tokens[who] = res.json.token
  return res.json.user
}

const ids = {}
const slug = `harbour-line-${variant}`

await check('first user registers and is admin', async () => {
  const res = await api('POST', `/${users}/first-register`, {
    body: { email: 'chief@consumer.test', password: PASSWORD, confirmPassword: PASSWORD },
  })
  is(res, 200, 'first-register')
  const user = await login('admin', 'chief@consumer.test')
  expect(user.roles?.includes('admin'), `first user roles: ${JSON.stringify(user.roles)}`)
  if (custom) expect(user.byline === 'chief', `the app's own hook ran: byline ${user.byline}`)
})

await check(
  'roles: the admin adds an editor, a reviewer and an editor-reviewer; only admins set roles',
  async () => {
    for (const [who, roles] of [
      ['editor', ['editor']],
      ['reviewer', ['reviewer']],
      ['both', ['editor', 'reviewer']],
    ]) {
      const email = `${who}@consumer.test`
      is(
        await api('POST', `/${users}`, { as: 'admin', body: { email, password: PASSWORD, roles } }),
        201,
        `create ${who}`,
      )
      const user = await login(who, email)
      expect(
        JSON.stringify(user.roles) === JSON.stringify(roles),
        `${who} roles ${JSON.stringify(user.roles)}`,
      )
    }
    const res = await api(
      'PATCH',
      `/${users}/${(await api('GET', `/${users}/me`, { as: 'editor' })).json.user.id}`,
      {
        as: 'editor',
        body: { roles: ['admin'] },
      },
    )
    const me = (await api('GET', `/${users}/me`, { as: 'editor' })).json.user
    expect(!me.roles.includes('admin'), `an editor made themself admin (${res.status})`)
    if (custom) is(await api('GET', `/${users}`), 403, "the app's own read rule on staff")
  },
)

await check('an editor creates a source, a story and an update', async () => {
  const source = await api('POST', `/${s.sources}`, {
    as: 'editor',
    body: { name: 'Northern Rail Authority', kind: 'government' },
  })
  is(source, 201, 'source')
  ids.source = source.json.doc.id
  const story = await api('POST', `/${s.stories}`, {
    as: 'editor',
    body: { title: `Harbour Line ${variant}`, slug, _status: 'published' },
  })
  is(story, 201, 'story')
  ids.story = story.json.doc.id
  const update = await api('POST', `/${s.updates}`, {
    as: 'editor',
    body: {
      story: ids.story,
      headline: 'Night train leaves the rails',
      kind: 'development',
      occurredAt: new Date().toISOString(),
    },
  })
  is(update, 201, 'update')
  ids.update = update.json.doc.id
})

const newClaim = async (as, phrase) => {
  const res = await api('POST', `/${s.claims}`, {
    as,
    body: {
      story: ids.story,
      update: ids.update,
      kind: 'figure',
      statement: `The authority said ${phrase} were on board.`,
      phrase,
      metric: 'passengers-on-board',
      source: ids.source,
      verb: 'said',
    },
  })
  is(res, 201, `claim ${phrase}`)
  return res.json.doc
}

await check('a phrase-only figure claim is filled from its phrase and submitted', async () => {
  const claim = await newClaim('editor', 'nearly 400 passengers')
  expect(
    claim.value === 400 && claim.upper === 400 && claim.qualifier === 'nearly',
    `figure ${JSON.stringify(claim)}`,
  )
  expect(claim.reviewState === 'draft', `state ${claim.reviewState}`)
  ids.claim = claim.id
  is(await api('POST', `/${s.claims}/${claim.id}/submit`, { as: 'editor' }), 200, 'submit')
})

await check('the four-eyes rule refuses an author approving their own claim', async () => {
  const own = await newClaim('both', 'at least 120 people')
  is(await api('POST', `/${s.claims}/${own.id}/submit`, { as: 'both' }), 200, 'submit own')
  const res = await api('POST', `/${s.claims}/${own.id}/approve`, { as: 'both' })
  expect(res.status >= 400 && res.status < 500, `approving one's own claim: ${res.status}`)
  is(
    await api('POST', `/${s.claims}/${own.id}/approve`, { as: 'editor' }),
    403,
    'an editor approving',
  )
})

await check('a reviewer approves it', async () => {
  is(await api('POST', `/${s.claims}/${ids.claim}/approve`, { as: 'reviewer' }), 200, 'approve')
  const claim = (await api('GET', `/${s.claims}/${ids.claim}`, { as: 'reviewer' })).json
  expect(claim.reviewState === 'approved', `state ${claim.reviewState}`)
})

await check('the public story, figures and timeline serve only what was approved', async () => {
  const story = await api('GET', `/public/stories/${slug}`)
  is(story, 200, 'story')
  expect(story.text.includes('nearly 400 passengers'), 'the approved claim is public')
  expect(!story.text.includes('at least 120 people'), 'a pending claim is not public')
  const figures = await api('GET', `/public/stories/${slug}/figures`)
  is(figures, 200, 'figures')
  expect(figures.text.includes('nearly 400 passengers'), 'figures hold the claim')
  is(await api('GET', `/public/stories/${slug}/timeline`), 200, 'timeline')
  is(await api('GET', '/public/stories/no-such-story'), 404, 'unknown story')
})

await check('feeds and JSON-LD', async () => {
  const json = await api('GET', `/public/stories/${slug}/feed.json`)
  is(json, 200, 'feed.json')
  expect(json.json?.version?.startsWith('https://jsonfeed.org/version/'), 'a JSON Feed')
  const atom = await api('GET', `/public/stories/${slug}/feed.atom`)
  is(atom, 200, 'feed.atom')
  expect(/<feed[^>]+xmlns="http:\/\/www.w3.org\/2005\/Atom"/.test(atom.text), 'an Atom feed')
  const ld = await api('GET', `/public/stories/${slug}/jsonld`)
  is(ld, 200, 'jsonld')
  expect(ld.json?.['@context'], 'JSON-LD has a @context')
})

await check(
  "an anonymous source's name is not readable anonymously, in REST or the public API",
  async () => {
    const name = 'Ines Calloway of the harbour office'
    const source = await api('POST', `/${s.sources}`, {
      as: 'editor',
      body: {
        name,
        kind: 'official',
        anonymous: true,
        publicDescription: 'a harbour official',
        anonymityReason: 'Not authorised to speak to the press.',
        positionToKnow: 'Keeps the harbour log.',
      },
    })
    is(source, 201, 'anonymous source')
    const claim = await api('POST', `/${s.claims}`, {
      as: 'editor',
      body: {
        story: ids.story,
        update: ids.update,
        kind: 'statement',
        statement: 'The night train had been signalled through against a red light.',
        source: source.json.doc.id,
        verb: 'said',
      },
    })
    is(claim, 201, 'claim of the anonymous source')
    is(
      await api('POST', `/${s.claims}/${claim.json.doc.id}/submit`, { as: 'editor' }),
      200,
      'submit',
    )
    is(
      await api('POST', `/${s.claims}/${claim.json.doc.id}/approve`, { as: 'reviewer' }),
      200,
      'approve',
    )
    const reads = [
      await api('GET', `/${s.sources}/${source.json.doc.id}`),
      await api('GET', `/${s.sources}?limit=100`),
      await api('GET', `/${s.claims}?depth=2&limit=100`),
      await api('GET', `/public/stories/${slug}`),
      await api('GET', `/public/stories/${slug}/feed.json`),
      await api('GET', `/public/stories/${slug}/jsonld`),
    ]
    const story = reads[3]
    is(story, 200, 'public story')
    expect(story.text.includes('a harbour official'), 'the public description is public')
    for (const res of reads) {
      expect(res.status < 500, `${res.status} ${res.text.slice(0, 200)}`)
      expect(!res.text.includes('Calloway'), `the name leaked: ${res.text.slice(0, 300)}`)
      expect(!res.text.includes('Not authorised'), 'the reason for anonymity leaked')
    }
    const staff = await api('GET', `/${s.sources}/${source.json.doc.id}`, { as: 'editor' })
    expect(staff.json?.name === name, `staff read the name: ${staff.text.slice(0, 200)}`)
  },
)

await check('the admin panel answers 200 without a server error', async () => {
  for (const path of ['/admin/login', '/admin']) {
    const res = await fetch(`${base}${path}`, { redirect: 'manual' })
    const text = await res.text()
    expect(
      res.status === 200 || (path === '/admin' && res.status >= 300 && res.status < 400),
      `${path}: ${res.status}`,
    )
    expect(!/Internal Server Error|Application error/.test(text), `${path}: a server error page`)
  }
  const signedIn = await fetch(`${base}/admin/collections/${s.claims}`, {
    headers: { Cookie: `payload-token=${tokens.reviewer}` },
  })
  const text = await signedIn.text()
  is({ status: signedIn.status, text }, 200, `/admin/collections/${s.claims} signed in`)
  expect(
    !/Internal Server Error|Application error/.test(text),
    'the list view is a server error page',
  )
})

await check('the OpenAPI document is valid', async () => {
  const doc = await api('GET', '/public/openapi.json')
  is(doc, 200, 'openapi.json')
  const result = await new Validator().validate(doc.json)
  expect(result.valid, `OpenAPI: ${JSON.stringify(result.errors ?? null).slice(0, 500)}`)
})

await check('ETag and 304, gzip when asked', async () => {
  const first = await api('GET', `/public/stories/${slug}/figures`)
  const etag = first.headers.get('etag')
  expect(etag, 'an ETag')
  const again = await api('GET', `/public/stories/${slug}/figures`, {
    headers: { 'If-None-Match': etag },
  })
  is(again, 304, 'conditional GET')
  // The story: bodies under 1 KB (the figures of so small a story may be) are sent as they are.
  const raw = await fetch(`${base}/api/public/stories/${slug}`, {
    headers: { 'Accept-Encoding': 'gzip' },
  })
  expect(
    raw.headers.get('content-encoding') === 'gzip',
    `content-encoding ${raw.headers.get('content-encoding')}`,
  )
  expect((await raw.text()).includes('nearly 400 passengers'), 'the gzipped body reads back')
})

/** Chromium's look of a `<button>` no stylesheet touches (its `buttonface` grey). */
const UNSTYLED_BUTTON_BACKGROUND = 'rgb(239, 239, 239)'

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
const page = await browser.newPage()
const errors = []
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
page.on('pageerror', (e) => errors.push(String(e)))
const stylesheets = []
page.on('response', (res) => {
  if (res.request().resourceType() === 'stylesheet')
    stylesheets.push({ url: res.url(), status: res.status() })
})

await check(
  "in Chromium, the admin's stylesheets load (200) and Payload's styles apply to the login form",
  async () => {
    await page.goto(`${base}/admin/login`)
    await page.locator('button[type="submit"]').waitFor({ timeout: 60_000 })
    expect(stylesheets.length > 0, 'the login page requested no stylesheet')
    const bad = stylesheets.filter((s) => s.status !== 200)
    expect(bad.length === 0, `stylesheets not 200: ${JSON.stringify(bad)}`)
    const look = await page.evaluate(() => {
      const button = document.querySelector('button[type="submit"]')
      const style = button ? getComputedStyle(button) : null
      return {
        // Payload's theme variables, defined by its CSS on the root element.
        themeVariable: getComputedStyle(document.documentElement)
          .getPropertyValue('--theme-elevation-800')
          .trim(),
        buttonClass: button?.className ?? '',
        buttonBackground: style?.backgroundColor,
        buttonFont: style?.fontFamily,
        bodyFont: getComputedStyle(document.body).fontFamily,
      }
    })
    expect(look.themeVariable !== '', `no --theme-elevation-800 on :root: ${JSON.stringify(look)}`)
    expect(
      /\bbtn--style-primary\b/.test(look.buttonClass) &&
        look.buttonBackground !== UNSTYLED_BUTTON_BACKGROUND &&
        look.buttonBackground !== 'rgba(0, 0, 0, 0)',
      `the submit button is not Payload's primary button: ${JSON.stringify(look)}`,
    )
    expect(!/^"?Times/.test(look.bodyFont), `the body has the browser's serif: ${look.bodyFont}`)
  },
)

await check(
  'in Chromium, /admin/review-queue renders the newsroom queue, styled, and a reviewer approves from it',
  async () => {
    const pending = await newClaim('editor', '312 tickets')
    is(await api('POST', `/${s.claims}/${pending.id}/submit`, { as: 'editor' }), 200, 'submit')
    await page.locator('input[name="email"]').fill('reviewer@consumer.test')
    await page.locator('input[name="password"]').fill(PASSWORD)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
    await page.goto(`${base}/admin/review-queue`)
    await page.getByRole('heading', { name: 'Review queue' }).waitFor({ timeout: 60_000 })
    const card = page.locator(`[data-claim-id="${pending.id}"]`)
    await card.waitFor({ timeout: 30_000 })
    const approve = card.getByRole('button', { name: 'Approve' })
    // The plugin's own stylesheet (newsroom-admin.css, imported by its components) reached the page.
    const look = await approve.evaluate((el) => {
      const style = getComputedStyle(el)
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize)
      return {
        // newsroom-admin.css gives .newsroom-button `min-height: 2.25rem` (Payload's rem is 13px).
        minHeightRem: parseFloat(style.minHeight) / rem,
        cursor: style.cursor,
        radius: style.borderRadius,
      }
    })
    expect(
      look.minHeightRem === 2.25 && look.cursor === 'pointer' && look.radius !== '0px',
      `the Approve button lacks the plugin's styles: ${JSON.stringify(look)}`,
    )
    await approve.click()
    // The card stays in the queue and says what happened (as tests/browser/editorialJourney does).
    await card
      .getByText('Approved: it is now public.')
      .waitFor({ timeout: 90_000 })
      .catch(async (err) => {
        await page.screenshot({
          path: `${process.env.ARTIFACTS ?? '.'}/consumer-${variant}-queue-failed.png`,
          fullPage: true,
        })
        throw new Error(`the card says: ${(await card.innerText()).slice(0, 600)}\n${err}`)
      })
    await page.screenshot({
      path: `${process.env.ARTIFACTS ?? '.'}/consumer-${variant}-queue.png`,
      fullPage: true,
    })
    const claim = (await api('GET', `/${s.claims}/${pending.id}`, { as: 'reviewer' })).json
    expect(claim.reviewState === 'approved', `state after the click: ${claim.reviewState}`)
    const bad = stylesheets.filter((s) => s.status !== 200)
    expect(bad.length === 0, `stylesheets not 200: ${JSON.stringify(bad)}`)
  },
)
await check('in Chromium, no console errors', async () => {
  expect(errors.length === 0, `console errors: ${errors.join(' | ')}`)
})
await browser.close()

const failed = results.filter((r) => !r.ok).length
console.log(`consumer ${variant}: ${results.length - failed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
