// The Orders API as the bench's services see it: each call goes to whatever client the connection holds
// now, so a new key or URL in Settings applies without rebuilding the work queue or the flow.
import type { OrdersApi } from '../api/types';

export function liveApi(current: () => OrdersApi): OrdersApi {
  return new Proxy({} as OrdersApi, {
    get(_target, prop: string | symbol) {
      const api = current();
      const value: unknown = Reflect.get(api, prop);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(api) : value;
    },
  });
}
