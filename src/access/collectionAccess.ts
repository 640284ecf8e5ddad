import type { Access, CollectionConfig, Field, FieldAccess, Where } from 'payload'

import { hasRole, isAdmin, isStaff } from './roles.js'

/** Access rules per collection. Anonymous readers get a query constraint, never a blanket yes. */
type AccessRules = NonNullable<CollectionConfig['access']>

const editors: Access = ({ req }) => hasRole(req.user, 'editor')
const admins: Access = ({ req }) => isAdmin(req.user)

const published: Where = { _status: { equals: 'published' } }

/** Published, in a story that is published: an update or claim of a story never published stays private. */
const inPublishedStory: Where = { 'story._status': { equals: 'published' } }

/** Stories: the public reads what is published, staff read drafts too. */
export function publishedContentAccess(): AccessRules {
  return {
    read: ({ req }) => isStaff(req.user) || published,
    readVersions: ({ req }) => isStaff(req.user),
    create: editors,
    update: editors,
    delete: admins,
  }
}

/** Not under an embargo at `now`: the field, on the update itself or through a claim's `update`. */
const notEmbargoed = (path: string, now: () => Date): Where => ({
  or: [{ [path]: { exists: false } }, { [path]: { less_than_equal: now().toISOString() } }],
})

/**
 * Updates: the public reads published updates of published stories whose embargo has lifted; staff read
 * drafts and embargoed updates too.
 */
export function updateAccess(now: () => Date = () => new Date()): AccessRules {
  return {
    ...publishedContentAccess(),
    read: ({ req }) =>
      isStaff(req.user) || {
        and: [published, inPublishedStory, notEmbargoed('embargoUntil', now)],
      },
  }
}

/** Claims: the public reads what is approved (in a published story); reviewers update (to review), the workflow hooks decide what. */
export function claimAccess(now: () => Date = () => new Date()): AccessRules {
  return {
    read: ({ req }) =>
      isStaff(req.user) || {
        and: [
          { publicState: { equals: 'approved' } },
          inPublishedStory,
          // A claim that first appeared in an embargoed update waits with it.
          notEmbargoed('update.embargoUntil', now),
        ],
      },
    readVersions: ({ req }) => isStaff(req.user),
    create: editors,
    update: ({ req }) => hasRole(req.user, 'editor', 'reviewer'),
    delete: admins,
  }
}

export function sourceAccess(): AccessRules {
  return { read: () => true, create: editors, update: editors, delete: admins }
}

/** A field only staff can read. */
export const staffOnlyField: FieldAccess = ({ req }) => isStaff(req.user)

/** A field only admins can read or write (who knows an anonymous source's identity). */
export const adminOnlyField: FieldAccess = ({ req }) => isAdmin(req.user)

/** A field written only by the plugin's own hooks, never by a request. */
export const systemField: FieldAccess = () => false

/**
 * The named fields (at any depth of rows and collapsibles) readable by staff only. A read rule never
 * looks at the document: Payload checks it without one for `where`, `sort` and relationship paths, and
 * with whatever a `select` loaded for a read, so a rule that depends on sibling data fails open.
 */
export function readableByStaffOnly(
  enabled: boolean,
  names: readonly string[],
  fields: Field[],
): Field[] {
  if (!enabled) return fields
  const restrict = (field: Field): Field => {
    if ('name' in field && names.includes(field.name)) {
      const access = 'access' in field ? field.access : undefined
      return { ...field, access: { ...access, read: staffOnlyField } } as Field
    }
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) {
      return { ...field, fields: field.fields.map(restrict) } as Field
    }
    return field
  }
  return fields.map(restrict)
}
