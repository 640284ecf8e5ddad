/**
 * Each rule and each list lives once; these tests fail when a copy reappears or when what is derived
 * from a home drifts from it. The claim model's field lists: singleSources.test.ts; the admin's offered
 * actions against the workflow, every role × state: offeredActionsMatchWorkflow.test.ts.
 */
import fs from 'node:fs'
import path from 'node:path'

import ts from 'typescript'

import { listedNames, packageSourceFiles, root } from '../helpers/sourceLists.js'

import { createClaimsCollection } from '../../collections/Claim.js'
import { createSourcesCollection } from '../../collections/Source.js'
import { createStoriesCollection } from '../../collections/Story.js'
import { createUpdatesCollection } from '../../collections/Update.js'
import { CLAIM_SUBSTANCE } from '../../src/claims/claimModel.js'
import { compareFigures, figureReading } from '../../src/figures/compareFigures.js'
import { figureInterval } from '../../src/figures/figureInterval.js'
import { figureTimeline } from '../../src/figures/figureTimeline.js'
import { staticWords } from '../../src/i18n/newsroomI18n.js'
import { de, en } from '../../src/i18n/translations.js'
import { createEventLogCollection } from '../../src/live/eventLogCollection.js'
import {
  createWebhookDeliveries,
  createWebhookSubscriptions,
} from '../../src/live/webhooks/webhookCollections.js'
import { resolveOptions } from '../../src/options.js'
import { openApiDocument } from '../../src/public/http/openApiDocument.js'
import { STORY_ROUTES } from '../../src/public/http/storyRoutes.js'
import { presentClaim } from '../../src/public/rendering/presentClaim.js'
import type { PublicClaim, PublicSource } from '../../src/public/types.js'
import { PUBLIC_CLAIM_STATES, PUBLIC_STATES } from '../../src/workflow/states.js'

interface Home {
  /** What the list is, for the failure message. */
  what: string
  /** The files allowed to list it: its home (and, for a public shape, the stored documents'). */
  files: readonly string[]
  /** A list is a copy when it names at least `atLeast` of these. */
  names: readonly string[]
  atLeast: number
  /** Only types (interfaces, type literals, unions), not values, count as copies. */
  typesOnly?: boolean
}

/** Every list in `text` that restates a home's list: `file:line what`. */
export function copiesIn(file: string, text: string, homes: readonly Home[]): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const rel = path.relative(root, file)
  const copies: string[] = []
  const visit = (node: ts.Node) => {
    const listed = listedNames(node)
    if (listed)
      for (const home of homes) {
        if (home.files.includes(rel) || (home.typesOnly && !listed.declaration)) continue
        const named = home.names.filter((n) => listed.names.includes(n))
        if (named.length >= home.atLeast) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart())
          copies.push(`${rel}:${line + 1} ${home.what}`)
        }
      }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return copies
}

