'use client'
import { useFormFields } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { ReviewState } from '../workflow/states.js'
import { ReviewStateBadge } from './ReviewStateBadge.js'
import { useNewsroomApi } from './useNewsroomApi.js'
import { useNewsroomWords } from './useNewsroomWords.js'

interface ClaimPreview {
  statement?: string
  phrase?: string | null
  reviewState?: ReviewState
}

/**
 * How a claim reference reads inside the update's text: the claim's figure (or statement) and its
 * review state, instead of the bare block name.
 */
export function ClaimRefLabel({ claims }: { claims: string }) {
  const ref = useFormFields(([f]) => f.claim?.value) as number | string | null | undefined
  const api = useNewsroomApi()
  const say = useNewsroomWords()
  const [claim, setClaim] = useState<ClaimPreview | null>(null)
  useEffect(() => {
    if (ref == null) return
    let live = true
    api<ClaimPreview>(`/${claims}/${ref}?depth=0`)
      .then((c) => live && setClaim(c))
      .catch(() => live && setClaim(null))
    return () => {
      live = false
    }
  }, [api, claims, ref])
  if (ref == null) return <span className="newsroom-claim-ref">{say('claimRefChoose')}</span>
  const words = claim ? claim.phrase || claim.statement : say('claimRefNumbered', { id: ref })
  return (
    <span className="newsroom-claim-ref" title={claim?.statement}>
      <span className="newsroom-claim-ref__words">
        {say('claimRefWords', { words: words ?? '' })}
      </span>
      {claim?.reviewState ? <ReviewStateBadge state={claim.reviewState} /> : null}
    </span>
  )
}
