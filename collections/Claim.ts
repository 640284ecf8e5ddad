import type { CollectionConfig, Field, FieldAccess } from 'payload'

import {
  claimAccess,
  readableByStaffOnly,
  staffOnlyField,
  systemField,
} from '../src/access/collectionAccess.js'
import { hasRole } from '../src/access/roles.js'
import { claimFigureHook } from './hooks/claimFigureHook.js'
import { claimStatementHook } from './hooks/claimStatementHook.js'
import { ATTRIBUTION_VERBS, CLAIM_KINDS, CLAIM_SUBSTANCE } from '../src/claims/claimModel.js'
import { withCollectionOverride } from '../src/collectionOverride.js'
import type { ResolvedNewsroomOptions } from '../src/options.js'
import { selectOptions } from '../src/selectOptions.js'
import { claimWorkflowEndpoints } from '../src/workflow/endpoints.js'
import { claimHooks } from '../src/workflow/claimHooks.js'
import { populateApprovedVersion } from '../src/workflow/approvedVersion.js'
import {
  assertModelSubstance,
  MODEL_SUBSTANCE,
  substanceField,
  substanceOf,
  type Substance,
} from '../src/workflow/substance.js'
import { claimRevision } from '../src/workflow/revision.js'
import { ACTIONS, PUBLIC_STATES, REVIEW_STATES } from '../src/workflow/states.js'

/** The claim's enums live with its model (src/claims/claimModel.ts). */
export { ATTRIBUTION_VERBS, CLAIM_KINDS }

const reviewerField: FieldAccess = ({ req }) => hasRole(req.user, 'reviewer')

const isFigure = (_: unknown, sibling: Record<string, unknown>) => sibling?.kind === 'figure'

/** Fields only the workflow writes; staff can read them. */
const workflowOnly = (field: Field): Field =>
  ({
    ...field,
    access: { read: staffOnlyField, create: systemField, update: systemField },
    admin: { ...('admin' in field ? field.admin : {}), readOnly: true },
  }) as Field

export function createClaimsCollection(options: ResolvedNewsroomOptions): CollectionConfig {
  const { slugs, enabled } = options
  const override = options.overrides.claims
  // The substance is what the final fields mark (an override may add to it); hooks read it when they run.
  let substance = MODEL_SUBSTANCE
  const defaultFields = claimFields(options, () => substance)
  const fields = override?.fields ? override.fields({ defaultFields }) : defaultFields
  substance = substanceOf(fields)
  assertModelSubstance(substance, slugs.claims)
  const collection: CollectionConfig = {
    slug: slugs.claims,
    labels: { singular: 'Claim', plural: 'Claims' },
    admin: {
      useAsTitle: 'statement',
      defaultColumns: ['statement', 'story', 'reviewState', 'source', 'metric', 'updatedAt'],
      group: 'Newsroom',
    },
    access: enabled ? claimAccess(options.live.now) : undefined,
    // Every revision of a claim is kept (no drafts: the workflow, not Payload's publish button, decides).
    versions: { maxPerDoc: 0 },
    hooks: enabled
      ? {
          ...claimHooks(options, substance),
          // The figure first (its fields from the phrase), then a statement for a phrase alone.
          beforeValidate: [claimFigureHook(slugs.claims), claimStatementHook(slugs.sources)],
        }
      : undefined,
    endpoints: enabled ? claimWorkflowEndpoints(options) : undefined,
    // The substance fields hold the revision being worked on: only staff read them (and so only staff
    // filter, sort, select or populate by them); everyone else reads the approved version. The review
    // state and the time of the last save would tell that a revision is under way: staff only too.
    fields: readableByStaffOnly(enabled, [...substance.names, 'reviewState', 'updatedAt'], fields),
  }
  // Its fields are taken above; the rest of the override is laid over the collection.
  return withCollectionOverride(collection, override && { ...override, fields: undefined })
}

