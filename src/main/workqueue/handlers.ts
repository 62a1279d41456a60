// The work queue's channels (src/shared/ipc/queue-channels.ts): its status, a sync now, the codes it
// knows, the orders ready to pack, and one order as the Pack screen shows it.
import { toOrderView, type OrderView } from '../../shared/station/order-view';
import type { HandlersFor } from '../ipc/handlers';
import { readyToPack } from './ready';
import type { FollowedQueue } from './queue-status';

type QueueChannel = 'queue:status' | 'queue:refresh' | 'queue:codes' | 'queue:ready' | 'queue:order';

export function queueHandlers({ queue, status }: FollowedQueue): HandlersFor<QueueChannel> {
  return {
    'queue:status': async () => status(),
    'queue:refresh': async () => {
      await queue.refresh();
      return status();
    },
    'queue:codes': async () => queue.list().map((o) => o.orderCode),
    'queue:ready': async ({ limit }) => readyToPack(queue.list(), limit),
    'queue:order': async ({ orderCode }) => orderView(queue, orderCode),
  };
}

/** One order as the Pack screen shows it (also carried by the step events that bring it on screen). */
export function orderView(
  queue: Pick<FollowedQueue['queue'], 'lookup'>,
  orderCode: string,
): OrderView | null {
  const cached = queue.lookup(orderCode);
  const view = cached ? toOrderView(cached.summary, cached.detail) : null;
  // The cache knows steps this station just did before the next sync does.
  return view && cached?.status ? { ...view, status: cached.status } : view;
}
