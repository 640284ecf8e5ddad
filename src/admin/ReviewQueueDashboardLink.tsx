'use client'
import { useAuth, useConfig } from '@payloadcms/ui'
import Link from 'next/link'
import { useEffect, useState } from 'react'

import { isStaff } from '../access/roles.js'
import { useNewsroomApi } from './useNewsroomApi.js'

/** The review queue on the dashboard, with how many claims wait, for newsroom staff. */
export function ReviewQueueDashboardLink({ claims }: { claims: string }) {
  const { user } = useAuth()
  const { config } = useConfig()
  const api = useNewsroomApi()
  const staff = isStaff(user as { roles?: unknown } | null)
  const [waiting, setWaiting] = useState<number | null>(null)
  useEffect(() => {
    if (!staff) return
    let live = true
    api<{ totalDocs: number }>(`/${claims}?where[reviewState][equals]=pending&limit=1&depth=0`)
      .then((r) => live && setWaiting(r.totalDocs))
      .catch(() => live && setWaiting(null))
    return () => {
      live = false
    }
  }, [api, claims, staff])
  if (!staff) return null
  return (
    <section className="newsroom-dashboard-card" aria-labelledby="newsroom-dashboard-queue">
      <h2 id="newsroom-dashboard-queue">Review queue</h2>
      <p>
        {waiting === null
          ? 'Claims waiting for review, and approved claims to retract or supersede.'
          : waiting === 1
            ? '1 claim is waiting for review.'
            : `${waiting} claims are waiting for review.`}
      </p>
      <Link
        className="newsroom-button newsroom-button--primary"
        href={`${config.routes.admin}/review-queue`}
      >
        Open the review queue
      </Link>
    </section>
  )
}
