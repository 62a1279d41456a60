// What is true about an order right now, as far as the station can tell: a fresh detail when online,
// the work queue's cached copy when not, and tracking's status for an order the queue does not know.
import { isApiError, type ApiError } from '../api/errors';
import { messageFields, type ErrorInfo } from '../../shared/errors';
import { parseStatus, type OrderDetail, type OrderStatus } from '../../shared/orders';
import type { CachedOrder } from '../workqueue/types';
import type { FlowDeps } from './flow-deps';
import { StepFailed } from './step-runner';

export interface OrderFacts {
  status: OrderStatus | null;
  detail: OrderDetail | null;
  flags: { isFake: boolean; fulfillByMp: boolean } | null;
  source: 'live' | 'cache' | 'tracking';
}

/** Where facts come from: the work queue, tracking, and what the station knows of reachability. */
export type FactsDeps = Pick<FlowDeps, 'connectivity' | 'orders' | 'api'>;

export async function scanFacts(deps: FactsDeps, orderCode: string): Promise<OrderFacts> {
  // Known offline: answer from the cache at once instead of waiting for calls that cannot get through.
  if (!deps.connectivity.current().online) {
    const cached = deps.orders.lookup ? deps.orders.lookup(orderCode) : await deps.orders.resolve(orderCode);
    if (cached) return fromEntry(cached, 'cache');
    throw unknownOffline(orderCode, null);
  }
  const entry = await deps.orders.resolve(orderCode);
  if (entry) {
    try {
      const fresh = await deps.orders.refreshDetail(orderCode);
      if (fresh) return fromEntry(fresh, 'live');
    } catch (err) {
      // Offline: the cached copy is what we have. A real refusal (404, auth) is the scan's answer, and so
      // is an answer that cannot be read: the API is there, and only a fresh detail shows a cancellation.
      if (!unreachable(err)) throw err;
      deps.connectivity.reportFailure(err.toInfo('resolve'));
    }
    return fromEntry(entry, 'cache');
  }
  // Not in the work queue even after a refresh: tracking still tells the status, and the flow goes ahead.
  const tracking = await deps.api.track(orderCode).catch((err: unknown) => {
    if (!unreachable(err)) throw err;
    deps.connectivity.reportFailure(err.toInfo('resolve'));
    throw unknownOffline(orderCode, err.toInfo('resolve'));
  });
  return { status: parseStatus(tracking.order_status), detail: null, flags: null, source: 'tracking' };
}

/** The API could not be reached (network, no answer in time, 5xx): not an answer that cannot be read. */
export function unreachable(err: unknown): err is ApiError {
  return isApiError(err) && err.retryable && err.kind !== 'bad_response';
}

function unknownOffline(orderCode: string, cause: ErrorInfo | null): StepFailed {
  return new StepFailed({
    kind: 'offline',
    step: 'resolve',
    retryable: true,
    requestId: cause?.requestId ?? null,
    httpStatus: cause?.httpStatus ?? null,
    message: `Order ${orderCode} is not in this station's list and the Orders API cannot be reached.`,
    action: 'Check the order code, or put the box aside until the station is back online.',
    ...messageFields({ key: 'stationErrors.unknownOffline', values: { code: orderCode } }),
  });
}

/** After a 409: the current status (from the error, else tracking) and the detail, for cancel fields. */
export async function conflictFacts(
  deps: Pick<FlowDeps, 'api' | 'orders'>,
  orderCode: string,
  known: OrderStatus | null | undefined,
): Promise<{ status: OrderStatus | null; detail: OrderDetail | null }> {
  const [status, detail] = await Promise.all([
    known !== undefined && known !== null
      ? Promise.resolve(known)
      : deps.api.track(orderCode).then((t) => parseStatus(t.order_status)),
    deps.orders
      .refreshDetail(orderCode)
      .then((e) => e?.detail ?? null)
      .catch(() => null),
  ]);
  return { status, detail };
}

function fromEntry(entry: CachedOrder, source: OrderFacts['source']): OrderFacts {
  const detailStatus = entry.detail ? parseStatus(entry.detail.internal_status) : null;
  return {
    status: source === 'live' ? (detailStatus ?? entry.status) : (entry.status ?? detailStatus),
    detail: entry.detail,
    flags: { isFake: entry.summary.is_fake, fulfillByMp: entry.summary.fulfill_by_mp },
    source,
  };
}
