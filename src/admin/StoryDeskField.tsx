'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'

import type { NewsroomSlugs } from '../options.js'
import { FigureComparison } from './FigureComparison.js'
import { StoryTimeline } from './StoryTimeline.js'
import { useStoryDesk } from './useStoryDesk.js'

/**
 * A panel in the story's edit view: the figure comparison and the timeline, as the desk sees them
 * (drafts and pending claims included, marked as such).
 */
export function StoryDeskField({ slugs }: { slugs: NewsroomSlugs }) {
  const { id } = useDocumentInfo()
  const keyMetrics = useFormFields(([f]) => f.keyMetrics?.value) as string[] | undefined
  const { desk, error, reload } = useStoryDesk(id, slugs)
  if (id == null) return null
  return (
    <div className="newsroom-desk">
      <div className="newsroom-desk__head">
        <h3 id="newsroom-figures-title">Figures by source</h3>
        <button type="button" className="newsroom-button" onClick={() => void reload()}>
          Reload figures and timeline
        </button>
      </div>
      {error ? (
        <p role="alert" className="newsroom-error">
          {error}
        </p>
      ) : null}
      {!desk ? (
        <p aria-busy="true">Loading…</p>
      ) : (
        <>
          <section aria-labelledby="newsroom-figures-title" data-testid="figure-comparison">
            <FigureComparison
              claims={desk.claims}
              sources={desk.sources}
              keyMetrics={keyMetrics ?? []}
            />
          </section>
          <section aria-labelledby="newsroom-timeline-title" data-testid="story-timeline">
            <h3 id="newsroom-timeline-title">Timeline</h3>
            <StoryTimeline updates={desk.updates} claims={desk.claims} slugs={slugs} />
          </section>
        </>
      )}
    </div>
  )
}
