import { CLAIM_SUBSTANCE, type SubstanceSpec } from '../claims/claimModel.js'
import { SOURCE_KINDS, STORY_STATES, UPDATE_KINDS } from '../newsroomModel.js'
import { PUBLIC_EVENT_TYPES } from '../live/eventTypes.js'
import { ACTIONS, PUBLIC_STATES, REVIEW_STATES } from '../workflow/states.js'

/** The bundle's format name and version: an importer refuses any other. */
export const BUNDLE_FORMAT = 'payload-plugin-newsroom/story-bundle'
export const BUNDLE_VERSION = 1
export const BUNDLE_SCHEMA_ID = 'urn:payload-plugin-newsroom:story-bundle:1'

function definitions() {
  const id = { type: ['integer', 'string'], minLength: 1 }
  const ref = { oneOf: [{ type: 'null' }, id] }
  const time = { type: 'string', format: 'date-time' }
  const maybeTime = { oneOf: [{ type: 'null' }, time] }
  const text = { type: ['string', 'null'] }
  const maybeNumber = { type: ['number', 'null'] }
  const oneOf = (values: readonly string[], nullable = false) => ({
    enum: nullable ? [...values, null] : [...values],
  })
  const richText = {
    oneOf: [
      { type: 'null' },
      { type: 'object', required: ['root'], properties: { root: { type: 'object' } } },
    ],
  }
  const published = oneOf(['draft', 'published'])

  /** A stored document: the fields the importer relies on are typed; the rest travel as they are. */
  const storyDoc = {
    type: 'object',
    required: ['title', 'slug', 'state', 'createdAt', 'updatedAt'],
    properties: {
      // Drafts are saved without validation: a draft version may lack what a published one has.
      title: text,
      slug: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
      summary: richText,
      state: oneOf(STORY_STATES),
      keyMetrics: { type: ['array', 'null'], items: { type: 'string' } },
      _status: published,
      createdAt: time,
      updatedAt: time,
    },
  }

  const updateDoc = {
    type: 'object',
    required: ['story', 'headline', 'kind', 'occurredAt', 'createdAt', 'updatedAt'],
    properties: {
      story: id,
      headline: text,
      body: richText,
      kind: oneOf(UPDATE_KINDS),
      occurredAt: time,
      publishedAt: maybeTime,
      author: ref,
      _status: published,
      createdAt: time,
      updatedAt: time,
    },
  }

  /** What a claim says and who says it: its own fields, and its approved version. */
  const evidence = {
    type: ['array', 'null'],
    items: {
      type: 'object',
      required: ['url'],
      properties: { url: { type: 'string' }, label: text },
    },
  }
  // The claim model's substance fields, each typed by what the public sees of it.
  const substance = Object.fromEntries(
    Object.entries(CLAIM_SUBSTANCE).map(([name, spec]: [string, SubstanceSpec]) => {
      const options = spec.options
      const schema =
        spec.public === 'id'
          ? spec.required
            ? id
            : ref
          : spec.public === 'source'
            ? ref
            : spec.public === 'sources'
              ? { type: ['array', 'null'], items: id }
              : spec.public === 'number'
                ? maybeNumber
                : spec.public === 'time'
                  ? maybeTime
                  : spec.public === 'evidence'
                    ? evidence
                    : spec.public === 'flag'
                      ? { type: ['boolean', 'null'] }
                      : options
                        ? oneOf(options, name !== 'kind')
                        : name === 'statement'
                          ? { type: 'string' }
                          : text
      return [name, schema]
    }),
  )

  const claimDoc = {
    type: 'object',
    required: [
      'story',
      'kind',
      'statement',
      'reviewState',
      'publicState',
      'createdAt',
      'updatedAt',
    ],
    properties: {
      ...substance,
      reviewState: oneOf(REVIEW_STATES),
      publicState: oneOf(PUBLIC_STATES),
      reviewNote: text,
      retractionReason: text,
      endedAt: maybeTime,
      approvedAt: maybeTime,
      createdBy: ref,
      lastEditedBy: ref,
      approvedBy: ref,
      approvedVersion: {
        oneOf: [
          { type: 'null' },
          {
            type: 'object',
            required: ['story', 'statement', 'approvedAt'],
            properties: { ...substance, approvedAt: time },
          },
        ],
      },
      reviewHistory: {
        type: ['array', 'null'],
        items: {
          type: 'object',
          required: ['action', 'to', 'at'],
          properties: {
            action: oneOf(ACTIONS),
            from: oneOf(REVIEW_STATES, true),
            to: oneOf(REVIEW_STATES),
            by: ref,
            at: time,
            note: text,
          },
        },
      },
      createdAt: time,
      updatedAt: time,
    },
  }

  /** One stored version: what the document was, and when it was saved (what `asOf` reads). */
  const versionsOf = (doc: object) => ({
    type: 'array',
    items: {
      type: 'object',
      required: ['createdAt', 'updatedAt', 'version'],
      additionalProperties: false,
      properties: {
        createdAt: time,
        updatedAt: time,
        autosave: { type: ['boolean', 'null'] },
        version: doc,
      },
    },
  })

  const record = (doc: { required: readonly string[] }) => ({
    type: 'object',
    required: ['id', 'doc', 'versions'],
    additionalProperties: false,
    // A draft version is saved without validation: only its times are sure to be there.
    properties: { id, doc, versions: versionsOf({ ...doc, required: ['createdAt', 'updatedAt'] }) },
  })

  /**
   * A source as the bundle carries it. An anonymous source's identity (its name, aliases and who knows
   * it) never leaves the newsroom that granted anonymity: the bundle has its public description, and the
   * reason and position to know that justify it.
   */
  const source = {
    type: 'object',
    required: ['id', 'kind', 'anonymous', 'publicName', 'createdAt', 'updatedAt'],
    additionalProperties: false,
    properties: {
      id,
      name: { type: 'string', minLength: 1 },
      publicName: { type: 'string', minLength: 1 },
      kind: oneOf(SOURCE_KINDS),
      interestedParty: { type: ['boolean', 'null'] },
      aliases: { type: ['array', 'null'], items: { type: 'string' } },
      anonymous: { type: 'boolean' },
      publicDescription: text,
      anonymityReason: text,
      positionToKnow: text,
      createdAt: time,
      updatedAt: time,
    },
    if: { properties: { anonymous: { const: true } } },
    then: {
      required: ['publicDescription'],
      // Present at all, an identity is refused: an importer never takes one in.
      properties: {
        publicDescription: { type: 'string', minLength: 1 },
        name: false,
        aliases: false,
      },
    },
    else: { required: ['name'], properties: { name: { type: 'string', minLength: 1 } } },
  }

  const event = {
    type: 'object',
    required: ['id', 'type', 'at', 'subject', 'data', 'createdAt', 'updatedAt'],
    additionalProperties: false,
    properties: {
      id,
      type: oneOf(PUBLIC_EVENT_TYPES),
      at: time,
      subject: { type: 'string', pattern: '^(story|update|claim):.+$' },
      data: { type: 'object' },
      createdAt: time,
      updatedAt: time,
    },
  }

  return { id, time, record, storyDoc, updateDoc, claimDoc, source, event }
}

