import { QUALIFIERS } from '../figures/qualifiers.js'
import type { NewsroomSlugs } from '../options.js'

/**
 * The claim model, once: which of a claim's fields are its substance (what reviewers approve), which
 * make up its figure, and how the public sees each. The claims collection (collections/Claim.ts) marks
 * its fields from this; the workflow, the figure hook, the public projection and presentation, the
 * OpenAPI schema and the public types are derived from it. A field added here (and defined in
 * Claim.ts with `substanceField`) is reviewed again when edited after approval and is served by the
 * public API without another edit.
 */

export const CLAIM_KINDS = ['figure', 'statement', 'quote'] as const
export type ClaimKind = (typeof CLAIM_KINDS)[number]

export const ATTRIBUTION_VERBS = [
  'said',
  'claimed',
  'told',
  'estimated',
  'reported',
  'accordingTo',
  'denied',
  // The extractor's other verbs, stored normalised in their reported form ("warns" → warned).
  'confirmed',
  'announced',
  'stated',
  'added',
  'insisted',
  'alleged',
  'acknowledged',
  'admitted',
  'put',
  'raised',
  'lowered',
  'revised',
  'found',
  'showed',
  'predicted',
  'projected',
  'warned',
  'noted',
  'counted',
  'gave',
  'cited',
] as const
export type AttributionVerb = (typeof ATTRIBUTION_VERBS)[number]

/** How the public sees a substance field (in the approved version). */
export type PublicValue =
  /** A document id (a relationship shown as its id). */
  | 'id'
  /** A source, shown as the source itself (its public name, kind, interest). */
  | 'source'
  /** A list of sources, nearest first. */
  | 'sources'
  | 'text'
  | 'number'
  /** An ISO 8601 date-time. */
  | 'time'
  /** Links: `{ url, label }`. */
  | 'evidence'
  /** A yes/no mark, false when missing. */
  | 'flag'

export interface SubstanceSpec {
  public: PublicValue
  /** A claim without it was never public (the story it belongs to). */
  required?: true
  /** What the public sees for a missing value, instead of null. */
  fallback?: string
  /** The closed list of values (a select). */
  options?: readonly string[]
  /** Part of the figure: parsed from (or written into) its phrase, or the key that groups figures. */
  figure?: 'parsed' | 'key' | 'derived'
  /** A relationship: the collection it points at. */
  relationTo?: keyof NewsroomSlugs
  /** For the OpenAPI document. */
  description?: string
}

/**
 * The substance, in the order the revision fingerprint and the approved version use. Changing any of
 * it after approval opens a revision that must be approved again; the workflow fields are not substance.
 */
export const CLAIM_SUBSTANCE = {
  story: { public: 'id', relationTo: 'stories', required: true },
  update: { public: 'id', relationTo: 'updates' },
  kind: { public: 'text', options: CLAIM_KINDS, fallback: 'statement' },
  statement: { public: 'text', fallback: '' },
  quote: { public: 'text' },
  phrase: { public: 'text', figure: 'parsed' },
  value: { public: 'number', figure: 'parsed' },
  lower: { public: 'number', figure: 'parsed' },
  upper: { public: 'number', figure: 'parsed' },
  qualifier: { public: 'text', figure: 'parsed', options: QUALIFIERS },
  unit: { public: 'text', figure: 'parsed' },
  vague: {
    public: 'flag',
    figure: 'derived',
    description:
      'A vague amount ("dozens", "tens of thousands"): lower and upper are its documented interval.',
  },
  metric: { public: 'text', figure: 'key' },
  source: { public: 'source', relationTo: 'sources' },
  via: {
    public: 'sources',
    relationTo: 'sources',
    description: 'The relay chain, nearest first.',
  },
  verb: { public: 'text', options: ATTRIBUTION_VERBS },
  attributedAt: { public: 'time' },
  supersedes: { public: 'id', relationTo: 'claims' },
  evidence: { public: 'evidence' },
} as const satisfies Record<string, SubstanceSpec>

type Model = typeof CLAIM_SUBSTANCE
export type SubstanceField = keyof Model

const entries = Object.entries(CLAIM_SUBSTANCE) as [SubstanceField, SubstanceSpec][]
const namesWhere = <K extends SubstanceField>(keep: (spec: SubstanceSpec) => boolean): K[] =>
  entries.filter(([, spec]) => keep(spec)).map(([name]) => name as K)

type FieldsWhere<Shape> = {
  [K in SubstanceField]: Model[K] extends Shape ? K : never
}[SubstanceField]
/** The figure's own fields: what `completeFigure` reconciles from the phrase. */
export type ParsedFigureField = FieldsWhere<{ figure: 'parsed' }>
/** Everything the public sees as a claim's `figure`: the parsed fields and the metric. */
export type FigureField = FieldsWhere<{ figure: string }>
export type RelationshipField = FieldsWhere<{ relationTo: string }>

export const SUBSTANCE_FIELDS = entries.map(([name]) => name)
export const PARSED_FIGURE_FIELDS = namesWhere<ParsedFigureField>((s) => s.figure === 'parsed')
export const FIGURE_FIELDS = namesWhere<FigureField>((s) => s.figure !== undefined)
export const RELATIONSHIP_FIELDS = namesWhere<RelationshipField>((s) => s.relationTo !== undefined)

/** The workflow's own fields the public sees beside the approved substance. */
export const CLAIM_PUBLIC_RECORD = [
  'publicState',
  'approvedAt',
  'retractionReason',
  'endedAt',
] as const

export type Id = number | string
export interface Evidence {
  url: string
  label: string | null
}

type ValueOf<S> = S extends { public: 'id' | 'source' }
  ? Id
  : S extends { public: 'sources' }
    ? Id[]
    : S extends { public: 'number' }
      ? number
      : S extends { public: 'evidence' }
        ? Evidence[]
        : S extends { public: 'flag' }
          ? boolean
          : S extends { options: readonly (infer O)[] }
            ? O
            : string
type NeverNull =
  { required: true } | { fallback: string } | { public: 'sources' | 'evidence' | 'flag' }

/** A claim's substance as the public sees it: ids for relationships, null for what is not given. */
export type ClaimSubstance = {
  -readonly [K in SubstanceField]: Model[K] extends NeverNull
    ? ValueOf<Model[K]>
    : ValueOf<Model[K]> | null
}

/** A relationship as Payload reads it: the id, or (at depth ≥ 1, or in a hook) the related document. */
export type Ref<T extends { id: Id } = { id: Id }> = Id | T

type StoredValueOf<S> = S extends { public: 'id' | 'source' }
  ? Ref
  : S extends { public: 'sources' }
    ? Ref[]
    : S extends { public: 'evidence' }
      ? { url: string; label?: string | null; id?: string | null }[]
      : ValueOf<S>

/**
 * A claim's substance as stored (its fields, or its approved version): relationships may be populated,
 * any field may be missing (not selected, or a draft not yet filled in). The generated `Claim` of an app
 * fits it (tests/unit/storedDocuments.test.ts checks the demo's).
 */
export type StoredSubstance = {
  [K in SubstanceField]?: StoredValueOf<Model[K]> | null
}
