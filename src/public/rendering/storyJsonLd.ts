import { lastPublicChange, updatePage, type StoryLinks } from './publicLinks.js'
import { publicFigures } from './storyFigures.js'
import { richTextToText } from './renderRichText.js'
import { updateKindLabel } from './storyFeed.js'
import type { StorySnapshot } from '../types.js'

type JsonLd = Record<string, unknown>

/** People tell things as Persons; every other kind of source is an organisation or its voice. */
const PERSON_KINDS = new Set(['eyewitness'])

/**
 * Each approved figure as a schema.org Claim: its words, who it is attributed to (as the public names
 * them), the update it first appeared in, the figure as stated (a QuantitativeValue), and its corroboration:
 * how many other independent origins give an overlapping figure for the same metric (relays collapsed
 * to their origin; see compareFigures). schema.org has no term for that count, so it is a
 * PropertyValue with a `propertyID`, which is how schema.org carries a measured property it lacks.
 */
function figureClaims(snapshot: StorySnapshot, links: StoryLinks): JsonLd[] {
  const byId = new Map(snapshot.claims.map((c) => [String(c.id), c]))
  return publicFigures(snapshot).flatMap((metric) =>
    metric.claims.map((compared) => {
      const claim = byId.get(String(compared.claim))!
      const appeared = claim.update != null ? updatePage(links, claim.update) : null
      return {
        '@type': 'Claim',
        ...(links.page ? { '@id': `${links.page}#claim-${claim.id}` } : {}),
        text: claim.statement,
        ...(compared.source
          ? {
              author: {
                '@type': PERSON_KINDS.has(compared.source.kind ?? '') ? 'Person' : 'Organization',
                name: compared.source.name,
              },
            }
          : {}),
        ...(claim.approvedAt ? { datePublished: claim.approvedAt } : {}),
        ...(appeared ? { firstAppearance: { '@id': appeared } } : {}),
        about: {
          '@type': 'QuantitativeValue',
          name: metric.metric,
          ...(compared.value != null ? { value: compared.value } : {}),
          ...(claim.lower != null ? { minValue: claim.lower } : {}),
          ...(claim.upper != null ? { maxValue: claim.upper } : {}),
          ...(compared.unit ? { unitText: compared.unit } : {}),
        },
        additionalProperty: {
          '@type': 'PropertyValue',
          propertyID: 'corroboratedBy',
          name: 'Independent origins whose figure agrees',
          value: compared.corroboratedBy,
        },
      }
    }),
  )
}

/** The newsroom as schema.org Organization: Google wants the author's name and url, the publisher's logo. */
function newsroom(links: StoryLinks): { author?: JsonLd; publisher?: JsonLd } {
  const { site } = links
  if (!site) return {}
  const org = { '@type': 'NewsMediaOrganization', name: site.name, url: site.url }
  return {
    author: org,
    publisher: {
      ...org,
      ...(site.logo ? { logo: { '@type': 'ImageObject', url: site.logo } } : {}),
    },
  }
}

/**
 * GET /stories/:slug/jsonld — a story snapshot as schema.org LiveBlogPosting, after Google's Article
 * guidance: one liveBlogUpdate (BlogPosting) per published update, each retraction a CorrectionComment in
 * `correction`, each approved figure a Claim in `mentions` with its corroboration. `@id`, `url` and the newsroom as author and publisher come from `publicSite`; without it
 * they are left out (the story's page is not this API's JSON).
 */
export function storyJsonLd(snapshot: StorySnapshot, links: StoryLinks): JsonLd {
  const { story, updates, claims } = snapshot
  const byId = new Map(claims.map((c) => [String(c.id), c]))
  const chronological = [...updates].reverse()
  const retracted = claims.filter((c) => c.state === 'retracted')
  const { site, page } = links
  const shared = {
    ...newsroom(links),
    ...(site?.image ? { image: [site.image] } : {}),
    ...(site?.language ? { inLanguage: site.language } : {}),
  }
  const dateModified = lastPublicChange(snapshot)
  const mentions = figureClaims(snapshot, links)
  return {
    '@context': 'https://schema.org',
    '@type': 'LiveBlogPosting',
    ...(page ? { '@id': page, url: page, mainEntityOfPage: page } : {}),
    headline: story.title,
    description: richTextToText(story.summary, byId) || undefined,
    ...shared,
    datePublished: story.createdAt,
    dateModified,
    coverageStartTime: chronological[0]?.occurredAt ?? story.createdAt,
    ...(story.state === 'concluded'
      ? // When it was concluded: the concluding version, unless an update tells of a later moment.
        { coverageEndTime: [story.updatedAt, chronological.at(-1)?.occurredAt ?? ''].sort()[1] }
      : {}),
    liveBlogUpdate: updates.map((u) => {
      const url = updatePage(links, u.id)
      return {
        '@type': 'BlogPosting',
        ...(url ? { '@id': url, url, mainEntityOfPage: url } : {}),
        headline: u.headline,
        articleBody: richTextToText(u.body, byId).trim() || u.headline,
        ...shared,
        datePublished: u.publishedAt,
        dateModified: u.updatedAt,
        ...(u.keyEvent ? { keywords: 'Key event' } : {}),
        genre: updateKindLabel(u.kind),
      }
    }),
    ...(mentions.length > 0 ? { mentions } : {}),
    ...(retracted.length > 0
      ? {
          correction: retracted.map((c) => ({
            '@type': 'CorrectionComment',
            ...(page ? { '@id': `${page}#claim-${c.id}` } : {}),
            text: `Retracted: "${c.statement}"${c.retractionReason ? ` — ${c.retractionReason}` : ''}`,
            datePublished: c.endedAt ?? undefined,
          })),
        }
      : {}),
  }
}
