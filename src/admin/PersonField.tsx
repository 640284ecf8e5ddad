import type { CollectionSlug, ServerFieldBase } from 'payload'

import { isStaff } from '../access/roles.js'
import { translate } from '../i18n/translate.js'

type Id = number | string

/**
 * Who created, last edited or approved a claim, by name, in the claim's sidebar. Staff may not read
 * other accounts (users stay closed to the public and to each other), so Payload's relationship field
 * would show "Untitled – ID: 2"; this server component looks the name up for staff only, on the
 * server, and sends just the name.
 */
export async function PersonField({
  clientField,
  req,
  siblingData,
  value: topLevelValue,
  usersCollection,
}: ServerFieldBase & { usersCollection: CollectionSlug }) {
  // Payload passes the document's own field as `value`; inside an array row (the review history's
  // `by`) only the row, as siblingData, holds it.
  const ownName = 'name' in clientField ? String(clientField.name) : undefined
  const value =
    ownName && siblingData && ownName in siblingData
      ? (siblingData as Record<string, unknown>)[ownName]
      : topLevelValue
  // The client field's label is already in the reader's language (Payload calls label functions).
  const raw = (clientField as { label?: unknown; name?: string }).label
  const label = typeof raw === 'string' ? raw : ((clientField as { name?: string }).name ?? '')
  const id: Id | null =
    value && typeof value === 'object' && 'id' in value
      ? ((value as { id: Id }).id ?? null)
      : ((value as Id | null | undefined) ?? null)
  let name: string | null = null
  if (id != null && isStaff(req.user)) {
    const user = (await req.payload
      .findByID({ collection: usersCollection, id, depth: 0, overrideAccess: true, req })
      .catch(() => null)) as { name?: string | null; email?: string | null } | null
    name = user ? user.name || user.email || null : null
  }
  const fieldName = 'name' in clientField ? String(clientField.name) : 'person'
  return (
    <div className={`field-type newsroom-person field-${fieldName}`} data-person-field={fieldName}>
      <span className="newsroom-person__label">{label}</span>
      <span className="newsroom-person__name">
        {id == null ? '—' : (name ?? translate(req.i18n.t, { key: 'personGone', vars: { id } }))}
      </span>
    </div>
  )
}
