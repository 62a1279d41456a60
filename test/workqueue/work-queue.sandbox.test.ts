// The work queue against the real sandbox and client, counting the requests it makes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrdersClient, type OrdersClient } from '../../src/main/api/client';
import type { OrdersApi } from '../../src/main/api/types';
import type { RunningSandbox } from '../../src/main/sandbox';
import { startSandboxFor } from '../support/sandbox';
import { WorkQueue } from '../../src/main/workqueue/work-queue';
import { OPEN_STATUSES, parseStatus, type ListOrdersQuery, type OrderSummary } from '../../src/shared/orders';

const TENANT = { id: 'wq-t', key: 'wq-key-0123456789' };
let sb: RunningSandbox;
let api: OrdersClient;
let dataDir: string;
const calls = { list: [] as ListOrdersQuery[], detail: [] as number[] };
let counting: Pick<OrdersApi, 'listOrders' | 'getOrderDetail'>;

beforeAll(async () => {
  sb = await startSandboxFor(TENANT, { orders: 450, seed: 11 });
  api = createOrdersClient({ baseUrl: sb.apiOrigin, tenantId: TENANT.id, apiKey: TENANT.key });
  dataDir = await mkdtemp(join(tmpdir(), 'wq-sb-'));
  counting = {
    listOrders: (q, o) => {
      calls.list.push(q);
      return api.listOrders(q, o);
    },
    getOrderDetail: (id, o) => {
      calls.detail.push(id);
      return api.getOrderDetail(id, o);
    },
  };
});
afterAll(async () => {
  await api.close();
  await sb.close();
  await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
});

function resetCalls(): void {
  calls.list = [];
  calls.detail = [];
}

/** Every order, read independently of the work queue (status All, all pages). */
async function allOrders(): Promise<OrderSummary[]> {
  const rows: OrderSummary[] = [];
  for (let page = 1; ; page++) {
    const res = await api.listOrders({ status: 'All', page, per_page: 100 });
    rows.push(...res.data);
    if (page >= res.total_page) return rows;
  }
}

async function move(code: string, to: string): Promise<void> {
  const res = await request(`${sb.apiOrigin}/__sandbox/move`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${TENANT.key}`,
      'x-tenant-id': TENANT.id,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ order_code: code, to }),
  });
  expect(res.statusCode).toBe(200);
  await res.body.text();
}

describe('work queue against the sandbox', () => {
  let shared: WorkQueue;
  const queue = () => shared;

  it('syncs the open orders only, every page at per_page 100, one detail each', async () => {
    shared = new WorkQueue({ api: counting, dataDir, intervalMs: 0 });
    const open = (await allOrders()).filter((o) =>
      OPEN_STATUSES.includes(parseStatus(o.internal_status) ?? 'pending'),
    );
    expect(open.length).toBeGreaterThan(100); // more than one page for at least one status
    resetCalls();

    const result = await queue().refresh();
    expect(result.listed).toBe(open.length);
    expect(
      queue()
        .list()
        .map((o) => o.orderCode)
        .sort(),
    ).toEqual(open.map((o) => o.order_code).sort());
    expect(
      calls.list.every(
        (q) => q.per_page === 100 && (OPEN_STATUSES as readonly string[]).includes(q.status ?? ''),
      ),
    ).toBe(true);
    const pagesPerStatus = OPEN_STATUSES.map((s) =>
      Math.max(1, Math.ceil(open.filter((o) => parseStatus(o.internal_status) === s).length / 100)),
    );
    expect(calls.list).toHaveLength(pagesPerStatus.reduce((a, b) => a + b, 0));
    expect(calls.detail.sort((a, b) => a - b)).toEqual(
      open.map((o) => o.order_header_id).sort((a, b) => a - b),
    );
    expect(queue().status().lastSyncAt).not.toBeNull();
    const sample = queue().lookup(open[0].order_code);
    expect(sample?.detail?.order_code).toBe(open[0].order_code);
  });

  it('refetches details only for rows whose updated_at changed, and drops orders no longer open', async () => {
    const [moved, gone] = queue()
      .list()
      .filter((o) => o.status === 'to_process');
    await move(moved.orderCode, 'process');
    await move(gone.orderCode, 'shipped');
    resetCalls();

    const result = await queue().refresh();
    expect(calls.detail).toEqual([moved.orderId]);
    expect(result.dropped).toBe(1);
    expect(queue().lookup(gone.orderCode)).toBeNull();
    expect(queue().lookup(moved.orderCode)?.status).toBe('process');
    expect(queue().lookup(moved.orderCode)?.detail?.internal_status).toBe('In Process');
  });

  it('an unknown code triggers one refresh, then answers', async () => {
    const syncPages = OPEN_STATUSES.length; // at least one page per status
    resetCalls();
    expect(await queue().resolve('NO-SUCH-ORDER')).toBeNull();
    const oneSync = calls.list.length;
    expect(oneSync).toBeGreaterThanOrEqual(syncPages);
    expect(calls.detail).toEqual([]);

    await api.createOrder({
      order_code: 'WQ-NEW-1',
      payment_method_type: 'COD',
      store_id: '1',
      location_id: '1',
      recipient: { name: 'Abdul', phone: '0897', full_address: 'Jalan mangga' },
      delivery: { logistic: 'Dethix Reguler' },
      products: [{ name: 'Barang', sku: 'BARANG', unit_price: 2000, qty: 1 }],
    });
    resetCalls();
    const found = await queue().resolve('WQ-NEW-1');
    expect(found?.status).toBe('to_process');
    expect(calls.list).toHaveLength(oneSync);
    expect(calls.detail).toEqual([found?.orderId]);
    resetCalls();
    expect((await queue().resolve('WQ-NEW-1'))?.orderCode).toBe('WQ-NEW-1');
    expect(calls.list).toEqual([]);
  });

  it('a restarted station resolves from the saved cache without the network', async () => {
    await queue().stop();
    const offline = new WorkQueue({
      api: {
        listOrders: () => Promise.reject(new Error('offline')),
        getOrderDetail: () => Promise.reject(new Error('offline')),
      },
      dataDir,
      intervalMs: 0,
    });
    await offline.load();
    expect(offline.lookup('WQ-NEW-1')?.detail?.product_info[0].sku).toBe('BARANG');
    expect(offline.status().count).toBe(queue().status().count);
  });
});
