import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
} from 'payload'

import { withCollectionOverride } from '../../collectionOverride.js'
import type { NewsroomSlugs } from '../../options.js'
import { publicApiRuntime } from './publicApiRuntime.js'
import { ALL } from './responseCache.js'
import type { FieldValues } from '../../documents.js'
import { extractID } from '../../extractID.js'

type Tags = (doc: FieldValues, previous: FieldValues | undefined) => string[]

const storyTags = (...stories: unknown[]): string[] => [
  ...new Set(
    stories
      .map(extractID)
      .filter((id) => id != null)
      .map((id) => `story:${id}`),
  ),
  'list',
]
const wasPublished = (doc: FieldValues | undefined) => doc?._status === 'published'

/**
 * Which cached responses a write can change. Drafts that never were public change none; a source
 * may appear in any story, so it invalidates everything.
 */
function tagsFor(slugs: NewsroomSlugs): Record<string, Tags> {
  return {
    [slugs.stories]: (doc, previous) =>
      wasPublished(doc) || wasPublished(previous) ? storyTags(doc.id) : [],
    [slugs.updates]: (doc, previous) =>
      wasPublished(doc) || wasPublished(previous) ? storyTags(doc.story, previous?.story) : [],
    [slugs.claims]: (doc, previous) =>
      (doc.publicState ?? 'none') === 'none' && (previous?.publicState ?? 'none') === 'none'
        ? []
        : storyTags(
            doc.story,
            previous?.story,
            (doc.approvedVersion as FieldValues | undefined)?.story,
          ),
    [slugs.sources]: () => [ALL],
  }
}

/** The newsroom collections with hooks that invalidate the public API's cache, after their own hooks. */
export function withPublicCacheInvalidation(
  collection: CollectionConfig,
  slugs: NewsroomSlugs,
): CollectionConfig {
  const tags = tagsFor(slugs)[collection.slug]
  if (!tags) return collection
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
    const changed = tags(doc, previousDoc)
    if (changed.length > 0) await publicApiRuntime(req.payload)?.invalidate(req, changed)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    const changed = tags(doc, doc)
    if (changed.length > 0) await publicApiRuntime(req.payload)?.invalidate(req, changed)
    return doc
  }
  // Appended after the collection's own hooks, as any override's are.
  return withCollectionOverride(collection, {
    hooks: { afterChange: [afterChange], afterDelete: [afterDelete] },
  })
}
