'use client'
import { SetStepNav, useConfig } from '@payloadcms/ui'
import Link from 'next/link'
import { useId, useMemo, useState } from 'react'

import type { NewsroomKey } from '../i18n/translations.js'
import type { ReviewState } from '../workflow/states.js'
import { ReviewActions } from './ReviewActions.js'
import { actionDone, type ButtonAction } from './offeredActions.js'
import type { QueueRow } from './reviewQueueRows.js'
import { ReviewStateBadge } from './ReviewStateBadge.js'
import { useNewsroomFormat, useNewsroomWords } from './useNewsroomWords.js'
import { SupersedeButton } from './SupersedeButton.js'

/** What the queue filters on: waiting for review, or public and so retractable or supersedable. */
const STATE_FILTERS = {
  pending: {
    label: 'queueFilterPending',
    keep: (r: QueueRow) => r.reviewState === 'pending',
  },
  approved: {
    label: 'queueFilterApproved',
    keep: (r: QueueRow) => r.reviewState !== 'pending' && r.publicState === 'approved',
  },
  all: { label: 'queueFilterAll', keep: () => true },
} as const satisfies Record<string, { label: NewsroomKey; keep: (r: QueueRow) => boolean }>
type StateFilter = keyof typeof STATE_FILTERS

interface CardNote {
  kind: 'busy' | 'done' | 'error'
  text: string
}

/**
 * The queue's list: one card per claim with its context and the review buttons inline. A click
 * changes the card at once (the optimistic step), then says what the workflow did, or puts the card
 * back as it was and says why it was refused. Cards stay where they are until the page is reloaded,
 * so nothing disappears without a word.
 */
