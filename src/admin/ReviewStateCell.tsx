'use client'
import type { DefaultCellComponentProps } from 'payload'

import type { ReviewState } from '../workflow/states.js'
import { ReviewStateBadge } from './ReviewStateBadge.js'

/** The review state column of the claims list. */
export function ReviewStateCell({ cellData }: DefaultCellComponentProps) {
  return <ReviewStateBadge state={cellData as ReviewState} />
}
