// The outbox's channels: the actions waiting for the API, what an operator may do with them, and the
// API's reachability.
import { z } from 'zod';
import { ERROR_KINDS } from '../errors';
import type { ConnectivityView, OutboxEntryView, OutboxStatusView } from '../outbox/types';
import { channel, supervisorChannel } from './channel';

export const outboxChannels = {
  'outbox:list': channel<OutboxEntryView[]>()(z.undefined()),
  'outbox:summary': channel<OutboxStatusView>()(z.undefined()),
  'outbox:retry': channel<OutboxEntryView>()(z.strictObject({ id: z.string().uuid() })),
  /** Every refused action (or those of one error kind, e.g. 'auth' once the key is fixed) sent again. */
  'outbox:retryAll': channel<{ retried: number }>()(z.strictObject({ kind: z.enum(ERROR_KINDS).optional() })),
  /** Drops a queued API write for good: a supervisor's decision, behind the PIN. */
  'outbox:discard': supervisorChannel<{ discarded: true }>()({
    id: z.string().uuid(),
    reason: z.string().trim().min(3, 'Say why').max(300),
  }),
  'connectivity:probe': channel<ConnectivityView>()(z.undefined()),
};
