import type { Field } from 'payload'

export const ROLES = ['admin', 'editor', 'reviewer'] as const
export type Role = (typeof ROLES)[number]

interface MaybeUser {
  roles?: unknown
}

export function rolesOf(user: MaybeUser | null | undefined): Role[] {
  if (!user || !Array.isArray(user.roles)) return []
  return user.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r))
}

export function hasRole(user: MaybeUser | null | undefined, ...roles: Role[]): boolean {
  const own = rolesOf(user)
  return own.includes('admin') || roles.some((r) => own.includes(r))
}

export const isAdmin = (user: MaybeUser | null | undefined): boolean => hasRole(user)

/** Staff are signed-in users with any newsroom role; they see drafts and private fields. */
export const isStaff = (user: MaybeUser | null | undefined): boolean => rolesOf(user).length > 0

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