/** The plugin's own fields of a claim; the substance ones marked (see src/claims/claimModel.ts). */
function claimFields(
  { slugs, usersCollection, enabled }: ResolvedNewsroomOptions,
  substance: () => Substance,
): Field[] {
  return [
    substanceField({
      name: 'story',
      type: 'relationship',
      relationTo: slugs.stories,
      required: true,
      index: true,
    }),
    substanceField({
      name: 'update',
      type: 'relationship',
      relationTo: slugs.updates,
      admin: { description: 'The update this claim first appeared in.' },
    }),
    substanceField({
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'figure',
      options: selectOptions(CLAIM_SUBSTANCE.kind.options),
    }),
    substanceField({
      name: 'statement',
      type: 'textarea',
      // Always stored (the hooks write one for a figure given only its phrase), so required in
      // the schema; the check below lets a figure's phrase stand in for it.
      required: true,
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        (typeof value === 'string' && value.trim() !== '') ||
        (siblingData?.kind === 'figure' &&
          typeof siblingData.phrase === 'string' &&
          siblingData.phrase.trim() !== '')
          ? true
          : 'A claim needs a statement in words (a figure claim may give just its phrase).',
      admin: {
        description:
          'What was reported, in words: "The military rescued at least 155 hostages." For a figure, leave it empty to use the phrase and its source.',
      },
    }),
    substanceField({
      name: 'quote',
      type: 'textarea',
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        siblingData?.kind !== 'quote' || (typeof value === 'string' && value.trim() !== '')
          ? true
          : 'A quote claim needs the verbatim words.',
      admin: { description: 'The verbatim words, if quoted.' },
    }),
    {
      type: 'collapsible',
      label: 'Figure',
      admin: { condition: isFigure },
      fields: [
        substanceField({
          name: 'phrase',
          type: 'text',
          admin: {
            description:
              'The figure as reported, e.g. "at least 155 hostages". Value, bounds, qualifier and unit are filled from it.',
          },
        }),
        {
          type: 'row',
          fields: [
            substanceField({ name: 'value', type: 'number' }),
            substanceField({ name: 'lower', type: 'number' }),
            substanceField({ name: 'upper', type: 'number' }),
            substanceField({
              name: 'qualifier',
              type: 'select',
              options: selectOptions(CLAIM_SUBSTANCE.qualifier.options),
            }),
            substanceField({ name: 'unit', type: 'text' }),
          ],
        },
        substanceField({
          name: 'vague',
          type: 'checkbox',
          defaultValue: false,
          admin: {
            readOnly: true,
            description: CLAIM_SUBSTANCE.vague.description,
          },
        }),
        substanceField({
          name: 'metric',
          type: 'text',
          index: true,
          admin: {
            description: 'A key shared by claims about the same measure, e.g. "hostages-rescued".',
          },
        }),
      ],
    },
    {
      type: 'collapsible',
      label: 'Attribution',
      fields: [
        substanceField({
          name: 'source',
          type: 'relationship',
          relationTo: slugs.sources,
          index: true,
        }),
        substanceField({
          name: 'via',
          type: 'relationship',
          relationTo: slugs.sources,
          hasMany: true,
          admin: {
            description: 'The relay chain, nearest first: "a security source, via Reuters".',
          },
        }),
        substanceField({
          name: 'verb',
          type: 'select',
          options: selectOptions(CLAIM_SUBSTANCE.verb.options),
        }),
        substanceField({
          name: 'attributedAt',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        }),
      ],
    },
    substanceField({
      name: 'supersedes',
      type: 'relationship',
      relationTo: slugs.claims,
      admin: {
        description: 'An earlier claim this one replaces; approving this one marks it superseded.',
      },
    }),
    substanceField({
      name: 'evidence',
      type: 'array',
      fields: [
        { name: 'url', type: 'text', required: true },
        { name: 'label', type: 'text' },
      ],
    }),
    {
      name: 'reviewState',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: selectOptions(REVIEW_STATES),
      admin: { position: 'sidebar' },
    },
    {
      name: 'reviewNote',
      type: 'textarea',
      // Written with a review action (reject's note, retract's public reason), by reviewers only.
      access: { read: staffOnlyField, create: reviewerField, update: reviewerField },
      // The review panel shows it and asks for it in the action's own note box.
      admin: { hidden: true },
    },
    // Denormalised from the review history so that read access can filter on it.
    {
      name: 'publicState',
      type: 'select',
      defaultValue: 'none',
      index: true,
      options: selectOptions(PUBLIC_STATES),
      access: { create: systemField, update: systemField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'retractionReason',
      type: 'textarea',
      access: { create: systemField, update: systemField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (_, s) => s?.publicState === 'retracted',
      },
    },
    // Denormalised from the review history so that public reads need not load it.
    {
      name: 'endedAt',
      type: 'date',
      label: 'Retracted or superseded at',
      access: { create: systemField, update: systemField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (_, s) => s?.publicState === 'retracted' || s?.publicState === 'superseded',
      },
    },
    workflowOnly({
      name: 'createdBy',
      label: 'Created by',
      type: 'relationship',
      relationTo: usersCollection,
      admin: { position: 'sidebar' },
    }),
    workflowOnly({
      name: 'lastEditedBy',
      label: 'Last edited by',
      type: 'relationship',
      relationTo: usersCollection,
      admin: { position: 'sidebar' },
    }),
    workflowOnly({
      name: 'approvedBy',
      label: 'Approved by',
      type: 'relationship',
      relationTo: usersCollection,
      admin: { position: 'sidebar' },
    }),
    {
      name: 'approvedAt',
      type: 'date',
      access: { create: systemField, update: systemField },
      admin: { position: 'sidebar', readOnly: true },
    },
    // What the public sees while a revision of an approved claim awaits approval.
    {
      name: 'approvedVersion',
      type: 'json',
      access: { create: systemField, update: systemField },
      hooks: enabled ? { afterRead: [populateApprovedVersion(substance)] } : undefined,
      admin: { hidden: true },
    },
    workflowOnly({
      name: 'reviewHistory',
      type: 'array',
      fields: [
        { name: 'action', type: 'select', options: selectOptions(ACTIONS) },
        { name: 'from', type: 'select', options: selectOptions(REVIEW_STATES) },
        { name: 'to', type: 'select', options: selectOptions(REVIEW_STATES) },
        { name: 'by', type: 'relationship', relationTo: usersCollection },
        { name: 'at', type: 'date' },
        { name: 'note', type: 'textarea' },
      ],
    }),
    // Payload's own timestamp, declared here so that its read access can be set.
    {
      name: 'updatedAt',
      type: 'date',
      index: true,
      admin: { disableBulkEdit: true, hidden: true },
    },
    // Not stored: computed on read, sent back in If-Match (see src/workflow/revision.ts).
    {
      name: 'revision',
      type: 'text',
      virtual: true,
      access: { read: staffOnlyField, create: systemField, update: systemField },
      admin: { hidden: true },
      hooks: {
        afterRead: [({ data }) => (data ? claimRevision(data, substance()) : undefined)],
      },
    },
  ]
}
