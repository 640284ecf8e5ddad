import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, CollectionSlug } from 'payload'

import { isStaff } from '../access/roles.js'
import type { NewsroomSlugs } from '../options.js'
import { ReviewQueue } from './ReviewQueue.js'
import { readReviewQueue } from './reviewQueueRows.js'

export interface ReviewQueueViewProps {
  slugs: NewsroomSlugs
  usersCollection: CollectionSlug
}

/** The review queue admin view (/admin/review-queue): every pending claim, oldest first. */
export async function ReviewQueueView({
  initPageResult,
  params,
  searchParams,
  slugs,
  usersCollection,
}: AdminViewServerProps & ReviewQueueViewProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const { payload, user } = req
  const adminRoute = payload.config.routes.admin
  // Custom views are not behind Payload's login by themselves.
  if (!user)
    redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/review-queue`)}`)
  const rows = isStaff(user) ? await readReviewQueue(req, slugs, usersCollection) : []
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <ReviewQueue rows={rows} claims={slugs.claims} stories={slugs.stories} />
      </Gutter>
    </DefaultTemplate>
  )
}
