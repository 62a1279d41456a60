// The supervisor's channels (src/shared/ipc/orders-channels.ts). Reads go straight to the API; writes
// need the API reachable and are never queued: replaying a cancellation or a return later is riskier than
// asking again. Bulk packing is a journaled batch of its own (src/main/batches), not a supervisor write.
import type { ApiAck, OrdersApi } from '../api/types';
import type { HandlersFor } from '../ipc/handlers';
import { StationError } from '../errors/station-error';
import { orderWrite, type WriteDeps } from './order-write';
import type { WriteWhat } from './write-errors';

type OrdersChannel =
  | 'orders:list'
  | 'orders:detail'
  | 'orders:track'
  | 'orders:cancel'
  | 'orders:return'
  | 'orders:complete'
  | 'orders:create'
  | 'orders:update';

export interface OrdersDeps extends WriteDeps {
  api: () => OrdersApi;
}

export function ordersHandlers(deps: OrdersDeps): HandlersFor<OrdersChannel> {
  const write = (what: WriteWhat, orderCode: string, run: (api: OrdersApi) => Promise<ApiAck>) =>
    orderWrite(deps, what, orderCode, () => run(deps.api()));

  return {
    'orders:list': (query) => deps.api().listOrders(query),
    'orders:detail': ({ orderId }) => deps.api().getOrderDetail(orderId),
    'orders:track': ({ orderCode }) => deps.api().track(orderCode),
    'orders:cancel': ({ input }) => write('the cancellation', input.order_code, (api) => api.cancel(input)),
    'orders:return': ({ input }) => write('the return', input.order_code, (api) => api.returnOrder(input)),
    'orders:complete': ({ orderCode }) =>
      write('the completion', orderCode, (api) => api.complete(orderCode)),
    'orders:create': ({ input }) => write('the new order', input.order_code, (api) => api.createOrder(input)),
    'orders:update': ({ input }) => {
      const { order_code: orderCode, ...changes } = input;
      if (Object.values(changes).every((v) => v === undefined)) {
        throw new StationError({
          kind: 'invalid_input',
          step: 'supervisor',
          message: `The update of ${orderCode} changes nothing, so it was not sent.`,
          action: 'Change at least one field, then save.',
          key: { key: 'supervisorErrors.updateNothing', values: { code: orderCode } },
        });
      }
      return write('the update', orderCode, (api) => api.updateOrder(input));
    },
  };
}
