import {
  QueryError,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type FlattenedField,
  type PayloadRequest,
  type Where,
} from 'payload'

import { isAdmin } from './roles.js'

/**
 * Three kinds of filter and sort path that Payload 3.90's own checks let through, refused before the
 * query runs (all found by the leak suite):
 * - a path through a relationship into the users collection (`createdBy.email`, `reviewHistory.by.name`,
 *   `identityKnownBy.salt`), for anyone but admins: people read only their own account, but a
 *   relationship inside an array is not scoped to the rows one may read, and a sort by a hidden field
 *   (`hash`, `salt`) of a related user is not checked at all, which orders sources by who knows them;
 * - a path to a hidden field (`hash`, `salt`, ...) anywhere, for everyone;
 * - a path that goes on past a plain field (`sort=name.x`), for everyone: Payload's sort check finds no
 *   field by that path and lets it through unchecked, while the SQL adapters sort by the field the path
 *   starts with, so the public could order sources by their real names. Only JSON fields have paths
 *   inside them, and those are checked by the JSON field's own read rule.
 * Filtering by the relationship itself (`createdBy equals <id>`) stays allowed.
 */
export function queryPathGuard(usersCollection: string): CollectionBeforeOperationHook {
  return async ({ args, collection, req }) => {
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
    const refused: string[] = []
    for (const path of paths) {
      if (await refusedPath(req, collection.slug, path, usersCollection, isAdmin(req.user)))
        refused.push(path)
    }
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

async function refusedPath(
  req: PayloadRequest,
  slug: string,
  path: string,
  usersCollection: string,
  admin: boolean,
): Promise<boolean> {
  const { payload } = req
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
    } else if (rest.length === 0) {
      return false
    } else if (
      field.type === 'json' ||
      (field.localized && rest.length === 1 && isLocale(req, rest[0]))
    ) {
      // Inside a JSON field, or one locale of a localized field: Payload does not check the field's
      // read rule for such a path, so check it here, without a document (a query runs over every row).
      const read = field.access?.read
      return read ? !(await read({ req })) : false
    } else {
      return true
    }
  }
  return false
}

function isLocale(req: PayloadRequest, code: string): boolean {
  const localization = req.payload.config.localization
  return !!localization && localization.localeCodes.includes(code)
}
