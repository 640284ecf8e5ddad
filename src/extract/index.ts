export { extractClaims, type ExtractOptions, type Suggestion } from './extract-claims.js'
export { matchSource, type SourceRecord } from './source-match.js'
