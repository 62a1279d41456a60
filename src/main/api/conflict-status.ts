// A refused transition (409) says the current status in English, for people. The station never parses
// that: when it needs the status it asks tracking and reads `order_status` (design.md §1 row 7).
import { parseStatus } from '../../shared/orders';
import type { OrderStatus } from '../../shared/orders';
import { statusLabel } from '../../shared/orders';
import type { OrdersApi } from './types';
import type { ApiError } from './errors';

/** The order's canonical status from tracking, or null when tracking cannot tell. */
export async function conflictStatus(
  api: Pick<OrdersApi, 'track'>,
  orderCode: string,
  opts?: { deadlineMs?: number; signal?: AbortSignal },
): Promise<OrderStatus | null> {
  try {
    const tracking = await api.track(orderCode, opts);
    return parseStatus(tracking.order_status);
  } catch {
    return null;
  }
}

/** Alias under the name the brief uses. */
export const currentStatusOf = conflictStatus;

/**
 * For a conflict: the same error with `currentStatus` from tracking and a message naming it.
 * Any other error is returned unchanged.
 */
export async function withCurrentStatus(
  api: Pick<OrdersApi, 'track'>,
  err: ApiError,
  orderCode: string,
): Promise<ApiError> {
  if (err.kind !== 'conflict') return err;
  const status = await conflictStatus(api, orderCode);
  if (status === null) return err.with({ currentStatus: null });
  const message = `Order ${orderCode} is ${statusLabel(status)} now; this step is not allowed from there.`;
  return err.with({
    currentStatus: status,
    message,
    key: { key: 'apiErrors.conflictNow', values: { code: orderCode, status } },
  });
}
