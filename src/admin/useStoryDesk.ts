'use client'
import { useCallback, useEffect, useState } from 'react'

import type { NewsroomSlugs } from '../options.js'
import { useNewsroomApi } from './useNewsroomApi.js'

type Id = number | string
export type Doc = Record<string, unknown> & { id: Id }

export interface StoryDesk {
  claims: Doc[]
  updates: Doc[]
  sources: Map<string, Doc>
}

interface List {
  docs: Doc[]
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
        api<List>(`/${slugs.claims}?${storyQuery(story)}&depth=0&pagination=false`),
        api<List>(
          `/${slugs.updates}?${storyQuery(story)}&depth=0&pagination=false&draft=true&sort=occurredAt`,
        ),
      ])
      const sourceIds = [
        ...new Set(claims.docs.flatMap((c) => [c.source, ...((c.via as Id[]) ?? [])])),
      ].filter((id) => id != null)
      const sources = sourceIds.length
        ? await api<List>(
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
