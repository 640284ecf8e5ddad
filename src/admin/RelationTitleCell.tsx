import { headers as requestHeaders } from 'next/headers'
import type { CollectionSlug, DefaultServerCellComponentProps, Payload } from 'payload'
import { cache } from 'react'

import { isStaff } from '../access/roles.js'
import { extractID } from '../extractID.js'
import { translate } from '../i18n/translate.js'

type Id = number | string

/** Who is looking: once per request, however many cells ask (React's per-render cache). */
const viewer = cache(async (payload: Payload) => {
  const { user } = await payload.auth({ headers: await requestHeaders() })
  return user
})

/** One document's title as the viewer may read it: once per request and document. */
const titleOf = cache(
  async (payload: Payload, collection: CollectionSlug, id: Id): Promise<string | null> => {
    const user = await viewer(payload)
    if (!user) return null
    const titleField = payload.collections[collection]?.config.admin?.useAsTitle ?? 'id'
    const { docs } = await payload.find({
      collection,
      where: { id: { equals: id } },
      depth: 0,
      limit: 1,
      pagination: false,
      // Staff read the working draft's title, as everywhere else in the panel; others what is published.
      draft: isStaff(user),
      select: { [titleField]: true },
      overrideAccess: false,
      user,
    })
    // Any collection's document: its title field is read by the name the collection gives it.
    const doc: object | undefined = docs[0]
    const title = (doc as Record<string, unknown> | undefined)?.[titleField]
    return typeof title === 'string' || typeof title === 'number' ? String(title) : null
  },
)

/**
 * A to-one relationship's title in a list view, rendered on the server. Payload's own cell loads
 * titles in the browser only once a row scrolls into view and meanwhile shows "<No Story>", which
 * a reviewer reads as "this claim has no story". Read with the viewer's own access: a title they
 * may not read is shown as its ID, never leaked.
 */
export async function RelationTitleCell({
  cellData,
  field,
  i18n,
  payload,
}: DefaultServerCellComponentProps) {
  const id = extractID(cellData)
  const relationTo = 'relationTo' in field ? field.relationTo : undefined
  if (id == null || typeof relationTo !== 'string') {
    return <span className="newsroom-cell newsroom-cell--empty">—</span>
  }
  const title = await titleOf(payload, relationTo as CollectionSlug, id).catch(() => null)
  return (
    <span className="newsroom-cell" data-relation-title={relationTo}>
      {title ?? translate(i18n?.t, { key: 'idNumbered', vars: { id: String(id) } })}
    </span>
  )
}
