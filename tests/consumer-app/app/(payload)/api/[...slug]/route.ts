/*
 * Payload's REST API, as in Payload's blank template. The custom setup (CONSUMER_VARIANT, read at
 * `next start` as payload.config.ts reads it) also wraps GET as the README's install section offers, so
 * that the check covers both: the template's route unchanged, and `payload-plugin-newsroom/next`.
 */
import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import { withCachedPublicResponses } from 'payload-plugin-newsroom/next'

export const GET =
  process.env.CONSUMER_VARIANT === 'custom'
    ? withCachedPublicResponses(config, REST_GET(config))
    : REST_GET(config)
export const POST = REST_POST(config)
export const DELETE = REST_DELETE(config)
export const PATCH = REST_PATCH(config)
export const PUT = REST_PUT(config)
export const OPTIONS = REST_OPTIONS(config)
