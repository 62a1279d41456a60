// Find anything against the sandbox: an order by its code, its AWB or its marketplace reference, from the
// work queue (open orders, also offline) and from the API (shipped orders the queue no longer holds).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrdersClient, type OrdersClient } from '../../src/main/api/client';
import { createOrderSearch } from '../../src/main/search/search';
import { WorkQueue } from '../../src/main/workqueue/work-queue';
import type { OrderSummary } from '../../src/shared/orders';
import { startSandboxFor, type RunningSandbox } from '../support/sandbox';

const TENANT = { id: 'search', key: 'search-key-0123456789' };
let sb: RunningSandbox;
let api: OrdersClient;
let dataDir: string;
let queue: WorkQueue;
let all: OrderSummary[];

beforeAll(async () => {
  sb = await startSandboxFor(TENANT, { orders: 120, seed: 3 });
  api = createOrdersClient({ baseUrl: sb.apiOrigin, tenantId: TENANT.id, apiKey: TENANT.key });
  dataDir = await mkdtemp(join(tmpdir(), 'search-'));
  queue = new WorkQueue({ api, dataDir, intervalMs: 0 });
  await queue.refresh();
  all = (await api.listOrders({ page: 1, per_page: 100, status: 'All', sort_direction: 'desc' })).data;
});

afterAll(async () => {
  await queue.stop();
  await api.close();
  await sb.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('find anything', () => {
  it('finds an open order by its code and by its AWB in the work queue, any case', async () => {
    const search = createOrderSearch({ api: () => api, queue });
    const packed = queue.list().find((o) => o.status === 'packed' && o.summary.tracking_number);
    expect(packed).toBeDefined();
    if (!packed) return;
    const byCode = await search.find(packed.orderCode.toLowerCase());
    expect(byCode.hits[0]).toMatchObject({
      orderCode: packed.orderCode,
      matched: 'order_code',
      source: 'queue',
    });
    const awb = packed.summary.tracking_number ?? '';
    expect((await search.orderForTracking(awb))?.orderCode).toBe(packed.orderCode);
  });

  it('finds a shipped order (not in the queue) by AWB and by marketplace reference in the API', async () => {
    const search = createOrderSearch({ api: () => api, queue });
    const shipped = all.find((o) => /shipped/i.test(o.internal_status) && o.tracking_number);
    expect(shipped).toBeDefined();
    if (!shipped) return;
    expect(queue.lookup(shipped.order_code)).toBeNull();
    const byAwb = await search.find(shipped.tracking_number ?? '');
    expect(byAwb.hits).toEqual([
      expect.objectContaining({ orderCode: shipped.order_code, matched: 'tracking_number', source: 'api' }),
    ]);
    expect(byAwb.apiScanned).toBeGreaterThan(0);
    const withRef = all.find(
      (o) =>
        o.order_reference_id && all.filter((x) => x.order_reference_id === o.order_reference_id).length === 1,
    );
    if (withRef) {
      const byRef = await search.find(withRef.order_reference_id ?? '');
      expect(byRef.hits.map((h) => [h.orderCode, h.matched])).toContainEqual([
        withRef.order_code,
        'reference',
      ]);
    }
  });

  it('finds an order older than the pages looked through by its code (tracking)', async () => {
    const search = createOrderSearch({ api: () => api, queue, apiDepth: 1 });
    // Among the oldest: beyond the first page of 100 the search looks through, and not an open order.
    const oldest = (await api.listOrders({ page: 1, per_page: 10, status: 'All', sort_direction: 'asc' }))
      .data;
    const old = oldest.find(
      (o) => !queue.lookup(o.order_code) && !all.some((a) => a.order_code === o.order_code),
    );
    expect(old).toBeDefined();
    if (!old) return;
    const hit = (await search.find(old.order_code)).hits.find((h) => h.orderCode === old.order_code);
    expect(hit).toMatchObject({ matched: 'order_code', source: 'api' });
  });

  it('offline: the queue still answers and the API part says why it did not', async () => {
    const offline = {
      listOrders: () => Promise.reject(new Error('The Orders API cannot be reached')),
      track: () => Promise.reject(new Error('The Orders API cannot be reached')),
    };
    const search = createOrderSearch({ api: () => offline, queue });
    const open = queue.list()[0];
    const result = await search.find(open.orderCode);
    expect(result.hits.map((h) => h.orderCode)).toEqual([open.orderCode]);
    expect(result.apiError).toContain('cannot be reached');
    expect((await search.find('NOBODY-123')).hits).toEqual([]);
  });
});
