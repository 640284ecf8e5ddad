import { ValidationError, type CollectionConfig } from 'payload'

import { NewsroomRefusal } from '../errors.js'
import { isStaff } from '../access/roles.js'
import type { ResolvedNewsroomOptions } from '../options.js'
import { applyClaimChange } from './applyClaimChange.js'
import { touchClaimRow } from './claimLock.js'
import { WorkflowRefusal } from './planTransition.js'
import { showApprovedVersion, selectApprovedVersion } from './approvedVersion.js'
import { claimRevision, ifMatchAccepts } from './revision.js'
import type { StoredClaim } from '../documents.js'
import type { ReviewState } from './states.js'
import type { Substance } from './substance.js'

type Hooks = NonNullable<CollectionConfig['hooks']>

/** Marks a write made by the workflow itself (a supersession), not by a person. */
const SYSTEM_CONTEXT = 'newsroomWorkflowSystem'
/** Marks a write made by a review action endpoint: the state it names (see applyClaimChange). */
export const ACTION_CONTEXT = 'newsroomWorkflowAction'

function toPayloadError(err: WorkflowRefusal, collection: string): Error {
  if (err.status === 400 && err.field) {
    return new ValidationError({ collection, errors: [{ path: err.field, message: err.message }] })
  }
  return new NewsroomRefusal(err.message, err.status)
}

/** Thin hooks: the rules are in applyClaimChange and planTransition. */
export function claimHooks({ slugs }: ResolvedNewsroomOptions, substance: Substance): Hooks {
  const collection = slugs.claims
  return {
    beforeOperation: [
      async ({ args, operation, req }) => {
        const { id } = args as { id?: number | string }
        if (operation === 'update' && id != null) await touchClaimRow(req, collection, id)
        return args
      },
      selectApprovedVersion(substance),
    ],
    beforeChange: [
      ({ data, originalDoc, operation, req, context }) => {
        const system = context[SYSTEM_CONTEXT] === true
        const ifMatch = req.headers?.get?.('if-match')
        // Read after the claim's row lock: the precondition holds against what this write replaces.
        if (operation === 'update' && ifMatch && !system && originalDoc) {
          const current = claimRevision(originalDoc, substance)
          if (!ifMatchAccepts(ifMatch, current)) {
            throw new NewsroomRefusal(
              `The claim changed since you read it (If-Match ${ifMatch}, now "${current}"): read it again before you act.`,
              412,
            )
          }
        }
        try {
          return applyClaimChange({
            // The supersession an approval sets off shares the request's context: it names no action.
            action: system ? undefined : (context[ACTION_CONTEXT] as ReviewState | undefined),
            data,
            substance,
            original: operation === 'update' ? originalDoc : undefined,
            actor: req.user,
            system,
            now: new Date().toISOString(),
          })
        } catch (err) {
          throw err instanceof WorkflowRefusal ? toPayloadError(err, collection) : err
        }
      },
    ],
    afterChange: [
      async ({ doc, previousDoc, operation, req }) => {
        const approvedNow =
          doc.reviewState === 'approved' &&
          (operation === 'create' || previousDoc?.reviewState !== 'approved')
        const older =
          typeof doc.supersedes === 'object' && doc.supersedes ? doc.supersedes.id : doc.supersedes
        if (!approvedNow || older == null) return doc
        const olderDoc = (await req.payload.findByID({
          collection,
          id: older,
          depth: 0,
          req,
          overrideAccess: true,
        })) as StoredClaim
        if (olderDoc?.publicState === 'approved') {
          await req.payload.update({
            collection,
            id: older,
            data: { reviewState: 'superseded' },
            context: { [SYSTEM_CONTEXT]: true },
            req,
            overrideAccess: true,
            depth: 0,
          })
        }
        return doc
      },
    ],
    beforeDelete: [
      async ({ id, req }) => {
        const doc = (await req.payload.findByID({
          collection,
          id,
          depth: 0,
          req,
          overrideAccess: true,
          disableErrors: true,
        })) as StoredClaim | null
        if (doc && doc.publicState !== 'none') {
          throw new NewsroomRefusal(
            'A claim that was ever public is never deleted: retract it instead, so the correction stays visible.',
            409,
          )
        }
      },
    ],
    afterRead: [({ doc, req }) => (isStaff(req.user) ? doc : showApprovedVersion(doc))],
  }
}
