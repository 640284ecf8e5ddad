/**
 * The body of an extraction worker thread (see extractionPool.ts): extracts the claims of each text
 * it is sent and posts them back, so the server's event loop never runs the extractor.
 */
import { parentPort } from 'node:worker_threads'

import { extractClaims, type ExtractOptions } from './extractClaims.js'

export interface ExtractionJob {
  id: number
  text: string
  options: ExtractOptions
}

export type ExtractionAnswer =
  { id: number; suggestions: ReturnType<typeof extractClaims> } | { id: number; error: string }

parentPort?.on('message', (job: ExtractionJob) => {
  let answer: ExtractionAnswer
  try {
    answer = { id: job.id, suggestions: extractClaims(job.text, job.options) }
  } catch (err) {
    answer = { id: job.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }
  }
  parentPort?.postMessage(answer)
})
