import { supersessions } from './presentClaim.js'
import type { StoryLinks } from './publicLinks.js'
import type { PublicClaim, PublicSource, StorySnapshot } from '../types.js'

type Node = Record<string, unknown>

const PROV = 'http://www.w3.org/ns/prov#'
const id = { '@type': '@id' }
const dateTime = { '@type': 'xsd:dateTime' }
/** Terms as PROV-O names them; links are IRIs, times xsd:dateTime, so the RDF says what it means. */
const CONTEXT = {
  prov: PROV,
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  schema: 'https://schema.org/',
  Entity: 'prov:Entity',
  Agent: 'prov:Agent',
  Organization: 'prov:Organization',
  Activity: 'prov:Activity',
  wasAttributedTo: { '@id': 'prov:wasAttributedTo', ...id },
  wasQuotedFrom: { '@id': 'prov:wasQuotedFrom', ...id },
  wasRevisionOf: { '@id': 'prov:wasRevisionOf', ...id },
  wasInvalidatedBy: { '@id': 'prov:wasInvalidatedBy', ...id },
  generatedAtTime: { '@id': 'prov:generatedAtTime', ...dateTime },
  invalidatedAtTime: { '@id': 'prov:invalidatedAtTime', ...dateTime },
  startedAtTime: { '@id': 'prov:startedAtTime', ...dateTime },
  value: 'prov:value',
  label: 'http://www.w3.org/2000/01/rdf-schema#label',
  name: 'schema:name',
  description: 'schema:description',
}

export const claimIri = (links: StoryLinks, claim: PublicClaim['id']) =>
  `${links.page ?? links.api}#claim-${claim}`
export const sourceIri = (links: StoryLinks, source: PublicSource['id']) =>
  `${links.api.replace(/\/stories\/[^/]+$/, '')}/sources/${encodeURIComponent(String(source))}`

/**
 * The provenance of a story's public claims as W3C PROV-O (JSON-LD): each claim an Entity attributed to
 * its source (an Agent, named as the public sees it); a relay chain ("…, via Reuters") as the entities
 * each relay passed on, quoted one from the next; a claim that supersedes another a revision of it; a
 * retraction or supersession the invalidation of the claim, with its time; each earlier approved
 * revision of a claim (an edit approved again) an entity the next one `wasRevisionOf`. `only` keeps one
 * claim and the claims it is linked with.
 */
export function storyProvenance(
  snapshot: StorySnapshot,
  links: StoryLinks,
  only?: string,
  /** Per claim id, its approved revisions oldest first (see readStoryProvenance). */
  revisions?: ReadonlyMap<string, readonly PublicClaim[]>,
): Node {
  const { claims, sources } = snapshot
  const replacedBy = supersessions(claims)
  const keep = only
    ? new Set(
        claims
          .filter(
            (c) =>
              String(c.id) === only ||
              String(c.supersedes) === only ||
              String(replacedBy.get(only)) === String(c.id),
          )
          .map((c) => String(c.id)),
      )
    : null
  const graph: Node[] = []
  const agents = new Map<string, Node>()
  const agent = (sourceId: PublicClaim['source']) => {
    const source = sourceId == null ? undefined : sources.get(String(sourceId))
    if (!source) return undefined
    const iri = sourceIri(links, source.id)
    agents.set(iri, {
      '@id': iri,
      '@type': ['Agent', 'Organization'],
      name: source.name,
      ...(source.interestedParty ? { description: 'A party to the events' } : {}),
    })
    return iri
  }
  /** One approved revision of a claim as an Entity, with its relay chain. */
  const entity = (c: PublicClaim, iri: string): Node => {
    const node: Node = {
      '@id': iri,
      '@type': 'Entity',
      label: c.phrase ?? c.statement,
      value: c.statement,
      ...(c.approvedAt ? { generatedAtTime: c.approvedAt } : {}),
    }
    const attributed = agent(c.source)
    if (attributed) node.wasAttributedTo = attributed
    // The chain is nearest first: the newsroom quoted via[0], which quoted via[1], … from the source.
    const relays = c.via.map((v, i) => ({ iri: `${iri}-via-${i}`, agent: agent(v) }))
    if (relays.length) node.wasQuotedFrom = relays[0].iri
    relays.forEach((r, i) =>
      graph.push({
        '@id': r.iri,
        '@type': 'Entity',
        ...(r.agent ? { wasAttributedTo: r.agent } : {}),
        ...(relays[i + 1] ? { wasQuotedFrom: relays[i + 1].iri } : {}),
      }),
    )
    return node
  }
  for (const c of claims) {
    if (keep && !keep.has(String(c.id))) continue
    const iri = claimIri(links, c.id)
    // A re-approved edit is a new revision: the earlier approved ones are entities of their own, each
    // a revision of the one before and invalidated when the next was approved. The claim's IRI is the
    // latest approved revision, as everywhere else.
    const earlier = (revisions?.get(String(c.id)) ?? []).filter(
      (r) => r.approvedAt !== c.approvedAt,
    )
    const revisionIri = (i: number) => `${iri}-revision-${i + 1}`
    earlier.forEach((r, i) => {
      const node = entity(r, revisionIri(i))
      if (i > 0) node.wasRevisionOf = revisionIri(i - 1)
      const next = earlier[i + 1] ?? c
      if (next.approvedAt) node.invalidatedAtTime = next.approvedAt
      graph.push(node)
    })
    const node = entity(c, iri)
    const revisionOf = [
      ...(earlier.length ? [revisionIri(earlier.length - 1)] : []),
      ...(c.supersedes != null ? [claimIri(links, c.supersedes)] : []),
    ]
    if (revisionOf.length) node.wasRevisionOf = revisionOf.length === 1 ? revisionOf[0] : revisionOf
    if (c.state !== 'approved' && c.endedAt) {
      node.invalidatedAtTime = c.endedAt
      const activity = `${iri}-${c.state === 'retracted' ? 'retraction' : 'supersession'}`
      node.wasInvalidatedBy = activity
      graph.push({
        '@id': activity,
        '@type': 'Activity',
        startedAtTime: c.endedAt,
        label:
          c.state === 'retracted'
            ? `Retracted${c.retractionReason ? `: ${c.retractionReason}` : ''}`
            : 'Superseded by a newer claim',
      })
    }
    graph.push(node)
  }
  return { '@context': CONTEXT, '@graph': [...graph, ...agents.values()] }
}
