import type { CollectionConfig, Field, FieldAccess, PayloadRequest } from 'payload'

import {
  claimAccess,
  readableByStaffOnly,
  staffOnlyField,
  systemField,
} from '../src/access/collectionAccess.js'
import { hasRole } from '../src/access/roles.js'
import {
  COMPONENT_PATHS,
  componentsIf,
  personField,
  relationTitleCell,
} from '../src/admin/componentPaths.js'
import { claimFigureHook } from './hooks/claimFigureHook.js'
import { claimStatementHook } from './hooks/claimStatementHook.js'
import { words } from '../src/i18n/newsroomI18n.js'
import { translate } from '../src/i18n/translate.js'
import { CLAIM_SUBSTANCE } from '../src/claims/claimModel.js'
import { withCollectionOverride } from '../src/collectionOverride.js'
import { behaviourIf, collectionHeader } from '../src/collectionHeader.js'
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

/** What a field's `validate` is given that these checks read (Payload passes the request too). */
type ValidateArgs = { siblingData: Record<string, unknown>; req?: PayloadRequest }

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
    ...collectionHeader(slugs.claims, 'claim', {
      useAsTitle: 'statement',
      defaultColumns: ['statement', 'story', 'reviewState', 'source', 'metric', 'updatedAt'],
    }),
    // Every revision of a claim is kept (no drafts: the workflow, not Payload's publish button, decides).
    versions: { maxPerDoc: 0 },
    ...behaviourIf(enabled, {
      access: claimAccess(options.live.now),
      hooks: {
        ...claimHooks(options, substance),
        // The figure first (its fields from the phrase), then a statement for a phrase alone.
        beforeValidate: [claimFigureHook(slugs.claims), claimStatementHook(slugs.sources)],
      },
      endpoints: claimWorkflowEndpoints(options),
    }),
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
  // The claim's people, shown by name to staff.
  const people = personField(usersCollection)
  return [
    substanceField({
      name: 'story',
      label: words('fieldStory'),
      type: 'relationship',
      relationTo: slugs.stories,
      required: true,
      index: true,
      admin: componentsIf(enabled, relationTitleCell),
    }),
    substanceField({
      name: 'update',
      label: words('fieldUpdate'),
      type: 'relationship',
      relationTo: slugs.updates,
      admin: {
        description: words('helpUpdate'),
        ...componentsIf(enabled, relationTitleCell),
      },
    }),
    substanceField({
      name: 'kind',
      label: words('fieldKind'),
      type: 'select',
      required: true,
      defaultValue: 'figure',
      options: selectOptions('kind', CLAIM_SUBSTANCE.kind.options),
    }),
    substanceField({
      name: 'statement',
      label: words('fieldStatement'),
      type: 'textarea',
      // Always stored (the hooks write one for a figure given only its phrase), so required in
      // the schema; the check below lets a figure's phrase stand in for it.
      required: true,
      validate: (value: unknown, { siblingData, req }: ValidateArgs) =>
        (typeof value === 'string' && value.trim() !== '') ||
        (siblingData?.kind === 'figure' &&
          typeof siblingData.phrase === 'string' &&
          siblingData.phrase.trim() !== '')
          ? true
          : translate(req?.t, { key: 'invalidStatement' }),
      admin: {
        description: words('helpStatement'),
      },
    }),
    substanceField({
      name: 'quote',
      label: words('fieldQuote'),
      type: 'textarea',
      validate: (value: unknown, { siblingData, req }: ValidateArgs) =>
        siblingData?.kind !== 'quote' || (typeof value === 'string' && value.trim() !== '')
          ? true
          : translate(req?.t, { key: 'invalidQuote' }),
      admin: { description: words('helpQuote') },
    }),
    {
      type: 'collapsible',
      label: words('fieldFigure'),
      admin: { condition: isFigure },
      fields: [
        substanceField({
          name: 'phrase',
          label: words('fieldPhrase'),
          type: 'text',
          admin: {
            description: words('helpPhrase'),
            // Read back as it is typed: what the parser makes of it.
            ...componentsIf(enabled, { Field: COMPONENT_PATHS.FigurePhraseField }),
          },
        }),
        {
          type: 'row',
          fields: [
            substanceField({ name: 'value', label: words('fieldValue'), type: 'number' }),
            substanceField({ name: 'lower', label: words('fieldLower'), type: 'number' }),
            substanceField({ name: 'upper', label: words('fieldUpper'), type: 'number' }),
            substanceField({
              name: 'qualifier',
              label: words('fieldQualifier'),
              type: 'select',
              options: selectOptions('qualifier', CLAIM_SUBSTANCE.qualifier.options),
            }),
            substanceField({ name: 'unit', label: words('fieldUnit'), type: 'text' }),
          ],
        },
        substanceField({
          name: 'vague',
          label: words('fieldVague'),
          type: 'checkbox',
          defaultValue: false,
          admin: {
            readOnly: true,
            description: CLAIM_SUBSTANCE.vague.description,
          },
        }),
        substanceField({
          name: 'metric',
          label: words('fieldMetric'),
          type: 'text',
          index: true,
          admin: {
            description: words('helpMetric'),
          },
        }),
      ],
    },
    {
      type: 'collapsible',
      label: words('fieldAttribution'),
      fields: [
        substanceField({
          name: 'source',
          label: words('fieldSource'),
          type: 'relationship',
          relationTo: slugs.sources,
          index: true,
          admin: componentsIf(enabled, relationTitleCell),
        }),
        substanceField({
          name: 'via',
          label: words('fieldVia'),
          type: 'relationship',
          relationTo: slugs.sources,
          hasMany: true,
          admin: {
            description: words('helpVia'),
          },
        }),
        substanceField({
          name: 'verb',
          label: words('fieldVerb'),
          type: 'select',
          options: selectOptions('verb', CLAIM_SUBSTANCE.verb.options),
        }),
        substanceField({
          name: 'attributedAt',
          label: words('fieldAttributedAt'),
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        }),
      ],
    },
    substanceField({
      name: 'supersedes',
      label: words('fieldSupersedes'),
      type: 'relationship',
      relationTo: slugs.claims,
      admin: {
        description: words('helpSupersedes'),
        ...componentsIf(enabled, relationTitleCell),
      },
    }),
    substanceField({
      name: 'evidence',
      label: words('fieldEvidence'),
      type: 'array',
      fields: [
        { name: 'url', label: words('fieldUrl'), type: 'text', required: true },
        { name: 'label', label: words('fieldLabel'), type: 'text' },
      ],
    }),
    {
      name: 'reviewState',
      label: words('fieldReviewState'),
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: selectOptions('state', REVIEW_STATES),
      admin: {
        position: 'sidebar',
        // The state as a badge, with the review actions the workflow allows this user.
        ...componentsIf(enabled, {
          Cell: COMPONENT_PATHS.ReviewStateCell,
          Field: { path: COMPONENT_PATHS.ReviewPanel, clientProps: { claims: slugs.claims } },
        }),
      },
    },
    {
      name: 'reviewNote',
      label: words('fieldReviewNote'),
      type: 'textarea',
      // Written with a review action (reject's note, retract's public reason), by reviewers only.
      access: { read: staffOnlyField, create: reviewerField, update: reviewerField },
      // The review panel shows it and asks for it in the action's own note box.
      admin: { hidden: true },
    },
    // Denormalised from the review history so that read access can filter on it.
    {
      name: 'publicState',
      label: words('fieldPublicState'),
      type: 'select',
      defaultValue: 'none',
      index: true,
      options: selectOptions('publicState', PUBLIC_STATES),
      access: { create: systemField, update: systemField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'retractionReason',
      label: words('fieldRetractionReason'),
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
      label: words('fieldEndedAt'),
      type: 'date',
      access: { create: systemField, update: systemField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (_, s) => s?.publicState === 'retracted' || s?.publicState === 'superseded',
      },
    },
    workflowOnly({
      name: 'createdBy',
      label: words('fieldCreatedBy'),
      type: 'relationship',
      relationTo: usersCollection,
      admin: { position: 'sidebar', ...componentsIf(enabled, people) },
    }),
    workflowOnly({
      name: 'lastEditedBy',
      label: words('fieldLastEditedBy'),
      type: 'relationship',
      relationTo: usersCollection,
      admin: { position: 'sidebar', ...componentsIf(enabled, people) },
    }),
    workflowOnly({
      name: 'approvedBy',
      label: words('fieldApprovedBy'),
      type: 'relationship',
      relationTo: usersCollection,
      admin: { position: 'sidebar', ...componentsIf(enabled, people) },
    }),
    {
      name: 'approvedAt',
      label: words('fieldApprovedAt'),
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
      label: words('fieldReviewHistory'),
      type: 'array',
      fields: [
        {
          name: 'action',
          label: words('fieldAction'),
          type: 'select',
          options: selectOptions('history', ACTIONS),
        },
        {
          name: 'from',
          label: words('fieldFrom'),
          type: 'select',
          options: selectOptions('state', REVIEW_STATES),
        },
        {
          name: 'to',
          label: words('fieldTo'),
          type: 'select',
          options: selectOptions('state', REVIEW_STATES),
        },
        // Each review step's reviewer, by name like the sidebar's people.
        {
          name: 'by',
          label: words('fieldBy'),
          type: 'relationship',
          relationTo: usersCollection,
          admin: componentsIf(enabled, people),
        },
        { name: 'at', label: words('fieldAt'), type: 'date' },
        { name: 'note', label: words('fieldNote'), type: 'textarea' },
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
