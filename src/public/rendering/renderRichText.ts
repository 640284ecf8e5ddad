import { convertLexicalToHTML, defaultHTMLConverters } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { PublicClaim } from '../types.js'

const escapeHtml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  )

const isEditorState = (value: unknown): value is SerializedEditorState =>
  Boolean(value && typeof value === 'object' && 'root' in value)

/**
 * An inline claim reference shows the claim's words only if the claim is approved at that moment, and a
 * retracted one as a correction; a reference to a claim not (or not yet, or no longer) approved is
 * withheld: nothing of its words, figure or source, so a draft never leaks through the text around it.
 */
function claimWords(fields: object, claims: ReadonlyMap<string, PublicClaim>): PublicClaim | null {
  const ref = (fields as { claim?: unknown }).claim
  const id = ref && typeof ref === 'object' && 'id' in ref ? (ref as { id: unknown }).id : ref
  const claim = claims.get(String(id))
  return claim && (claim.state === 'approved' || claim.state === 'retracted') ? claim : null
}

/** A retracted claim stays in the text as a correction: its words struck, the public reason beside. */
const correctionHtml = (claim: PublicClaim): string =>
  `<span class="newsroom-claim newsroom-claim--retracted" data-claim-id="${escapeHtml(String(claim.id))}"><del>${escapeHtml(claim.phrase ?? claim.statement)}</del> <ins class="newsroom-correction">[retracted${claim.retractionReason ? `: ${escapeHtml(claim.retractionReason)}` : ''}]</ins></span>`

export function richTextToHtml(value: unknown, claims: ReadonlyMap<string, PublicClaim>): string {
  if (!isEditorState(value)) return ''
  return convertLexicalToHTML({
    data: value,
    disableContainer: true,
    converters: {
      ...defaultHTMLConverters,
      inlineBlocks: {
        claimRef: ({ node }) => {
          const claim = claimWords(node.fields, claims)
          if (!claim) return ''
          if (claim.state === 'retracted') return correctionHtml(claim)
          return `<span class="newsroom-claim" data-claim-id="${escapeHtml(String(claim.id))}">${escapeHtml(claim.phrase ?? claim.statement)}</span>`
        },
      },
    },
  })
}

export function richTextToText(value: unknown, claims: ReadonlyMap<string, PublicClaim>): string {
  if (!isEditorState(value)) return ''
  return convertLexicalToPlaintext({
    data: value,
    converters: {
      inlineBlocks: {
        claimRef: ({ node }) => {
          const claim = claimWords(node.fields, claims)
          if (!claim) return ''
          const words = claim.phrase ?? claim.statement
          return claim.state === 'retracted'
            ? `${words} [retracted${claim.retractionReason ? `: ${claim.retractionReason}` : ''}]`
            : words
        },
      },
    },
  }).trim()
}