export function ReviewQueue({
  rows: initialRows,
  claims,
  stories,
}: {
  rows: QueueRow[]
  claims: string
  stories: string
}) {
  const { config } = useConfig()
  const admin = config.routes.admin
  const baseId = useId()
  const say = useNewsroomWords()
  const format = useNewsroomFormat()
  const when = (iso: string) => say('timeUtc', { time: format.when(iso) })
  const [rows, setRows] = useState(initialRows)
  const [notes, setNotes] = useState<Record<string, CardNote>>({})
  const [announcement, setAnnouncement] = useState('')
  const [stateFilter, setStateFilter] = useState<StateFilter>('pending')
  const [storyFilter, setStoryFilter] = useState('')

  const storyOptions = useMemo(() => {
    const seen = new Map<string, string>()
    for (const r of initialRows) if (r.story) seen.set(String(r.story.id), r.story.title)
    return [...seen.entries()].sort((a, b) => a[1].localeCompare(b[1]))
  }, [initialRows])

  const shown = rows.filter(
    (r) =>
      (STATE_FILTERS[stateFilter].keep(r) || notes[String(r.id)]) &&
      (!storyFilter || String(r.story?.id) === storyFilter),
  )
  const counts = {
    pending: rows.filter(STATE_FILTERS.pending.keep).length,
    approved: rows.filter(STATE_FILTERS.approved.keep).length,
  }

  const note = (id: QueueRow['id'], value: CardNote) =>
    setNotes((old) => ({ ...old, [String(id)]: value }))
  const patch = (id: QueueRow['id'], change: Partial<QueueRow>) =>
    setRows((old) => old.map((r) => (String(r.id) === String(id) ? { ...r, ...change } : r)))

  const done = (row: QueueRow, action: ButtonAction, doc: Record<string, unknown>) => {
    patch(row.id, {
      reviewState: doc.reviewState as ReviewState,
      publicState: (doc.publicState as QueueRow['publicState']) ?? row.publicState,
    })
    const olderToo =
      action === 'approve' && row.supersedes
        ? ` ${say('queueOlderSuperseded', { statement: row.supersedes.statement })}`
        : ''
    if (olderToo && row.supersedes) {
      patch(row.supersedes.id, { reviewState: 'superseded', publicState: 'superseded' })
    }
    const text = `${say(actionDone(action))}${olderToo}`
    note(row.id, { kind: 'done', text })
    setAnnouncement(say('queueAnnouncement', { statement: row.statement, text }))
  }

  return (
    <section className="newsroom-queue" aria-labelledby={`${baseId}-title`}>
      <SetStepNav nav={[{ label: say('queueTitle') }]} />
      <h1 id={`${baseId}-title`}>{say('queueTitle')}</h1>
      <p className="newsroom-hint">{say('queueIntro')}</p>
      <div className="newsroom-queue__filters" role="group" aria-label={say('queueFilters')}>
        <label>
          <span>{say('queueShow')}</span>
          <select
            value={stateFilter}
            onChange={(e) => setStateFilter(e.target.value as StateFilter)}
            data-testid="queue-state-filter"
          >
            {(Object.keys(STATE_FILTERS) as StateFilter[]).map((k) => (
              <option key={k} value={k}>
                {say(STATE_FILTERS[k].label, k === 'all' ? {} : { count: counts[k] })}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{say('fieldStory')}</span>
          <select
            value={storyFilter}
            onChange={(e) => setStoryFilter(e.target.value)}
            data-testid="queue-story-filter"
          >
            <option value="">{say('queueAllStories')}</option>
            {storyOptions.map(([id, title]) => (
              <option key={id} value={id}>
                {title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p role="status" className="newsroom-queue__announcement" data-testid="queue-announcement">
        {announcement}
      </p>
      {shown.length === 0 ? (
        <p>{say(stateFilter === 'pending' ? 'queueNothingPending' : 'queueNothingMatches')}</p>
      ) : (
        <ol className="newsroom-queue__list">
          {shown.map((row) => {
            const cardNote = notes[String(row.id)]
            return (
              <li
                key={row.id}
                className={`newsroom-card${cardNote?.kind === 'busy' ? ' newsroom-card--busy' : ''}`}
                data-claim-id={row.id}
                aria-busy={cardNote?.kind === 'busy' ? true : undefined}
              >
                <div className="newsroom-card__head">
                  <Link
                    prefetch={false}
                    href={`${admin}/collections/${claims}/${row.id}`}
                    className="newsroom-card__title"
                  >
                    {row.statement}
                  </Link>
                  <ReviewStateBadge
                    state={row.reviewState}
                    underRevision={row.publicState === 'approved' && row.reviewState !== 'approved'}
                  />
                </div>
                <dl className="newsroom-facts">
                  {row.phrase ? (
                    <div>
                      <dt>{say('fieldFigure')}</dt>
                      <dd>
                        {row.phrase} · {row.metric ?? say('queueNoMetric')}
                      </dd>
                    </div>
                  ) : null}
                  <div>
                    <dt>{say('fieldStory')}</dt>
                    <dd>
                      {row.story ? (
                        <Link
                          prefetch={false}
                          href={`${admin}/collections/${stories}/${row.story.id}`}
                        >
                          {row.story.title}
                        </Link>
                      ) : (
                        '—'
                      )}
                    </dd>
                  </div>
                  <div>
                    <dt>{say('fieldSource')}</dt>
                    <dd>{row.source ?? say('unattributed')}</dd>
                  </div>
                  <div>
                    <dt>{say('fieldCreatedBy')}</dt>
                    <dd>{row.createdBy?.name ?? '—'}</dd>
                  </div>
                  <div>
                    <dt>{say('fieldLastEditedBy')}</dt>
                    <dd>{row.lastEditedBy?.name ?? '—'}</dd>
                  </div>
                  {row.approvedBy ? (
                    <div>
                      <dt>{say('fieldApprovedBy')}</dt>
                      <dd>{row.approvedBy.name}</dd>
                    </div>
                  ) : null}
                  {row.supersedes ? (
                    <div>
                      <dt>{say('fieldSupersedes')}</dt>
                      <dd>
                        <Link
                          prefetch={false}
                          href={`${admin}/collections/${claims}/${row.supersedes.id}`}
                        >
                          {row.supersedes.statement}
                        </Link>
                      </dd>
                    </div>
                  ) : null}
                  <div>
                    <dt>
                      {say(row.reviewState === 'pending' ? 'queueWaitingSince' : 'fieldApprovedAt')}
                    </dt>
                    <dd>
                      {row.reviewState !== 'pending' && row.approvedAt ? (
                        <time dateTime={row.approvedAt}>{when(row.approvedAt)}</time>
                      ) : (
                        <time dateTime={row.waitingSince}>{when(row.waitingSince)}</time>
                      )}
                    </dd>
                  </div>
                </dl>
                <ReviewActions
                  claim={row}
                  claims={claims}
                  onStart={() => note(row.id, { kind: 'busy', text: '' })}
                  onDone={(action, doc) => done(row, action, doc)}
                  onFail={(_, message) => note(row.id, { kind: 'error', text: message })}
                />
                {row.reviewState !== 'pending' && row.publicState === 'approved' ? (
                  <SupersedeButton claim={row} claims={claims} />
                ) : null}
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
