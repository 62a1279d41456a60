// The API calls behind the after-print tasks. Replay-safe: a ship refused because the order already
// shipped counts as done, never as a problem.
import type { OrdersApi } from '../api/types';
import { isApiError } from '../api/errors';
import { parseStatus, statusRank, type OrderStatus } from '../../shared/orders';
import type { AfterPrintTask } from './after-print-queue';

export function afterPrintExecutor(deps: {
  api: Pick<OrdersApi, 'getShippingLabel' | 'ship' | 'track'>;
  noteStatus?: (orderCode: string, status: OrderStatus) => void;
}): (task: AfterPrintTask, orderCode: string) => Promise<void> {
  return async (task, orderCode) => {
    if (task === 'mark_printed') {
      await deps.api.getShippingLabel(orderCode, true);
      return;
    }
    try {
      await deps.api.ship(orderCode);
    } catch (err) {
      if (!isApiError(err) || err.kind !== 'conflict') throw err;
      const status = err.currentStatus ?? parseStatus((await deps.api.track(orderCode)).order_status);
      if (status === null || statusRank(status) < statusRank('shipped')) throw err;
    }
    deps.noteStatus?.(orderCode, 'shipped');
  };
}
