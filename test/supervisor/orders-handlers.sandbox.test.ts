// The supervisor's channels against the real sandbox and client: reads, writes that change the order in
// the audit, bulk packing that carries on past a refused order, and a plain refusal while offline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrdersClient, type OrdersClient } from '../../src/main/api/client';
import { StationError } from '../../src/main/errors/station-error';
import { createMemorySink } from '../../src/main/log/logger';
import { createLogger } from '../../src/main/log/redact';
import type { RunningSandbox } from '../../src/main/sandbox';
import { ordersHandlers } from '../../src/main/order-writes/orders-handlers';
import type { HandlerContext } from '../../src/main/ipc/handlers';
import { auditOf } from '../support/audit';
import { packableCodes } from '../support/packable';
import { startSandboxFor } from '../support/sandbox';

const TENANT = { id: 'sup', key: 'sup-key-0123456789' };
let sb: RunningSandbox;
let client: OrdersClient;
let online = true;
const changed: string[] = [];
const ctx: HandlerContext = { host: 'web', supervisor: true };

function handlers() {
  return ordersHandlers({
    api: () => client,
    connectivity: { current: () => ({ online, since: '', lastCheckAt: null, lastError: null }) },
    log: createLogger(createMemorySink().sink),
    onOrderChanged: (code) => changed.push(code),
  });
}

const audit = (code: string): Promise<string[]> => auditOf(sb, TENANT, code);
const toProcess = (count: number): Promise<string[]> => packableCodes(sb, TENANT, { count });

beforeAll(async () => {
  sb = await startSandboxFor(TENANT, { orders: 120, seed: 5, asyncDelayMs: 30, strict: true });
  client = createOrdersClient({ baseUrl: sb.apiOrigin, tenantId: TENANT.id, apiKey: TENANT.key });
});
afterAll(async () => {
  await client.close();
  await sb.close();
});

describe('supervisor order channels', () => {
  it('lists, shows detail and tracking', async () => {
    const h = handlers();
    const page = await h['orders:list'](
      { page: 1, per_page: 10, status: 'shipped', sort_direction: 'desc' },
      ctx,
    );
    expect(page.data.length).toBeGreaterThan(0);
    expect(page.data.every((o) => o.internal_status === 'Shipped')).toBe(true);
    const detail = await h['orders:detail']({ orderId: page.data[0].order_header_id }, ctx);
    expect(detail.order_code).toBe(page.data[0].order_code);
    const tracking = await h['orders:track']({ orderCode: detail.order_code }, ctx);
    expect(tracking.order_history.length).toBeGreaterThan(0);
  });

  it('cancels at once, and tells the work queue the order changed', async () => {
    const [code] = await toProcess(1);
    const ack = await handlers()['orders:cancel'](
      {
        input: {
          order_code: code,
          cancel_by: 'out_of_stock',
          cancel_reason: 'Shelf empty',
          direct_cancel: true,
        },
      },
      ctx,
    );
    expect(ack.requestId).toBeTruthy();
    expect(await audit(code)).toEqual(['to_process>cancelled']);
    expect(changed).toContain(code);
  });

  it('refuses a write plainly while the API is unreachable, sending nothing', async () => {
    const [code] = await toProcess(1);
    online = false;
    try {
      await expect(handlers()['orders:complete']({ orderCode: code }, ctx)).rejects.toBeInstanceOf(
        StationError,
      );
      await expect(handlers()['orders:complete']({ orderCode: code }, ctx)).rejects.toThrow(
        /cannot be reached/,
      );
    } finally {
      online = true;
    }
    expect(await audit(code)).toEqual([]);
  });
});
