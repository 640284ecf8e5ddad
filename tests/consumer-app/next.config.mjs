import { withPayload } from '@payloadcms/next/withPayload'

/**
 * As in Payload's blank template: nothing for the newsroom plugin here. One setting is the check's own:
 * this app is built once and thrown away, so Turbopack's build cache (on by default since Next 16.3)
 * would only be written, never read; writing it took about 3 of the build's 10 minutes here.
 */
export default withPayload({ experimental: { turbopackFileSystemCacheForBuild: false } })
