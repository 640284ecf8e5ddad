'use client'
import { useAuth, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { hasRole } from '../access/roles.js'
import { MODEL_SUBSTANCE, pickSubstance } from '../workflow/substance.js'
import { useNewsroomApi } from './useNewsroomApi.js'
import { useNewsroomWords } from './useNewsroomWords.js'

type Id = number | string

/**
 * The supersede button: for an approved claim, writes a draft copy of what it says that
 * `supersedes` it and opens it, for the editor to change the figure and submit. Approving that draft
 * marks this claim superseded (the workflow does it). Creating claims is an editor's job, so only
 * editors see the button.
 */
export function SupersedeButton({ claim, claims }: { claim: { id: Id }; claims: string }) {
  const { user } = useAuth()
  const api = useNewsroomApi()
  const router = useRouter()
  const { config } = useConfig()
  const say = useNewsroomWords()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  if (!hasRole(user as { roles?: unknown } | null, 'editor')) return null
  const supersede = async () => {
    setBusy(true)
    setError(null)
    try {
      const old = await api<Record<string, unknown>>(`/${claims}/${claim.id}?depth=0`)
      const { doc } = await api<{ doc: { id: Id } }>(`/${claims}`, {
        method: 'POST',
        body: { ...pickSubstance(old, MODEL_SUBSTANCE), supersedes: claim.id, attributedAt: null },
      })
      router.push(`${config.routes.admin}/collections/${claims}/${doc.id}`)
    } catch (err) {
      setError((err as Error).message)
      setBusy(false)
    }
  }
  return (
    <div className="newsroom-supersede">
      <button
        type="button"
        className="newsroom-button"
        disabled={busy}
        onClick={() => void supersede()}
      >
        {say(busy ? 'supersedeBusy' : 'supersedeAction')}
      </button>
      {error ? (
        <p role="alert" className="newsroom-error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