const HOMES: Home[] = [
  {
    what: 'the public states (src/workflow/states.ts)',
    files: ['src/workflow/states.ts'],
    names: ['approved', 'retracted', 'superseded'],
    atLeast: 3,
  },
  {
    what: 'the number words (src/figures/numberWords.ts)',
    files: ['src/figures/numberWords.ts'],
    names: ['three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'eleven', 'twelve', 'dozen'],
    atLeast: 5,
  },
  {
    what: "a figure's reading (figureReading, src/figures/compareFigures.ts)",
    files: ['src/figures/compareFigures.ts'],
    names: ['claim', 'phrase', 'value', 'qualifier', 'unit', 'vague', 'interval'],
    atLeast: 7,
  },
  {
    what: "the public update's fields (PublicUpdate, src/public/types.ts)",
    files: ['src/public/types.ts', 'src/documents.ts'],
    names: ['headline', 'kind', 'keyEvent', 'pinned', 'occurredAt', 'publishedAt'],
    atLeast: 6,
    typesOnly: true,
  },
]

describe('each list lives once', () => {
  test('no file of the package restates one', () => {
    const files = packageSourceFiles()
    expect(files.length).toBeGreaterThan(50)
    expect(files.flatMap((f) => copiesIn(f, fs.readFileSync(f, 'utf8'), HOMES))).toEqual([])
  })

  test('the check finds a copy of each', () => {
    const old = `
      export const PUBLIC_STATES = ['none', 'approved', 'retracted', 'superseded'] as const
      const UNITS = { three: 3, four: 4, five: 5, six: 6, seven: 7 }
      const point = { claim: c.id, phrase: c.phrase, value: c.value, qualifier: c.qualifier, unit: c.unit, vague: false, interval }
      interface UpdateView { headline: string; kind: string; keyEvent: boolean; pinned: boolean; occurredAt: string; publishedAt: string }
    `
    expect(copiesIn(path.join(root, 'src/old.ts'), old, HOMES)).toEqual([
      'src/old.ts:2 the public states (src/workflow/states.ts)',
      'src/old.ts:3 the number words (src/figures/numberWords.ts)',
      "src/old.ts:4 a figure's reading (figureReading, src/figures/compareFigures.ts)",
      "src/old.ts:5 the public update's fields (PublicUpdate, src/public/types.ts)",
    ])
  })

  test('each home is where the check looks', () => {
    for (const home of HOMES) {
      const file = path.join(root, home.files[0])
      const text = fs.readFileSync(file, 'utf8')
      // Read as if it were another file, its own list is found.
      expect(copiesIn(path.join(root, 'src/elsewhere.ts'), text, [home]).length).toBeGreaterThan(0)
    }
  })
})

const doc = openApiDocument('', {
  problemTypeBase: 'https://x/problems',
  options: resolveOptions(),
})
const schemas = (
  doc.components as { schemas: Record<string, { properties: object; enum?: unknown[] }> }
).schemas
const propertiesOf = (name: string) => Object.keys(schemas[name].properties).sort()

const SOURCE: PublicSource = {
  id: 1,
  name: 'A',
  anonymous: false,
  kind: null,
  interestedParty: false,
}
const claim = (state: PublicClaim['state'], extra: Partial<PublicClaim> = {}): PublicClaim =>
  ({
    ...Object.fromEntries(Object.keys(CLAIM_SUBSTANCE).map((k) => [k, null])),
    id: 9,
    story: 1,
    via: [],
    evidence: [],
    source: 1,
    kind: 'figure',
    metric: 'killed',
    phrase: 'at least 12',
    value: 12,
    qualifier: 'atLeast',
    state,
    approvedAt: '2026-01-01T00:00:00.000Z',
    endedAt: state === 'approved' ? null : '2026-01-02T00:00:00.000Z',
    retractionReason: state === 'retracted' ? 'wrong' : null,
    ...extra,
  }) as PublicClaim

describe('what the OpenAPI document says is derived from the homes', () => {
  test("the Claim schema's properties are the presented claim's, every public state", () => {
    const sources = new Map([['1', SOURCE]])
    const presented = PUBLIC_CLAIM_STATES.flatMap((state) =>
      Object.keys(presentClaim(claim(state), sources, new Map([['9', 10]]))),
    )
    // corroboratedBy: added to approved figures by the story document (storyBody).
    expect([...new Set([...presented, 'corroboratedBy'])].sort()).toEqual(propertiesOf('Claim'))
  })

  test("the Claim schema's state is the public states but 'none'", () => {
    const state = (schemas.Claim.properties as Record<string, { enum: unknown[] }>).state
    expect(state.enum).toEqual(PUBLIC_STATES.filter((s) => s !== 'none'))
  })

  test('the compared claim and the timeline point carry the same figure reading', () => {
    const figure = claim('approved')
    const interval = figureInterval(figure)
    if (!interval) throw new Error('the sample figure has an interval')
    const reading = figureReading(figure, interval)
    const sources = new Map([['1', SOURCE]])
    const [compared] = compareFigures([figure], sources)[0].claims
    const [point] = figureTimeline([figure], sources)[0].series[0].points
    expect(compared).toMatchObject(reading)
    expect(point).toMatchObject(reading)
    expect(Object.keys(compared).sort()).toEqual(propertiesOf('ComparedClaim'))
  })
})

describe("the plugin's collections present themselves one way (src/collectionHeader.ts)", () => {
  const makers = [
    createClaimsCollection,
    createSourcesCollection,
    createStoriesCollection,
    createUpdatesCollection,
    createEventLogCollection,
    createWebhookSubscriptions,
    createWebhookDeliveries,
  ]
  const tOf =
    (words: Record<string, string>) =>
    (key: string): string =>
      words[key.replace(/^newsroom:/, '')] ?? key
  const say = (label: unknown, words: Record<string, string>) =>
    typeof label === 'function' ? label({ t: tOf(words), i18n: {} }) : label

  test.each(makers.map((make) => [make.name, make]))(
    '%s: names and description in the reader’s language, in the Newsroom group',
    (_, make) => {
      const collection = make(resolveOptions())
      const labels = collection.labels as { singular: unknown; plural: unknown }
      const english = [say(labels.singular, en), say(labels.plural, en)]
      const german = [say(labels.singular, de), say(labels.plural, de)]
      expect(english.every((w) => typeof w === 'string' && w.length > 0)).toBe(true)
      expect(Object.values(en)).toEqual(expect.arrayContaining(english))
      expect(Object.values(de)).toEqual(expect.arrayContaining(german))
      expect(collection.admin?.group).toEqual(staticWords('groupNewsroom'))
      const description = collection.admin?.description
      if (description !== undefined) expect(typeof description).toBe('function')
    },
  )

  // The event log keeps its access rules with the plugin off (as it always has): written by nobody.
  const behaving = makers.filter((make) => make !== createEventLogCollection)
  test.each(behaving.map((make) => [make.name, make]))(
    '%s: no access rules, hooks or endpoints with the plugin off',
    (_, make) => {
      const on = make(resolveOptions())
      const off = make(resolveOptions({ enabled: false }))
      expect(off.fields.map((f) => ('name' in f ? f.name : null))).toEqual(
        on.fields
          .map((f) => ('name' in f ? f.name : null))
          .filter((n) => n !== 'newsroomDesk' && n !== 'newsroomSuggestClaims'),
      )
      expect([off.access, off.hooks, off.endpoints]).toEqual([undefined, undefined, undefined])
    },
  )
})

describe('the domain does not import the collections back', () => {
  test('only the plugin, which assembles them, imports from collections/', () => {
    const importers = packageSourceFiles()
      .filter((f) => f.startsWith(path.join(root, 'src')))
      .filter((f) => /from '(\.\.\/)+collections\//.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(root, f))
    expect(importers).toEqual(['src/plugin.ts'])
  })
})

describe('the OpenAPI document describes the routes the API serves', () => {
  test("each read route's query parameters are the ones its operation documents", () => {
    const paths = doc.paths as Record<string, { get?: { parameters: { $ref: string }[] } }>
    const documented = (template: string) =>
      (paths[template]?.get?.parameters ?? [])
        .map((p) => p.$ref.replace('#/components/parameters/', ''))
        .filter((p) => p !== 'ifNoneMatch' && !['slug', 'update', 'claim'].includes(p))
        .sort()
    const routes = STORY_ROUTES
    expect(routes.length).toBeGreaterThan(10)
    for (const route of routes) {
      const template = route.path.replace(/:(\w+)/g, '{$1}')
      expect([template, documented(template)]).toEqual([template, [...route.accepts].sort()])
    }
  })
})
