import { withPayload } from '@payloadcms/next/withPayload'

/** As in Payload's blank template: nothing for the newsroom plugin here. */
export default withPayload({})
