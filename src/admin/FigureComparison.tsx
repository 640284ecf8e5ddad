'use client'
import { compareFigures, type FigureClaim, type FigureSource } from '../public/compareFigures.js'
import type { ReviewState } from '../workflow/states.js'
import { ReviewStateBadge } from './ReviewStateBadge.js'
import type { Doc } from './useStoryDesk.js'

/** What editors compare: every claim still standing or on its way, drafts included. */
const COMPARED_STATES: ReadonlySet<string> = new Set(['draft', 'pending', 'approved'])

type DeskSource = FigureSource & {
  name?: string | null
  anonymous?: boolean | null
  publicDescription?: string | null
}

const sourceName = (s: DeskSource | null) =>
  s ? (s.anonymous ? (s.publicDescription ?? s.name) : s.name) || `Source ${s.id}` : 'Unattributed'

const fmt = (n: number) => n.toLocaleString('en')

/**
 * Per metric, each source's figure side by side and whether independent sources conflict: the
 * public figures endpoint's comparison (compareFigures), here over drafts and pending claims too.
 */
export function FigureComparison({
  claims,
  sources,
  keyMetrics,
}: {
  claims: Doc[]
  sources: Map<string, Doc>
  keyMetrics: string[]
}) {
  const compared = claims.filter(
    (c) => c.kind === 'figure' && COMPARED_STATES.has(String(c.reviewState)),
  )
  const states = new Map(compared.map((c) => [String(c.id), c.reviewState as ReviewState]))
  const metrics = compareFigures(
    compared as unknown as FigureClaim[],
    sources as unknown as Map<string, DeskSource>,
    keyMetrics,
  )
  if (metrics.length === 0) {
    return <p>No figure claims with a metric yet.</p>
  }
  return (
    <div className="newsroom-comparison">
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
              <strong className="newsroom-conflict">Conflict: independent sources disagree.</strong>
            ) : m.origins > 1 ? (
              'Sources agree.'
            ) : (
              'One source.'
            )}{' '}
            {m.claims.length > 1
              ? `Stated values from ${fmt(m.spread.lowest)} to ${fmt(m.spread.highest)}.`
              : null}
          </p>
          <div
            className="newsroom-scroll"
            role="region"
            aria-label={`${m.metric} by source`}
            tabIndex={0}
          >
            <table className="newsroom-table">
              <thead>
                <tr>
                  <th scope="col">Source</th>
                  <th scope="col">Figure</th>
                  <th scope="col">Said</th>
                  <th scope="col">Review</th>
                </tr>
              </thead>
              <tbody>
                {m.claims.map((c) => (
                  <tr key={c.claim}>
                    <th scope="row">
                      {sourceName(c.source as DeskSource | null)}
                      {c.via.length ? (
                        <span className="newsroom-hint">
                          {' '}
                          via {c.via.map((v) => sourceName(v as DeskSource)).join(', ')}
                        </span>
                      ) : null}
                      {c.notIndependentlyVerified ? (
                        <span className="newsroom-hint">
                          {' '}
                          · party to the events, not independently verified
                        </span>
                      ) : null}
                    </th>
                    <td>{c.phrase ?? (c.value !== null ? fmt(c.value) : '—')}</td>
                    <td>
                      {c.verb ?? '—'}
                      {c.attributedAt ? (
                        <>
                          {' '}
                          <time dateTime={c.attributedAt}>
                            {new Date(c.attributedAt).toLocaleString('en-GB', {
                              dateStyle: 'short',
                              timeStyle: 'short',
                            })}
                          </time>
                        </>
                      ) : null}
                    </td>
                    <td>
                      <ReviewStateBadge state={states.get(String(c.claim))} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  )
}
