// A supervisor's decision on a buyer's cancellation request (src/shared/ipc/cancel-channels.ts), taken at
// the bench when a scan stopped on it. Like every order write it is never queued: replaying it later is
// riskier than asking again.
import type { OrdersApi } from '../api/types';
import type { HandlersFor } from '../ipc/handlers';
import { orderWrite, type WriteDeps } from './order-write';

export function cancelHandlers(
  deps: WriteDeps & { api: () => OrdersApi },
): HandlersFor<'cancel:approve' | 'cancel:reject'> {
  const decide = (orderCode: string, approve: boolean) =>
    orderWrite(deps, approve ? 'approving the cancellation' : 'rejecting the cancellation', orderCode, () =>
      approve ? deps.api().approveCancel(orderCode) : deps.api().rejectCancel(orderCode),
    );
  return {
    'cancel:approve': async ({ orderCode }) => decide(orderCode, true),
    'cancel:reject': async ({ orderCode }) => decide(orderCode, false),
  };
}
