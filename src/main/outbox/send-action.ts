// The one API call each outbox action makes.
import type { ApiAck } from '../api/types';
import type { OutboxEntry } from './records';
import type { OutboxApi } from './sender';

export function sendAction(
  api: OutboxApi,
  entry: OutboxEntry,
): Promise<ApiAck | { requestId: string | null }> {
  const code = entry.orderCode;
  const pickup = entry.pickupOption ?? 'LATE_PICKUP';
  switch (entry.kind) {
    case 'set_process':
      return api.setProcess(code);
    case 'set_packed':
      return api.setPacked(code, pickup);
    case 'set_process_packed':
      return api.setProcessPacked(code, pickup);
    case 'ship':
      return api.ship(code);
    case 'mark_printed':
      return api.getShippingLabel(code, true);
    case 'return':
      return api.returnOrder({
        order_code: code,
        return_by: entry.returnBy ?? 'other',
        return_reason: entry.returnReason ?? 'Returned parcel',
      });
  }
}
