/** `payload-plugin-newsroom/next`: helpers for a Next.js host (the default Payload 3 app). */
export { withCachedPublicResponses } from './withCachedPublicResponses.js'
export { withRequestLimits } from './withRequestLimits.js'
