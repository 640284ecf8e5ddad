import { lastPublicChange, updatePage, type StoryLinks } from './publicLinks.js'
import { richTextToHtml, richTextToText } from './renderRichText.js'
import { updateKindLabel } from './storyFeed.js'
import type { PublicClaim, PublicSource, PublicUpdate, StorySnapshot } from '../types.js'

type Ninjs = Record<string, unknown>

export const NINJS_STANDARD = {
  name: 'ninjs',
  version: '2.2',
  schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json',
}

/**
 * Roles of info sources and trust indicators. ninjs wants them as URIs and IPTC has no code for a
 * relay in a chain of attribution, so these are the plugin's own, stable URNs (documented in the README).
 */
export const NINJS_ROLES = {
  origin: 'urn:newsroom:infosource-role:origin',
  relay: 'urn:newsroom:infosource-role:relay',
  interestedParty: 'urn:newsroom:trust:interested-party',
  anonymousSource: 'urn:newsroom:trust:anonymous-source',
}

const sourceUri = (links: StoryLinks, source: PublicSource) =>
  `${links.api.replace(/\/stories\/[^/]+$/, '')}/sources/${encodeURIComponent(String(source.id))}`

/**
 * Who the claims came from (their sources, role origin) and through whom (relays), each once; and what a
 * reader should weigh: a source that is a party to the events, a source granted anonymity. Public
 * fields only: an anonymous source is its public description, never its name.
 */
function attribution(
  claims: readonly PublicClaim[],
  sources: ReadonlyMap<string, PublicSource>,
  links: StoryLinks,
) {
  const infosources = new Map<string, Ninjs>()
  const trust = new Map<string, Ninjs>()
  const add = (id: unknown, role: string) => {
    const source = id == null ? undefined : sources.get(String(id))
    if (!source) return
    const key = `${role} ${source.id}`
    if (!infosources.has(key))
      infosources.set(key, { name: source.name, role, uri: sourceUri(links, source) })
    if (role !== NINJS_ROLES.origin) return
    if (source.interestedParty)
      trust.set(`party ${source.id}`, {
        role: NINJS_ROLES.interestedParty,
        title: `Not independently verified: ${source.name} is a party to the events`,
        ...(links.page ? { href: links.page } : {}),
      })
    if (source.anonymous)
      trust.set(`anon ${source.id}`, {
        role: NINJS_ROLES.anonymousSource,
        title: `Anonymous source: ${source.name}; the newsroom knows who it is and why it was granted anonymity`,
        ...(links.page ? { href: links.page } : {}),
      })
  }
  for (const c of claims) {
    add(c.source, NINJS_ROLES.origin)
    for (const v of c.via) add(v, NINJS_ROLES.relay)
  }
  return {
    ...(infosources.size ? { infosources: [...infosources.values()] } : {}),
    ...(trust.size ? { trustindicators: [...trust.values()] } : {}),
  }
}

/** One update as a ninjs 2.2 text item, with the sources of the approved claims it first reported. */
export function updateNinjs(snapshot: StorySnapshot, links: StoryLinks, u: PublicUpdate): Ninjs {
  const byId = new Map(snapshot.claims.map((c) => [String(c.id), c]))
  const claims = snapshot.claims.filter(
    (c) => c.state === 'approved' && String(c.update) === String(u.id),
  )
  const text = richTextToText(u.body, byId).trim()
  return {
    uri: updatePage(links, u.id) ?? `${links.api}#update-${u.id}`,
    standard: NINJS_STANDARD,
    type: 'text',
    firstcreated: u.publishedAt,
    versioncreated: u.updatedAt,
    contentcreated: u.occurredAt,
    // The model has no embargo yet: what the public API serves was released, so nothing is embargoed.
    pubstatus: 'usable',
    ...(links.site?.language ? { language: links.site.language } : {}),
    headlines: [{ role: 'main', value: u.headline }],
    bodies: text
      ? [
          { contenttype: 'text/html', value: richTextToHtml(u.body, byId) },
          { contenttype: 'text/plain', value: text },
        ]
      : [],
    genres: [{ name: updateKindLabel(u.kind), literal: u.kind }],
    ...(links.site ? { copyrightholder: links.site.name } : {}),
    ...attribution(claims, snapshot.sources, links),
  }
}

/**
 * GET /stories/:slug/ninjs — the story as a ninjs 2.2 composite: its updates as `associations` (each a
 * whole ninjs item), the sources of its approved claims as `infosources`, interested parties and
 * anonymous sources as `trustindicators`. Public view only, like every endpoint.
 */
export function storyNinjs(snapshot: StorySnapshot, links: StoryLinks): Ninjs {
  const { story, updates, claims } = snapshot
  const summary = richTextToText(
    story.summary,
    new Map(claims.map((c) => [String(c.id), c])),
  ).trim()
  return {
    uri: links.page ?? links.api,
    standard: NINJS_STANDARD,
    type: 'composite',
    firstcreated: story.createdAt,
    versioncreated: lastPublicChange(snapshot),
    pubstatus: 'usable',
    ...(links.site?.language ? { language: links.site.language } : {}),
    headlines: [{ role: 'main', value: story.title }],
    ...(summary ? { descriptions: [{ role: 'summary', value: summary }] } : {}),
    ...(links.site ? { copyrightholder: links.site.name } : {}),
    ...attribution(
      claims.filter((c) => c.state === 'approved'),
      snapshot.sources,
      links,
    ),
    associations: updates.map((u) => ({
      name: `update-${u.id}`,
      ...updateNinjs(snapshot, links, u),
    })),
  }
}
