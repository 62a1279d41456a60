// The outbox's public surface: the host builds one connectivity and one outbox, the pack flow submits.
export { createOutbox } from './outbox';
export type { OutboxOptions, OutboxLog } from './outbox';
export { createConnectivity, DEFAULT_PROBE_BACKOFF, isUnreachable } from './connectivity';
export type { ConnectivityOptions } from './connectivity';
export { DEFAULT_OUTBOX_BACKOFF, fullJitterDelay } from './backoff';
export type { BackoffPolicy } from './backoff';
export type { OutboxApi } from './sender';
export type * from './types';
