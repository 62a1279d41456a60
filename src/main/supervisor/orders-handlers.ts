// The supervisor's channels (src/shared/ipc/supervisor-channels.ts). Reads go straight to the API; writes
// need the API reachable and are never queued: replaying a cancellation or a return later is riskier than
// asking again. Bulk packing uses the API's asynchronous set-process-packed, one order at a time.
import type { ApiAck, OrdersApi } from '../api/types';
import type { HandlersFor } from '../ipc/handlers';
import { StationError } from '../ipc/station-error';
import type { Logger } from '../log/logger';
import type { Connectivity } from '../outbox/types';
import { isApiError } from '../api/errors';
import type { ErrorKind } from '../../shared/errors';
import type { BulkPackResult } from '../../shared/ipc/supervisor-channels';
import { needsApiOnline, neverReachedApi, outcomeUnknown, unknownOutcome } from './write-errors';

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
  /** `reportFailure`, when given, hears of a write that could not reach the API, so the top bar turns Offline at once. */
  connectivity: Pick<Connectivity, 'current'> & Partial<Pick<Connectivity, 'reportFailure'>>;
  log: Logger;
  /** The work queue learns of changed orders at once (a cancelled order must not be packed from cache). */
  onOrderChanged?: (orderCode: string) => void;
}

/** Failures that would only repeat for the next order: stop there instead of waiting on each one. */
const STOPS_BULK: ReadonlySet<ErrorKind> = new Set(['offline', 'network', 'timeout', 'auth']);

const notSent = (orderCode: string): string =>
  `${orderCode} was not sent: packing stopped at the failure above. Nothing changed for this order.`;

export function ordersHandlers(deps: SupervisorDeps): HandlersFor<SupervisorChannel> {
  async function write(
    what: string,
    orderCode: string,
    run: (api: OrdersApi) => Promise<ApiAck>,
  ): Promise<ApiAck> {
    if (!deps.connectivity.current().online) throw needsApiOnline(what, orderCode);
    let ack: ApiAck;
    try {
      ack = await run(deps.api());
    } catch (err) {
      if (!isApiError(err)) throw err;
      if (neverReachedApi(err)) {
        // The same words as when the probe already knew; the probe hears of it so the top bar follows.
        deps.log.warn(`supervisor: ${what} not sent, API unreachable`, { orderCode, code: err.networkCode });
        deps.connectivity.reportFailure?.(err.toInfo('supervisor'));
        throw needsApiOnline(what, orderCode, err);
      }
      if (outcomeUnknown(err)) {
        // It may have been applied: the work queue looks the order up again rather than trust its cache.
        deps.log.warn(`supervisor: ${what} outcome unknown`, { orderCode, code: err.networkCode });
        deps.onOrderChanged?.(orderCode);
        throw unknownOutcome(what, orderCode, err);
      }
      throw err; // the API answered (a 4xx refusal, a 5xx): its own words
    }
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
