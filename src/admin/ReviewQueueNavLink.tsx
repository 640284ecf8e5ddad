'use client'
import { useAuth, useConfig } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { isStaff } from '../access/roles.js'
import { useNewsroomWords } from './useNewsroomWords.js'

/** A link to the review queue in the admin's navigation, for newsroom staff. */
export function ReviewQueueNavLink() {
  const { user } = useAuth()
  const { config } = useConfig()
  const pathname = usePathname()
  const say = useNewsroomWords()
  if (!isStaff(user as { roles?: unknown } | null)) return null
  const href = `${config.routes.admin}/review-queue`
  return (
    <Link
      prefetch={false}
      href={href}
      className="nav__link newsroom-nav-link"
      aria-current={pathname === href ? 'page' : undefined}
    >
      <span className="nav__link-label">{say('queueTitle')}</span>
    </Link>
  )
}