/**
 * The JSON Schema (2020-12) of a story bundle: one document with a story, its updates, claims and the
 * sources they name, every stored version of each (what `asOf` reads), every claim's review history,
 * and the story's public event log. Ids are the exporting install's; an import gives everything new
 * ids and remaps every reference. People (who wrote, edited, reviewed) are referred to by `ref` and
 * listed once with their email, so an import can find the same accounts.
 */
export function storyBundleSchema() {
  // Built when asked for: the collections it takes its value lists from import this module's users.
  const { id, time, record, storyDoc, updateDoc, claimDoc, source, event } = definitions()
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: BUNDLE_SCHEMA_ID,
    title: 'Newsroom story bundle',
    type: 'object',
    required: [
      'format',
      'version',
      'exportedAt',
      'story',
      'updates',
      'claims',
      'sources',
      'events',
      'people',
    ],
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      format: { const: BUNDLE_FORMAT },
      version: { const: BUNDLE_VERSION },
      exportedAt: time,
      story: record(storyDoc),
      updates: { type: 'array', items: record(updateDoc) },
      claims: { type: 'array', items: record(claimDoc) },
      sources: { type: 'array', items: source },
      events: { type: 'array', items: event },
      people: {
        type: 'array',
        items: {
          type: 'object',
          required: ['ref', 'email'],
          additionalProperties: false,
          properties: { ref: id, email: { type: 'string', minLength: 3 } },
        },
      },
    },
  } as const
}
