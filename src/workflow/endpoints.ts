import type { Endpoint, PayloadRequest } from 'payload'

import { NewsroomRefusal } from '../errors.js'
import { translate } from '../i18n/translate.js'
import type { ResolvedNewsroomOptions } from '../options.js'
import { isPossibleId } from '../reliability/documentIds.js'
import { claimEditTurns, withClaimLock } from './claimLock.js'
import { ACTION_CONTEXT } from './claimHooks.js'
import { PERSON_ACTIONS, TRANSITIONS } from './states.js'

/** The optional {"note"}: no body at all is fine; a body that is there must be JSON. */
async function readNote(req: PayloadRequest): Promise<string | null> {
  const text = typeof req.text === 'function' ? await req.text() : ''
  if (!text.trim()) return null
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw NewsroomRefusal.say(req, { key: 'refusedBodyJson' }, 400)
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw NewsroomRefusal.say(req, { key: 'refusedBodyObject' }, 400)
  }
  const note = (body as { note?: unknown }).note
  if (note != null && typeof note !== 'string') {
    throw NewsroomRefusal.say(req, { key: 'refusedNoteString' }, 400)
  }
  return note ?? null
}

/**
 * POST /api/<claims>/:id/<action> with an optional {"note"} (needed to reject and to retract) and an
 * optional `If-Match: "<revision>"`. The action is performed or refused: 403 for a role that may not,
 * 409 when the claim's state does not allow it (a second approve included), 404 for no such claim,
 * 412 when the claim changed since the revision named. The collection hooks decide, as they do for
 * every other write; the endpoint names the action and takes the claim's turn.
 */
export function claimWorkflowEndpoints({ slugs, database }: ResolvedNewsroomOptions): Endpoint[] {
  // One endpoint per action a person takes (states.ts); supersession follows an approval by itself.
  const actions: Endpoint[] = PERSON_ACTIONS.map((action) => ({
    path: `/:id/${action}`,
    method: 'post',
    handler: async (req) => {
      const id = String(req.routeParams?.id)
      if (!isPossibleId(req.payload, slugs.claims, id)) {
        throw NewsroomRefusal.say(req, { key: 'refusedNoClaim', vars: { id } }, 404)
      }
      const note = await readNote(req)
      const to = TRANSITIONS[action].to
      const doc = await withClaimLock(
        `${slugs.claims}:${id}`,
        () =>
          req.payload.update({
            collection: slugs.claims,
            id,
            data: { reviewState: to, ...(note != null ? { reviewNote: note } : {}) },
            context: { [ACTION_CONTEXT]: to },
            req,
            user: req.user,
            overrideAccess: false,
            depth: 0,
          }),
        database.claimTurnWait,
      )
      const revision = (doc as { revision?: string }).revision
      return Response.json(
        { message: translate(req.t, { key: 'actionDone', vars: { id, action } }), doc },
        { headers: revision ? { ETag: `"${revision}"` } : {} },
      )
    },
  }))
  return [claimEditTurns(slugs.claims, database.claimTurnWait), ...actions]
}
