'use client'
import { useAuth, useConfig } from '@payloadcms/ui'
import Link from 'next/link'
import { useEffect, useState } from 'react'

import { isStaff } from '../access/roles.js'
import { useNewsroomApi } from './useNewsroomApi.js'
import { useNewsroomWords } from './useNewsroomWords.js'

/** The review queue on the dashboard, with how many claims wait, for newsroom staff. */
export function ReviewQueueDashboardLink({ claims }: { claims: string }) {
  const { user } = useAuth()
  const { config } = useConfig()
  const api = useNewsroomApi()
  const say = useNewsroomWords()
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
      <h2 id="newsroom-dashboard-queue">{say('queueTitle')}</h2>
      <p>
        {waiting === null
          ? say('dashboardQueueHelp')
          : waiting === 1
            ? say('dashboardWaitingOne')
            : say('dashboardWaitingMany', { count: waiting })}
      </p>
      <Link
        prefetch={false}
        className="newsroom-button newsroom-button--primary"
        href={`${config.routes.admin}/review-queue`}
      >
        {say('dashboardOpenQueue')}
      </Link>
    </section>
  )
}
