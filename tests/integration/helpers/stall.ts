/** What the crash test and its stalling server agree on (see stallingServer.ts). */
export const STALL_HEADER = 'x-stall-after-claim-writes'
export const STALLED = 'STALLED mid-write'
