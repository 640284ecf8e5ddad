import type { CollectionBeforeValidateHook, CollectionSlug } from 'payload'

import { defaultFigureStatement } from '../../src/figures/attributionWords.js'
import { extractID } from '../../src/extractID.js'
import type { FieldValues } from '../../src/documents.js'

/**
 * A figure claim given only its phrase gets a statement in words, made from the phrase and its
 * attribution ("At least 155 hostages, security officials said."), so REST, the Local API and the
 * admin panel all accept it. Anonymous sources are named by their public description: a statement
 * is public once approved.
 */
export function claimStatementHook(sources: CollectionSlug): CollectionBeforeValidateHook {
  return async ({ data, originalDoc, req }) => {
    if (!data) return data
    const merged: FieldValues = { ...originalDoc, ...data }
    const statement = typeof merged.statement === 'string' ? merged.statement.trim() : ''
    const phrase = typeof merged.phrase === 'string' ? merged.phrase.trim() : ''
    if (statement || merged.kind !== 'figure' || !phrase) return data
    const ids = [merged.source, ...((merged.via as unknown[]) ?? [])].map(extractID)
    const names = await Promise.all(
      ids.map(async (id) => {
        if (id == null || id === '') return null
        const s = (await req.payload
          .findByID({ collection: sources, id: id as string, depth: 0, req, overrideAccess: true })
          .catch(() => null)) as FieldValues | null
        if (!s) return null
        return String((s.anonymous ? s.publicDescription : s.name) ?? '') || null
      }),
    )
    const [source, ...via] = names
    return {
      ...data,
      // Stored public text: in the plugin's default (English) words, not in the UI language of whoever
      // saved the claim, so a story's statements do not change language with the editor.
      statement: defaultFigureStatement({
        phrase,
        source,
        verb: (merged.verb as string) ?? null,
        via: via.filter((v): v is string => Boolean(v)),
      }),
    }
  }
}
