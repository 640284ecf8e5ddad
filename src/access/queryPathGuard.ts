import {
  QueryError,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type FlattenedField,
  type Payload,
  type Where,
} from 'payload'

import { isAdmin } from './roles.js'

/**
 * Two kinds of filter and sort path that Payload 3.90's own checks let through, refused before the
 * query runs (both found by the leak suite):
 * - a path through a relationship into the users collection (`createdBy.email`, `reviewHistory.by.name`,
 *   `identityKnownBy.salt`), for anyone but admins: people read only their own account, but a
 *   relationship inside an array is not scoped to the rows one may read, and a sort by a hidden field
 *   (`hash`, `salt`) of a related user is not checked at all, which orders sources by who knows them;
 * - a path to a hidden field (`hash`, `salt`, ...) anywhere, for everyone.
 * Filtering by the relationship itself (`createdBy equals <id>`) stays allowed.
 */
export function queryPathGuard(usersCollection: string): CollectionBeforeOperationHook {
  return ({ args, collection, req }) => {
    const { where, sort, overrideAccess } = args as {
      where?: Where
      sort?: string | string[]
      overrideAccess?: boolean
    }
    if (overrideAccess) return args
    const paths = [
      ...wherePaths(where),
      ...(Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []).map((s) =>
        s.trim().replace(/^-/, ''),
      ),
    ]
    const refused = paths.filter((path) =>
      refusedPath(req.payload, collection.slug, path, usersCollection, isAdmin(req.user)),
    )
    if (refused.length > 0) throw new QueryError(refused.map((path) => ({ path })))
    return args
  }
}

function wherePaths(where: unknown): string[] {
  if (!where || typeof where !== 'object') return []
  return Object.entries(where as Record<string, unknown>).flatMap(([key, value]) =>
    key === 'and' || key === 'or'
      ? (Array.isArray(value) ? value : []).flatMap(wherePaths)
      : [key.replace(/__/g, '.')],
  )
}

function refusedPath(
  payload: Payload,
  slug: string,
  path: string,
  usersCollection: string,
  admin: boolean,
): boolean {
  let fields: FlattenedField[] | undefined =
    payload.collections[slug as CollectionSlug]?.config.flattenedFields
  const segments = path.split('.')
  for (let i = 0; i < segments.length && fields; i++) {
    const field: FlattenedField | undefined = fields.find(
      (f) => 'name' in f && f.name === segments[i],
    )
    if (!field) return false // Payload's own checks answer unknown paths.
    if ('hidden' in field && field.hidden) return true
    const rest = segments.slice(i + 1)
    if (field.type === 'relationship' || field.type === 'upload') {
      if (rest.length === 0 || (rest.length === 1 && rest[0] === 'id')) return false
      if (typeof field.relationTo !== 'string') return false
      if (field.relationTo === usersCollection && !admin) return true
      fields = payload.collections[field.relationTo as CollectionSlug]?.config.flattenedFields
    } else if ('flattenedFields' in field) {
      fields = field.flattenedFields
    } else {
      return false
    }
  }
  return false
}
