/**
 * `payload-plugin-newsroom/express`: Payload hosted in an Express 5 app (Express is an optional peer,
 * loaded only by this entry point). See docs/express.md.
 */
export { adminPanelHandler, type AdminPanelOptions } from './adminPanel.js'
export { cachedPublicResponses } from './cachedPublicResponses.js'
export { createExpressApp, type ExpressAppOptions } from './createExpressApp.js'
export { payloadRestHandler, requestUrl } from './payloadBridge.js'
