'use client'
import { useCallback, useEffect, useState } from 'react'

import type { StoredClaim, StoredSource, StoredUpdate } from '../documents.js'
import type { NewsroomSlugs } from '../options.js'
import { useNewsroomApi } from './useNewsroomApi.js'

type Id = number | string

/** A claim as the REST API returns it at depth 0: its relationships are ids. */
export type DeskClaim = StoredClaim & {
  source?: Id | null
  via?: Id[] | null
  supersedes?: Id | null
}

export interface StoryDesk {
  claims: DeskClaim[]
  updates: StoredUpdate[]
  sources: Map<string, StoredSource>
}

interface List<D> {
  docs: D[]
}

const storyQuery = (story: Id) => `where[story][equals]=${encodeURIComponent(String(story))}`

/**
 * Everything the story's editors see about it, drafts included: its claims, its updates in time order
 * and the sources they cite, read as the signed-in user through the REST API.
 */
export function useStoryDesk(story: Id | undefined, slugs: NewsroomSlugs) {
  const api = useNewsroomApi()
  const [desk, setDesk] = useState<StoryDesk | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(async () => {
    if (story == null) return
    try {
      const [claims, updates] = await Promise.all([
        api<List<DeskClaim>>(`/${slugs.claims}?${storyQuery(story)}&depth=0&pagination=false`),
        api<List<StoredUpdate>>(
          `/${slugs.updates}?${storyQuery(story)}&depth=0&pagination=false&draft=true&sort=occurredAt`,
        ),
      ])
      const sourceIds = [
        ...new Set(claims.docs.flatMap((c) => [c.source, ...(c.via ?? [])])),
      ].filter((id) => id != null)
      const sources = sourceIds.length
        ? await api<List<StoredSource>>(
            `/${slugs.sources}?where[id][in]=${sourceIds.join(',')}&depth=0&pagination=false`,
          )
        : { docs: [] }
      setDesk({
        claims: claims.docs,
        updates: updates.docs,
        sources: new Map(sources.docs.map((s) => [String(s.id), s])),
      })
      setError(null)
    } catch (err) {
      setError((err as Error).message)
    }
  }, [api, slugs, story])
  useEffect(() => {
    void load()
  }, [load])
  return { desk, error, reload: load }
}
