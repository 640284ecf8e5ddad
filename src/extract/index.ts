export { extractClaims, type ExtractOptions, type Suggestion } from './extractClaims.js'
export { matchSource, type SourceRecord } from './sourceMatch.js'
