import type { CollectionConfig, Field } from 'payload'

/**
 * Changes to one of the plugin's collections, as Payload's own plugins take them: `fields` gets the
 * plugin's fields and returns the collection's (add, change, reorder; keep what the plugin needs), and
 * any other collection config is laid over the plugin's. `admin` is merged; each kind of hook runs after
 * the plugin's own, which the workflow and the access rules rely on.
 */
export type CollectionOverride = Partial<Omit<CollectionConfig, 'slug' | 'fields'>> & {
  fields?: (args: { defaultFields: Field[] }) => Field[]
}

export function withCollectionOverride(
  collection: CollectionConfig,
  override: CollectionOverride | undefined,
): CollectionConfig {
  if (!override) return collection
  const { fields, admin, hooks, ...rest } = override
  const merged: CollectionConfig = { ...collection, ...rest }
  if (admin) merged.admin = { ...collection.admin, ...admin }
  if (hooks) {
    const own = (collection.hooks ?? {}) as Record<string, unknown[] | undefined>
    merged.hooks = { ...own }
    for (const [kind, list] of Object.entries(hooks) as [string, unknown[] | undefined][]) {
      ;(merged.hooks as Record<string, unknown[]>)[kind] = [...(own[kind] ?? []), ...(list ?? [])]
    }
  }
  if (fields) merged.fields = fields({ defaultFields: collection.fields })
  return merged
}
