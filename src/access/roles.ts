import type { Field } from 'payload'

export const ROLES = ['admin', 'editor', 'reviewer'] as const
export type Role = (typeof ROLES)[number]

/**
 * Any signed-in user or none: the app's generated `User` type, Payload's `UntypedUser` (a plugin compiled
 * without the app's payload-types.ts), or a plain object. Only its `roles` are read.
 */
export type MaybeUser = object | null | undefined

function rolesOf(user: MaybeUser): Role[] {
  const roles = user && 'roles' in user ? user.roles : undefined
  if (!Array.isArray(roles)) return []
  return roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r))
}

export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  const own = rolesOf(user)
  return own.includes('admin') || roles.some((r) => own.includes(r))
}

export const isAdmin = (user: MaybeUser): boolean => hasRole(user)

/** Staff are signed-in users with any newsroom role; they see drafts and private fields. */
export const isStaff = (user: MaybeUser): boolean => rolesOf(user).length > 0

/** The `roles` field added to the auth collection: only admins may set or change it. */
export function rolesField(): Field {
  return {
    name: 'roles',
    type: 'select',
    hasMany: true,
    options: ROLES.map((value) => ({ label: value[0].toUpperCase() + value.slice(1), value })),
    defaultValue: ['editor'],
    saveToJWT: true,
    access: {
      create: ({ req }) => isAdmin(req.user),
      update: ({ req }) => isAdmin(req.user),
    },
    admin: { position: 'sidebar', description: 'Only admins can change roles.' },
  }
}
