// One supervisor write: refused at once when the station knows it is offline, sent once otherwise, and its
// failure told in words that say whether anything changed (write-errors.ts). Never queued, never retried.
import { isApiError } from '../api/errors';
import type { Logger } from '../log/logger';
import type { Connectivity } from '../outbox/types';
import {
  needsApiOnline,
  neverReachedApi,
  outcomeUnknown,
  unknownOutcome,
  type WriteWhat,
} from './write-errors';

export interface WriteDeps {
  /** `reportFailure`, when given, hears of a write that could not reach the API, so the top bar turns Offline at once. */
  connectivity: Pick<Connectivity, 'current'> & Partial<Pick<Connectivity, 'reportFailure'>>;
  log: Logger;
  /** The work queue learns of changed orders at once (a cancelled order must not be packed from cache). */
  onOrderChanged?: (orderCode: string) => void;
}

export async function orderWrite<T extends { requestId: string | null }>(
  deps: WriteDeps,
  what: WriteWhat,
  orderCode: string,
  run: () => Promise<T>,
): Promise<T> {
  if (!deps.connectivity.current().online) throw needsApiOnline(what, orderCode);
  let ack: T;
  try {
    ack = await run();
  } catch (err) {
    if (!isApiError(err)) throw err;
    if (neverReachedApi(err)) {
      // The same words as when the probe already knew; the probe hears of it so the top bar follows.
      deps.log.warn(`supervisor: ${what} not sent, API unreachable`, { orderCode, code: err.networkCode });
      deps.connectivity.reportFailure?.(err.toInfo('supervisor'));
      throw needsApiOnline(what, orderCode, err);
    }
    if (outcomeUnknown(err)) {
      // It may have been applied: the work queue looks the order up again rather than trust its cache.
      deps.log.warn(`supervisor: ${what} outcome unknown`, { orderCode, code: err.networkCode });
      deps.onOrderChanged?.(orderCode);
      throw unknownOutcome(what, orderCode, err);
    }
    throw err; // the API answered (a 4xx refusal, a 5xx): its own words
  }
  deps.log.info(`supervisor: ${what}`, { orderCode, requestId: ack.requestId });
  deps.onOrderChanged?.(orderCode);
  return ack;
}
