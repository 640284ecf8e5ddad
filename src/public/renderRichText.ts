import { convertLexicalToHTML, defaultHTMLConverters } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { PublicClaim } from './types.js'

const escapeHtml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  )

const isEditorState = (value: unknown): value is SerializedEditorState =>
  Boolean(value && typeof value === 'object' && 'root' in value)

/**
 * An inline claim reference shows the claim's words only if the claim is public at that moment; a
 * reference to a claim under review shows nothing, so a draft never leaks through the text around it.
 */
function claimWords(fields: object, claims: ReadonlyMap<string, PublicClaim>): PublicClaim | null {
  const ref = (fields as { claim?: unknown }).claim
  const id = ref && typeof ref === 'object' && 'id' in ref ? (ref as { id: unknown }).id : ref
  const claim = claims.get(String(id))
  return claim && claim.state === 'approved' ? claim : null
}

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
          return claim ? (claim.phrase ?? claim.statement) : ''
        },
      },
    },
  }).trim()
}
