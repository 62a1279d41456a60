// The supervisor's channels (src/shared/ipc/orders-channels.ts). Reads go straight to the API; writes
// need the API reachable and are never queued: replaying a cancellation or a return later is riskier than
// asking again. Bulk packing uses the API's asynchronous set-process-packed, one order at a time.
import type { ApiAck, OrdersApi } from '../api/types';
import type { HandlersFor } from '../ipc/handlers';
import { StationError } from '../errors/station-error';
import { isApiError } from '../api/errors';
import type { ErrorKind } from '../../shared/errors';
import type { BulkPackResult } from '../../shared/ipc/orders-channels';
import { orderWrite, type WriteDeps } from './order-write';

type OrdersChannel =
  | 'orders:list'
  | 'orders:detail'
  | 'orders:track'
  | 'orders:cancel'
  | 'orders:return'
  | 'orders:complete'
  | 'orders:create'
  | 'orders:update'
  | 'orders:bulkPack';

export interface OrdersDeps extends WriteDeps {
  api: () => OrdersApi;
}

/** Failures that would only repeat for the next order: stop there instead of waiting on each one. */
const STOPS_BULK: ReadonlySet<ErrorKind> = new Set(['offline', 'network', 'timeout', 'auth']);

const notSent = (orderCode: string): string =>
  `${orderCode} was not sent: packing stopped at the failure above. Nothing changed for this order.`;

export function ordersHandlers(deps: OrdersDeps): HandlersFor<OrdersChannel> {
  const write = (what: string, orderCode: string, run: (api: OrdersApi) => Promise<ApiAck>) =>
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
        });
      }
      return write('the update', orderCode, (api) => api.updateOrder(input));
    },
    'orders:bulkPack': async ({ orderCodes, pickupOption }) => {
      const results: BulkPackResult['results'] = [];
      for (const [i, orderCode] of orderCodes.entries()) {
        try {
          const ack = await write('the packing', orderCode, (api) =>
            api.setProcessPacked(orderCode, pickupOption),
          );
          results.push({ orderCode, ok: true, message: ack.message, requestId: ack.requestId });
        } catch (err) {
          // One refused order (409: not to_process, a cancellation request) does not stop the others.
          if (!isApiError(err) && !(err instanceof StationError)) throw err;
          const info = err.toInfo();
          results.push({ orderCode, ok: false, message: info.message, requestId: info.requestId });
          if (STOPS_BULK.has(info.kind)) {
            // The rest are listed as not sent, so none of them silently goes missing from the answer.
            for (const rest of orderCodes.slice(i + 1)) {
              results.push({ orderCode: rest, ok: false, message: notSent(rest), requestId: null });
            }
            break;
          }
        }
      }
      return { results };
    },
  };
}
