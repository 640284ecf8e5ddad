/**
 * The newsroom's enums but the claim's (src/claims/claimModel.ts): what a story, an update and a source
 * can be. They live with the domain; the collections, the public API, its OpenAPI description and the
 * story bundle schema read them here.
 */
import { optionKey } from './i18n/translate.js'
import { en } from './i18n/translations.js'

export const STORY_STATES = ['developing', 'concluded'] as const

export const UPDATE_KINDS = [
  'development',
  'correction',
  'clarification',
  'retraction',
  'editorsNote',
] as const

/** How each kind reads in English, for the public feed's genre; the admin reads them in its language. */
export const UPDATE_KIND_LABELS = Object.fromEntries(
  UPDATE_KINDS.map((kind) => [kind, en[optionKey('updateKind', kind)]]),
) as Record<(typeof UPDATE_KINDS)[number], string>

export const SOURCE_KINDS = [
  'official',
  'military',
  'police',
  'government',
  'militantGroup',
  'politicalParty',
  'wireAgency',
  'newsOutlet',
  'researchOrganisation',
  'ngo',
  'eyewitness',
  'document',
  'socialMedia',
  'other',
] as const
