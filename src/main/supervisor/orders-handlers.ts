// The supervisor's channels (src/shared/ipc/supervisor-channels.ts). Reads go straight to the API; writes
// need the API reachable and are never queued: replaying a cancellation or a return later is riskier than
// asking again. Bulk packing uses the API's asynchronous set-process-packed, one order at a time.
import type { ApiAck, OrdersApi } from '../api/types';
import type { HandlersFor } from '../ipc/handlers';
import { StationError } from '../ipc/station-error';
import type { Logger } from '../log/logger';
import type { Connectivity } from '../outbox/types';
import { isApiError } from '../api/errors';

type SupervisorChannel =
  | 'orders:list'
  | 'orders:detail'
  | 'orders:track'
  | 'orders:cancel'
  | 'orders:return'
  | 'orders:complete'
  | 'orders:create'
  | 'orders:update'
  | 'orders:bulkPack';

export interface SupervisorDeps {
  api: () => OrdersApi;
  connectivity: Pick<Connectivity, 'current'>;
  log: Logger;
  /** The work queue learns of changed orders at once (a cancelled order must not be packed from cache). */
  onOrderChanged?: (orderCode: string) => void;
}

export function ordersHandlers(deps: SupervisorDeps): HandlersFor<SupervisorChannel> {
  async function write(
    what: string,
    orderCode: string,
    run: (api: OrdersApi) => Promise<ApiAck>,
  ): Promise<ApiAck> {
    if (!deps.connectivity.current().online) {
      throw new StationError({
        kind: 'offline',
        step: 'supervisor',
        message: `The Orders API cannot be reached, so ${what} of ${orderCode} was not sent.`,
        action:
          'Nothing was changed. Supervisor actions are never queued: try again when the station shows Online.',
        retryable: true,
      });
    }
    const ack = await run(deps.api());
    deps.log.info(`supervisor: ${what}`, { orderCode, requestId: ack.requestId });
    deps.onOrderChanged?.(orderCode);
    return ack;
  }

  return {
    'orders:list': (query) => deps.api().listOrders(query),
    'orders:detail': ({ orderId }) => deps.api().getOrderDetail(orderId),
    'orders:track': ({ orderCode }) => deps.api().track(orderCode),
    'orders:cancel': ({ input }) => write('the cancellation', input.order_code, (api) => api.cancel(input)),
    'orders:return': ({ input }) => write('the return', input.order_code, (api) => api.returnOrder(input)),
    'orders:complete': ({ orderCode }) => write('completing', orderCode, (api) => api.complete(orderCode)),
    'orders:create': ({ input }) => write('the new order', input.order_code, (api) => api.createOrder(input)),
    'orders:update': ({ input }) => write('the update', input.order_code, (api) => api.updateOrder(input)),
    'orders:bulkPack': async ({ orderCodes, pickupOption }) => {
      const results = [];
      for (const orderCode of orderCodes) {
        try {
          const ack = await write('bulk packing', orderCode, (api) =>
            api.setProcessPacked(orderCode, pickupOption),
          );
          results.push({ orderCode, ok: true, message: ack.message, requestId: ack.requestId });
        } catch (err) {
          // One refused order (409: not to_process, a cancellation request) does not stop the others.
          if (!isApiError(err) && !(err instanceof StationError)) throw err;
          const info = err.toInfo();
          results.push({ orderCode, ok: false, message: info.message, requestId: info.requestId });
          if (info.kind === 'offline' || info.kind === 'network' || info.kind === 'auth') break;
        }
      }
      return { results };
    },
  };
}
