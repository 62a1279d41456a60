// Shared fakes for the hosts tests: a logger that keeps lines, and api/sandbox factories that record calls.
import type { ConnectionFactories, OrdersClientLike } from '../../src/main/app/connection';
import { createMemorySink } from '../../src/main/log/logger';
import { createLogger } from '../../src/main/log/redact';

export function memoryLogger() {
  const { sink, lines } = createMemorySink();
  return { log: createLogger(sink), lines };
}

export interface FakeFactories extends ConnectionFactories {
  sandboxesStarted: number;
  sandboxesClosed: number;
  clients: { baseUrl: string; tenantId: string; apiKey: string }[];
  listOrders: (() => Promise<void>) | null;
}

export function fakeFactories(): FakeFactories {
  const f: FakeFactories = {
    sandboxesStarted: 0,
    sandboxesClosed: 0,
    clients: [],
    listOrders: null,
    async startSandbox() {
      f.sandboxesStarted += 1;
      return {
        apiOrigin: 'http://127.0.0.1:9',
        close: async () => {
          f.sandboxesClosed += 1;
        },
      };
    },
    createOrdersClient(cfg) {
      f.clients.push({ baseUrl: cfg.baseUrl, tenantId: cfg.tenantId, apiKey: cfg.apiKey });
      const client: Partial<OrdersClientLike> = {
        close: async () => undefined,
        listOrders: async () => {
          await f.listOrders?.();
          return { data: [], current_page: 1, per_page: 1, total_data: 0, total_page: 0 } as never;
        },
      };
      return client as OrdersClientLike;
    },
    describeConnectionFailure: (err) => ({ cause: 'refused', message: `failed: ${String(err)}` }),
  };
  return f;
}
