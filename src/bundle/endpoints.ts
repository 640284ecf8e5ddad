import type { Endpoint, PayloadRequest } from 'payload'

import { isAdmin } from '../access/roles.js'
import { NewsroomRefusal } from '../errors.js'
import type { ResolvedNewsroomOptions } from '../options.js'
import { OWN_BODY_LIMIT, type OwnBodyLimit } from '../reliability/bodyLimits.js'
import { isPossibleId } from '../reliability/documentIds.js'
import { exportStoryBundle } from './exportStory.js'
import { BundleRefusal, importStoryBundle } from './importStory.js'

/** Bundles carry every draft, revision and review note: admins only. */
function adminOnly(req: PayloadRequest): void {
  if (!req.user)
    throw new NewsroomRefusal('Sign in as an admin to export or import a story bundle.', 401)
  if (!isAdmin(req.user))
    throw new NewsroomRefusal('Only admins export and import story bundles.', 403)
}

/**
 * `GET /api/<stories>/:id/bundle` exports a story as a bundle (see docs/story-bundles.md);
 * `POST /api/<stories>/bundle` imports one into this install: 201 with the new ids, or a 400 naming the
 * first bad path and nothing written.
 */
export function storyBundleEndpoints(options: ResolvedNewsroomOptions): Endpoint[] {
  const { slugs, usersCollection } = options
  // A bundle carries every version of a story: its import takes bodies of its own size.
  const importLimit: OwnBodyLimit = {
    maxBodyBytes: options.bundles.maxBodyBytes,
    option: 'bundles.maxBodyBytes',
  }
  return [
    {
      path: '/:id/bundle',
      method: 'get',
      handler: async (req) => {
        adminOnly(req)
        const id = String(req.routeParams?.id)
        const bundle = isPossibleId(req.payload, slugs.stories, id)
          ? await exportStoryBundle(req.payload, slugs, usersCollection, id, req)
          : null
        if (!bundle) throw new NewsroomRefusal(`No story with id "${id}".`, 404)
        return Response.json(bundle, {
          headers: {
            'Content-Disposition': `attachment; filename="${String(bundle.story.doc.slug)}.bundle.json"`,
            'Cache-Control': 'no-store',
          },
        })
      },
    },
    {
      path: '/bundle',
      method: 'post',
      custom: { [OWN_BODY_LIMIT]: importLimit },
      handler: async (req) => {
        adminOnly(req)
        const text = typeof req.text === 'function' ? await req.text() : ''
        let input: unknown
        try {
          input = JSON.parse(text)
        } catch (err) {
          throw new BundleRefusal(`the body is not JSON (${(err as Error).message})`, 400, '')
        }
        const imported = await importStoryBundle(req, options, input)
        return Response.json(imported, { status: 201 })
      },
    },
  ]
}
