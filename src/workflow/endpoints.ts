import type { Endpoint, PayloadRequest } from 'payload'

import { NewsroomRefusal } from '../errors.js'
import type { ResolvedNewsroomOptions } from '../options.js'
import { claimEditTurns, withClaimLock } from './claimLock.js'
import { TRANSITIONS, type Action } from './states.js'

/** The review actions a person can take over HTTP; supersession follows an approval by itself. */
const HTTP_ACTIONS = [
  'submit',
  'approve',
  'reject',
  'revise',
  'retract',
] as const satisfies readonly Action[]

async function readNote(req: PayloadRequest): Promise<string | null> {
  if (!req.json) return null
  let body: unknown
  try {
    body = await req.json()
  } catch {
    throw new NewsroomRefusal('The request body must be JSON, e.g. {"note": "..."}.', 400)
  }
  const note = (body as { note?: unknown } | null)?.note
  if (note != null && typeof note !== 'string') {
    throw new NewsroomRefusal('"note" must be a string.', 400)
  }
  return note ?? null
}

/**
 * POST /api/<claims>/:id/<action> with an optional {"note"}. The endpoint only names the target state;
 * the collection hooks decide whether the move is allowed, as they do for every other write.
 */
export function claimWorkflowEndpoints({ slugs }: ResolvedNewsroomOptions): Endpoint[] {
  const actions: Endpoint[] = HTTP_ACTIONS.map((action) => ({
    path: `/:id/${action}`,
    method: 'post',
    handler: async (req) => {
      const id = req.routeParams?.id as string
      const note = await readNote(req)
      const doc = await withClaimLock(`${slugs.claims}:${id}`, () =>
        req.payload.update({
          collection: slugs.claims,
          id,
          data: {
            reviewState: TRANSITIONS[action].to,
            ...(note != null ? { reviewNote: note } : {}),
          },
          req,
          user: req.user,
          overrideAccess: false,
          depth: 0,
        }),
      )
      return Response.json({ message: `Claim ${id}: ${action} done.`, doc })
    },
  }))
  return [claimEditTurns(slugs.claims), ...actions]
}
