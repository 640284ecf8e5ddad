'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'

import type { NewsroomSlugs } from '../options.js'
import { figureTimeline, type TimedFigureClaim } from '../figures/figureTimeline.js'
import { FigureComparison } from './FigureComparison.js'
import { FigureTimelineChart, FigureTimelineKey } from './FigureTimelineChart.js'
import { StoryTimeline } from './StoryTimeline.js'
import { useStoryDesk } from './useStoryDesk.js'
import { useNewsroomWords } from './useNewsroomWords.js'

/**
 * A panel in the story's edit view: the figure comparison, each metric's figures over time as a
 * chart, and the timeline with the review buttons, as the desk sees them (drafts and pending claims
 * included, marked as such).
 */
export function StoryDeskField({ slugs }: { slugs: NewsroomSlugs }) {
  const { id } = useDocumentInfo()
  const keyMetrics = useFormFields(([f]) => f.keyMetrics?.value) as string[] | undefined
  const { desk, error, reload } = useStoryDesk(id, slugs)
  const say = useNewsroomWords()
  if (id == null) return null
  const charted = desk
    ? figureTimeline(
        desk.claims
          .filter((c) => c.kind === 'figure' && c.reviewState !== 'rejected')
          .map((c): TimedFigureClaim => ({ ...c, state: String(c.reviewState) })),
        desk.sources,
        keyMetrics ?? [],
      )
    : []
  return (
    <div className="newsroom-desk">
      <div className="newsroom-desk__head">
        <h3 id="newsroom-figures-title">{say('deskFiguresTitle')}</h3>
        <button type="button" className="newsroom-button" onClick={() => void reload()}>
          {say('deskReload')}
        </button>
      </div>
      {error ? (
        <p role="alert" className="newsroom-error">
          {error}
        </p>
      ) : null}
      {!desk ? (
        <p aria-busy="true">{say('loading')}</p>
      ) : (
        <>
          <section aria-labelledby="newsroom-figures-title" data-testid="figure-comparison">
            <FigureComparison
              claims={desk.claims}
              sources={desk.sources}
              keyMetrics={keyMetrics ?? []}
              claimsSlug={slugs.claims}
              onChanged={() => void reload()}
            />
          </section>
          <section aria-labelledby="newsroom-chart-title" data-testid="figure-timeline">
            <h3 id="newsroom-chart-title">{say('deskChartTitle')}</h3>
            {charted.length === 0 ? (
              <p>{say('deskNoFigures')}</p>
            ) : (
              <>
                <FigureTimelineKey />
                {charted.map((t) => (
                  <FigureTimelineChart key={t.metric} timeline={t} />
                ))}
              </>
            )}
          </section>
          <section aria-labelledby="newsroom-timeline-title" data-testid="story-timeline">
            <h3 id="newsroom-timeline-title">{say('deskTimelineTitle')}</h3>
            <StoryTimeline
              updates={desk.updates}
              claims={desk.claims}
              slugs={slugs}
              onChanged={() => void reload()}
            />
          </section>
        </>
      )}
    </div>
  )
}
