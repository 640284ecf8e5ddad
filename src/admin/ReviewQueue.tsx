'use client'
import { SetStepNav, useConfig } from '@payloadcms/ui'
import Link from 'next/link'
import { useRouter } from 'next/navigation'

import { ReviewActions } from './ReviewActions.js'
import type { QueueRow } from './reviewQueueRows.js'
import { ReviewStateBadge } from './ReviewStateBadge.js'

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

/** The queue's list: one card per pending claim with its context and the review buttons inline. */
export function ReviewQueue({
  rows,
  claims,
  stories,
}: {
  rows: QueueRow[]
  claims: string
  stories: string
}) {
  const router = useRouter()
  const { config } = useConfig()
  const admin = config.routes.admin
  return (
    <section className="newsroom-queue" aria-labelledby="newsroom-queue-title">
      <SetStepNav nav={[{ label: 'Review queue' }]} />
      <h1 id="newsroom-queue-title">Review queue</h1>
      <p className="newsroom-hint">
        Claims waiting for review across all stories, oldest first. You cannot approve a claim you
        created or last edited (four-eyes rule).
      </p>
      {rows.length === 0 ? (
        <p>Nothing is waiting for review.</p>
      ) : (
        <ol className="newsroom-queue__list">
          {rows.map((row) => (
            <li key={row.id} className="newsroom-card" data-claim-id={row.id}>
              <div className="newsroom-card__head">
                <Link
                  href={`${admin}/collections/${claims}/${row.id}`}
                  className="newsroom-card__title"
                >
                  {row.statement}
                </Link>
                <ReviewStateBadge state={row.reviewState} />
              </div>
              <dl className="newsroom-facts">
                {row.phrase ? (
                  <div>
                    <dt>Figure</dt>
                    <dd>{row.phrase}</dd>
                  </div>
                ) : null}
                <div>
                  <dt>Story</dt>
                  <dd>
                    {row.story ? (
                      <Link href={`${admin}/collections/${stories}/${row.story.id}`}>
                        {row.story.title}
                      </Link>
                    ) : (
                      '—'
                    )}
                  </dd>
                </div>
                <div>
                  <dt>Source</dt>
                  <dd>{row.source ?? 'Unattributed'}</dd>
                </div>
                <div>
                  <dt>Created by</dt>
                  <dd>{row.createdBy?.name ?? '—'}</dd>
                </div>
                <div>
                  <dt>Last edited by</dt>
                  <dd>{row.lastEditedBy?.name ?? '—'}</dd>
                </div>
                <div>
                  <dt>Waiting since</dt>
                  <dd>
                    <time dateTime={row.waitingSince}>{when(row.waitingSince)}</time>
                  </dd>
                </div>
              </dl>
              <ReviewActions
                claim={{
                  ...row,
                  createdBy: row.createdBy?.id ?? null,
                  lastEditedBy: row.lastEditedBy?.id ?? null,
                }}
                claims={claims}
                onDone={() => router.refresh()}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
