import type { CollectionBeforeChangeHook } from 'payload'

/** The first account of a new install must be able to hand out roles, so it becomes an admin. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({
  data,
  operation,
  req,
  collection,
}) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({
    collection: collection.slug,
    req,
    overrideAccess: true,
  })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}
