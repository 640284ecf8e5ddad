import type { FieldValues, StoredUpdate } from '../../../src/documents.js'
import type { BundleRecord, StoryBundle } from '../../../src/bundle/exportStory.js'
import {
  remapDoc,
  remapEventData,
  remapSubject,
  type MapRef,
} from '../../../src/bundle/references.js'
import { updateRevision } from '../../../src/live/currentViews.js'
import { toPublicUpdate } from '../../../src/public/queries/projections.js'
import type { Id } from '../../../src/public/types.js'

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
const HOUR = 3_600_000
/** Far above any id an install of a test hands out: a copy's ids never meet the original's. */
const ID_STRIDE = 1_000_000

/** Every date-time string inside `value`, moved by `ms`. */
function shiftTimes<T>(value: T, ms: number): T {
  if (ms === 0) return value
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string')
      return ISO_TIME.test(v) ? new Date(new Date(v).getTime() + ms).toISOString() : v
    if (Array.isArray(v)) return v.map(walk)
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v as FieldValues).map(([k, x]) => [k, walk(x)]))
    return v
  }
  return walk(value) as T
}

function timeRange(value: unknown): [number, number] {
  let min = Infinity
  let max = -Infinity
  const walk = (v: unknown) => {
    if (typeof v === 'string' && ISO_TIME.test(v)) {
      const t = new Date(v).getTime()
      if (t < min) min = t
      if (t > max) max = t
    } else if (Array.isArray(v)) v.forEach(walk)
    else if (v && typeof v === 'object') Object.values(v as FieldValues).forEach(walk)
  }
  walk(value)
  return [min, max]
}

/**
 * A bundle of `copies` times the updates and claims of `bundle`, for a round trip at a size that the
 * workflow would take a quarter of an hour to build (docs/story-bundles.md, "Time"). Copy 0 is the
 * bundle as exported (rows the workflow wrote, every revision, review step and event); copy k is the
 * same rows with new ids (every reference remapped the way an import remaps them, with the same code)
 * and every date-time moved k story-lengths later, so the copies follow one another without a tie and
 * the story's past moments see some copies and not others. Update revision tags in the event log are
 * recomputed as an import does. The story record and the sources are the original's; so is the story's
 * own part of the event log. What this does not give: a thousand claims each through the workflow's
 * hooks (the copies repeat the original's texts and review paths), which `BUNDLE_TEST_CLAIMS=1000`
 * still runs.
 */
export function scaledBundle(
  bundle: StoryBundle,
  copies: number,
  story: { slug: string; title: string },
): StoryBundle {
  const cloned = { updates: bundle.updates, claims: bundle.claims }
  const [min, max] = timeRange([
    cloned,
    bundle.events.filter((e) => !String(e.subject).startsWith('story:')),
  ])
  const step = Math.ceil((max - min) / HOUR + 1) * HOUR
  const idIn = (k: number) => (id: Id) =>
    k === 0 ? id : typeof id === 'number' ? id + k * ID_STRIDE : `${id}-copy-${k}`

  const updates: BundleRecord[] = []
  const claims: BundleRecord[] = []
  const events: FieldValues[] = []
  for (let k = 0; k < copies; k++) {
    const newId = idIn(k)
    const map: MapRef = (kind, value) =>
      kind === 'update' || kind === 'claim' ? newId(value) : value
    const copy = (kind: 'update' | 'claim', r: BundleRecord): BundleRecord =>
      k === 0
        ? r
        : shiftTimes(
            {
              id: newId(r.id),
              doc: remapDoc(kind, r.doc, map, '', false),
              versions: r.versions.map((v) => ({
                ...v,
                version: remapDoc(kind, v.version, map, '', true),
              })),
            },
            k * step,
          )
    const copiedUpdates = bundle.updates.map((r) => copy('update', r))
    updates.push(...copiedUpdates)
    claims.push(...bundle.claims.map((r) => copy('claim', r)))
    // An update's revision tag is derived from its id and content: each copy has its own.
    const tags = new Map<string, string>()
    bundle.updates.forEach((r, i) =>
      r.versions.forEach((v, j) =>
        tags.set(
          updateRevision(toPublicUpdate({ id: r.id, ...v.version } as StoredUpdate)),
          updateRevision(
            toPublicUpdate({
              id: copiedUpdates[i].id,
              ...copiedUpdates[i].versions[j].version,
            } as StoredUpdate),
          ),
        ),
      ),
    )
    const retag = (view: unknown) =>
      view && typeof view === 'object' && typeof (view as FieldValues).revision === 'string'
        ? {
            ...(view as FieldValues),
            revision:
              tags.get(String((view as FieldValues).revision)) ?? (view as FieldValues).revision,
          }
        : view
    for (const e of bundle.events) {
      const ofStory = String(e.subject).startsWith('story:')
      if (k === 0) events.push(e)
      else if (!ofStory) {
        const data = remapEventData(e.data as FieldValues, map, '')
        if (data.update) data.update = retag(data.update)
        if (data.previous) data.previous = retag(data.previous)
        events.push(
          shiftTimes(
            {
              ...e,
              id: newId(e.id as Id),
              subject: remapSubject(String(e.subject), map, ''),
              data,
            },
            k * step,
          ),
        )
      }
    }
  }
  const rename = <T>(v: T): T =>
    JSON.parse(
      JSON.stringify(v)
        .replaceAll(JSON.stringify(bundle.story.doc.slug), JSON.stringify(story.slug))
        .replaceAll(JSON.stringify(bundle.story.doc.title), JSON.stringify(story.title)),
    ) as T
  return {
    ...bundle,
    story: rename(bundle.story),
    updates,
    claims,
    events: rename(events),
  }
}
