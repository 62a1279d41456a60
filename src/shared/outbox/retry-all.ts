// Which refused actions "Try all again" sends. Main applies this rule and the Outbox screen counts with
// it for its confirmation, so the number the operator confirms is the number sent.
import type { ErrorKind } from '../errors';
import type { OutboxEntryView } from './types';

export interface RetryAllFilter {
  /** Only actions refused with this kind of error (e.g. 'auth' after the API key was fixed). */
  kind?: ErrorKind;
}

type Candidate = Pick<OutboxEntryView, 'orderCode' | 'state' | 'lastError'>;

/**
 * The failed actions to send again, in the order given (the journal's order). An order stops at its
 * first stopped step (it changed elsewhere: the operator decides that one by one) and at a failed step
 * the filter leaves out (the steps behind it could not go anyway).
 */
export function retryAllCandidates<E extends Candidate>(
  entries: readonly E[],
  filter: RetryAllFilter = {},
): E[] {
  const blocked = new Set<string>();
  const chosen: E[] = [];
  for (const entry of entries) {
    if (blocked.has(entry.orderCode)) continue;
    if (entry.state === 'stopped') blocked.add(entry.orderCode);
    if (entry.state !== 'failed') continue;
    if (filter.kind !== undefined && entry.lastError?.kind !== filter.kind) blocked.add(entry.orderCode);
    else chosen.push(entry);
  }
  return chosen;
}
