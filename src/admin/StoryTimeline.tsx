'use client'
import { useConfig } from '@payloadcms/ui'
import Link from 'next/link'

import type { PublicState, ReviewState } from '../workflow/states.js'
import { ReviewActions } from './ReviewActions.js'
import { ReviewStateBadge } from './ReviewStateBadge.js'
import type { StoryDesk } from './useStoryDesk.js'
import { useNewsroomFormat, useNewsroomWords, useOptionWords } from './useNewsroomWords.js'

/**
 * The story's updates in the order events happened, drafts included, with the claims each carries
 * and their review buttons (the desk reloads after an action). The plugin's links are never
 * prefetched, like Payload's own: each prefetch renders a whole document view on the server, and the
 * desk shows dozens of links at once (the browser journey saw 15 such renders per desk visit).
 */
export function StoryTimeline({
  updates,
  claims,
  slugs,
  onChanged,
}: {
  updates: StoryDesk['updates']
  claims: StoryDesk['claims']
  slugs: { updates: string; claims: string }
  onChanged: () => void
}) {
  const { config } = useConfig()
  const admin = config.routes.admin
  const say = useNewsroomWords()
  const sayOption = useOptionWords()
  const format = useNewsroomFormat()
  if (updates.length === 0) return <p>{say('deskNoUpdates')}</p>
  return (
    <ol className="newsroom-timeline">
      {updates.map((u) => {
        const carried = claims.filter((c) => String(c.update) === String(u.id))
        return (
          <li key={u.id} className={u.keyEvent ? 'newsroom-timeline__key' : undefined}>
            <div className="newsroom-timeline__meta">
              <time dateTime={String(u.occurredAt)}>
                {say('timeUtc', { time: format.when(String(u.occurredAt)) })}
              </time>
              <span>{sayOption('updateKind', String(u.kind))}</span>
              {u.keyEvent ? <span>{say('deskKeyEvent')}</span> : null}
              <span>{say(u._status === 'published' ? 'deskPublished' : 'deskDraft')}</span>
            </div>
            <Link prefetch={false} href={`${admin}/collections/${slugs.updates}/${u.id}`}>
              {String(u.headline)}
            </Link>
            {carried.length ? (
              <ul className="newsroom-timeline__claims">
                {carried.map((c) => (
                  <li key={c.id} data-claim-id={c.id}>
                    <ReviewStateBadge state={c.reviewState as ReviewState} />{' '}
                    <Link prefetch={false} href={`${admin}/collections/${slugs.claims}/${c.id}`}>
                      {String(c.phrase || c.statement)}
                    </Link>
                    <ReviewActions
                      claim={{
                        id: c.id,
                        reviewState: c.reviewState as ReviewState,
                        publicState: c.publicState as PublicState,
                        createdBy: c.createdBy as string | number | null,
                        lastEditedBy: c.lastEditedBy as string | number | null,
                      }}
                      claims={slugs.claims}
                      onDone={onChanged}
                    />
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}
