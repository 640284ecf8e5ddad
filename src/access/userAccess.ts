import type { Access, CollectionConfig } from 'payload'

import { isAdmin } from './roles.js'

const selfOrAdmin: Access = ({ req }) =>
  isAdmin(req.user) ? true : req.user ? { id: { equals: req.user.id } } : false

/** People manage their own account; admins manage everyone's. */
export function userAccess(): NonNullable<CollectionConfig['access']> {
  return {
    read: selfOrAdmin,
    create: ({ req }) => isAdmin(req.user),
    update: selfOrAdmin,
    delete: ({ req }) => isAdmin(req.user),
  }
}
