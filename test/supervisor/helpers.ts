// The supervisor handlers wired to a real client against a strict sandbox, with a switchable probe.
import type { ErrorInfo } from '../../src/shared/errors';
import { createOrdersClient, type OrdersClient, type OrdersClientConfig } from '../../src/main/api/client';
import type { HandlerContext } from '../../src/main/ipc/handlers';
import { createMemorySink } from '../../src/main/log/logger';
import { createLogger } from '../../src/main/log/redact';
import type { RunningSandbox } from '../../src/main/sandbox';
import { ordersHandlers } from '../../src/main/order-writes/orders-handlers';
import { start, TENANTS } from '../sandbox/helpers';

export const ctx: HandlerContext = { host: 'web', supervisor: true };

export function startStrict(): Promise<RunningSandbox> {
  return start({ orders: 80, seed: 11, strict: true });
}

export function clientFor(baseUrl: string, extra: Partial<OrdersClientConfig> = {}): OrdersClient {
  return createOrdersClient({ baseUrl, tenantId: TENANTS[0].id, apiKey: TENANTS[0].key, ...extra });
}

/** Handlers plus what they told the probe, the work queue and the log. */
export function supervisor(client: OrdersClient, opts: { online?: boolean } = {}) {
  const reported: ErrorInfo[] = [];
  const changed: string[] = [];
  const log = createMemorySink();
  const handlers = ordersHandlers({
    api: () => client,
    connectivity: {
      current: () => ({ online: opts.online ?? true, since: '', lastCheckAt: null, lastError: null }),
      reportFailure: (e) => reported.push(e),
    },
    log: createLogger(log.sink),
    onOrderChanged: (code) => changed.push(code),
  });
  return { handlers, reported, changed, logLines: log.lines };
}

/** What a handler threw, as the renderer receives it. */
export async function failureOf(run: () => Promise<unknown>): Promise<ErrorInfo> {
  try {
    await run();
  } catch (err) {
    if (typeof err === 'object' && err !== null && 'toInfo' in err && typeof err.toInfo === 'function') {
      return (err as { toInfo(): ErrorInfo }).toInfo();
    }
    throw err;
  }
  throw new Error('expected the call to fail');
}
