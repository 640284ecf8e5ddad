import type { Access, CollectionConfig, FieldAccess } from 'payload'

import { hasRole, isAdmin, isStaff } from './roles.js'

/** Access rules per collection. Anonymous readers get a query constraint, never a blanket yes. */
type AccessRules = NonNullable<CollectionConfig['access']>

const editors: Access = ({ req }) => hasRole(req.user, 'editor')
const admins: Access = ({ req }) => isAdmin(req.user)

/** Stories and updates: the public reads what is published, staff read drafts too. */
export function publishedContentAccess(): AccessRules {
  return {
    read: ({ req }) => isStaff(req.user) || { _status: { equals: 'published' } },
    readVersions: ({ req }) => isStaff(req.user),
    create: editors,
    update: editors,
    delete: admins,
  }
}

/** Claims: the public reads what is approved; reviewers update (to review), the workflow hooks decide what. */
export function claimAccess(): AccessRules {
  return {
    read: ({ req }) => isStaff(req.user) || { publicState: { equals: 'approved' } },
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
