'use client'
import { useState } from 'react'

import { suggestMetric } from '../extract/suggestMetric.js'
import { compareFigures, type FigureSource } from '../figures/compareFigures.js'
import type { ReviewState } from '../workflow/states.js'
import { ReviewStateBadge } from './ReviewStateBadge.js'
import { useNewsroomApi } from './useNewsroomApi.js'
import type { StoryDesk } from './useStoryDesk.js'
import { useNewsroomFormat, useNewsroomWords, useOptionWords } from './useNewsroomWords.js'
import { ScrollTable } from './ScrollTable.js'

/** What editors compare: every claim still standing or on its way, drafts included. */
const COMPARED_STATES: ReadonlySet<string> = new Set(['draft', 'pending', 'approved'])

type DeskSource = FigureSource & {
  name?: string | null
  anonymous?: boolean | null
  publicDescription?: string | null
}

type Say = ReturnType<typeof useNewsroomWords>

const sourceName = (say: Say, s: DeskSource | null) =>
  s
    ? (s.anonymous ? (s.publicDescription ?? s.name) : s.name) ||
      say('sourceNumbered', { id: s.id })
    : say('unattributed')

/**
 * Per metric, each source's figure side by side and whether independent sources conflict: the
 * public figures endpoint's comparison (compareFigures), here over drafts and pending claims too.
 */
export function FigureComparison({
  claims,
  sources,
  keyMetrics,
  claimsSlug,
  onChanged,
}: {
  claims: StoryDesk['claims']
  sources: StoryDesk['sources']
  keyMetrics: string[]
  claimsSlug: string
  onChanged: () => void
}) {
  const compared = claims.filter(
    (c) => c.kind === 'figure' && COMPARED_STATES.has(String(c.reviewState)),
  )
  const states = new Map(compared.map((c) => [String(c.id), c.reviewState as ReviewState]))
  const metrics = compareFigures(compared, sources, keyMetrics)
  const unmeasured = compared.filter((c) => !c.metric)
  const say = useNewsroomWords()
  const sayOption = useOptionWords()
  const { number: fmt, shortWhen } = useNewsroomFormat()
  return (
    <div className="newsroom-comparison">
      {metrics.length === 0 ? <p>{say('deskNoFigures')}</p> : null}
      {metrics.map((m) => (
        <section
          key={m.metric}
          className={`newsroom-metric${m.conflict ? ' newsroom-metric--conflict' : ''}`}
          aria-labelledby={`metric-${m.metric}`}
          data-metric={m.metric}
        >
          <h4 id={`metric-${m.metric}`}>
            {m.metric}
            {m.units.length ? <span className="newsroom-hint"> ({m.units.join(', ')})</span> : null}
          </h4>
          <p className="newsroom-metric__summary">
            {m.conflict ? (
              <strong className="newsroom-conflict">{say('compareConflict')}</strong>
            ) : (
              say(m.origins > 1 ? 'compareAgree' : 'compareOneSource')
            )}{' '}
            {m.claims.length > 1
              ? say('compareSpread', {
                  lowest: fmt(m.spread.lowest),
                  highest: fmt(m.spread.highest),
                })
              : null}
          </p>
          <ScrollTable
            label={say('compareBySource', { metric: m.metric })}
            columns={['compareSource', 'compareFigure', 'compareSaid', 'compareReview']}
          >
            {m.claims.map((c) => (
              <tr key={c.claim}>
                <th scope="row">
                  {sourceName(say, c.source as DeskSource | null)}
                  {c.via.length ? (
                    <span className="newsroom-hint">
                      {' '}
                      {say('compareVia', {
                        sources: c.via.map((v) => sourceName(say, v as DeskSource)).join(', '),
                      })}
                    </span>
                  ) : null}
                  {c.notIndependentlyVerified ? (
                    <span className="newsroom-hint"> {say('compareParty')}</span>
                  ) : null}
                </th>
                <td>{c.phrase ?? (c.value !== null ? fmt(c.value) : '—')}</td>
                <td>
                  {c.verb ? sayOption('verb', c.verb).toLowerCase() : '—'}
                  {c.attributedAt ? (
                    <>
                      {' '}
                      <time dateTime={c.attributedAt}>{shortWhen(c.attributedAt)}</time>
                    </>
                  ) : null}
                </td>
                <td>
                  <ReviewStateBadge state={states.get(String(c.claim))} />
                </td>
              </tr>
            ))}
          </ScrollTable>
        </section>
      ))}
      {unmeasured.length ? (
        <NoMetric
          claims={unmeasured}
          sources={sources}
          states={states}
          claimsSlug={claimsSlug}
          onChanged={onChanged}
        />
      ) : null}
    </div>
  )
}

/**
 * Figure claims without a metric compare with nothing; they are listed as "no metric" with a metric
 * read from the claim (see suggestMetric), which one click sets.
 */
function NoMetric({
  claims,
  sources,
  states,
  claimsSlug,
  onChanged,
}: {
  claims: StoryDesk['claims']
  sources: StoryDesk['sources']
  states: Map<string, ReviewState>
  claimsSlug: string
  onChanged: () => void
}) {
  const api = useNewsroomApi()
  const say = useNewsroomWords()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const setMetric = async (id: StoryDesk['claims'][number]['id'], metric: string) => {
    setBusy(String(id))
    setError(null)
    try {
      await api(`/${claimsSlug}/${id}`, { method: 'PATCH', body: { metric } })
      onChanged()
    } catch (err) {
      setError((err as Error).message)
    } finally {
      setBusy(null)
    }
  }
  return (
    <section className="newsroom-metric" aria-labelledby="metric--none" data-metric="">
      <h4 id="metric--none">{say('noMetricTitle')}</h4>
      <p className="newsroom-metric__summary">{say('noMetricHelp')}</p>
      <ul className="newsroom-nometric">
        {claims.map((c) => {
          const suggestion = suggestMetric({
            phrase: c.phrase as string | null,
            statement: c.statement as string | null,
          })
          const source = c.source != null ? sources.get(String(c.source)) : undefined
          return (
            <li key={c.id} data-claim-id={c.id}>
              <span>
                <strong>{String(c.phrase ?? c.statement)}</strong> ·{' '}
                {sourceName(say, (source as DeskSource | undefined) ?? null)}{' '}
                <ReviewStateBadge state={states.get(String(c.id))} />
              </span>
              {suggestion ? (
                <button
                  type="button"
                  className="newsroom-button"
                  disabled={busy === String(c.id)}
                  onClick={() => void setMetric(c.id, suggestion)}
                >
                  {say('noMetricUse', { metric: suggestion })}
                </button>
              ) : (
                <span className="newsroom-hint">{say('noMetricNone')}</span>
              )}
            </li>
          )
        })}
      </ul>
      {error ? (
        <p role="alert" className="newsroom-error">
          {error}
        </p>
      ) : null}
    </section>
  )
}
