// The orders a packer can take next: To Process in the station's local list, oldest first, leaving out
// what would only stop at the bench (marketplace-fulfilled, flagged fake, an open cancellation request).
import type { ReadyOrderView } from '../../shared/station';
import { openCancellation } from '../station/classify';
import type { CachedOrder } from './types';

export function readyToPack(orders: readonly CachedOrder[], limit: number): ReadyOrderView[] {
  return orders
    .filter(
      (o) =>
        o.status === 'to_process' &&
        !o.summary.is_fake &&
        !o.summary.fulfill_by_mp &&
        !hasOpenCancellationRequest(o),
    )
    .sort(
      (a, b) =>
        a.summary.created_at.localeCompare(b.summary.created_at) || a.orderCode.localeCompare(b.orderCode),
    )
    .slice(0, limit)
    .map((o) => ({
      orderCode: o.orderCode,
      createdAt: o.summary.created_at,
      carrier: o.summary.logistic_provider_name,
      service: o.summary.logistic_service_name,
    }));
}

function hasOpenCancellationRequest(order: CachedOrder): boolean {
  return openCancellation(order.detail, order.status) !== null;
}
