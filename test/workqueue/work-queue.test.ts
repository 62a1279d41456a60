import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkQueue } from '../../src/main/workqueue/work-queue';
import type { WorkQueueEvent } from '../../src/main/workqueue/types';
import { FakeOrders } from './fake-orders';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'wq-unit-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
});

describe('WorkQueue with a counting fake API', () => {
  it('syncs 5,000 open orders in pages of 100 and refetches only changed details', async () => {
    const api = new FakeOrders();
    api.add(2_000, 'to_process');
    api.add(2_000, 'process');
    api.add(1_000, 'packed');
    api.add(300, 'shipped');
    const events: WorkQueueEvent[] = [];
    const queue = new WorkQueue({ api, dataDir, intervalMs: 0, onEvent: (e) => events.push(e) });

    const first = await queue.refresh();
    expect(first.listed).toBe(5_000);
    expect(api.listCalls.every((q) => q.per_page === 100)).toBe(true);
    expect(api.listCalls.map((q) => q.status).sort()).not.toContain('shipped');
    expect(api.listCalls).toHaveLength(20 + 20 + 10);
    expect(api.detailCalls).toHaveLength(5_000);
    expect(queue.lookup('ORD5001')).toBeNull();
    expect(events.some((e) => e.type === 'synced')).toBe(true);

    api.detailCalls = [];
    api.touch('ORD7');
    api.touch('ORD4500', 'shipped');
    const second = await queue.refresh();
    expect(api.detailCalls).toEqual([7]);
    expect(second.dropped).toBe(1);
    expect(queue.lookup('ORD4500')).toBeNull();
    expect(queue.status().count).toBe(4_999);
  });

  it('coalesces concurrent refreshes into one sync', async () => {
    const api = new FakeOrders();
    api.add(3, 'to_process');
    const queue = new WorkQueue({ api, dataDir, intervalMs: 0 });
    await Promise.all([queue.refresh(), queue.refresh(), queue.refresh()]);
    expect(api.listCalls).toHaveLength(3); // one page per open status
  });

  it('keeps the cache across restarts and resolves offline', async () => {
    const api = new FakeOrders();
    api.add(5, 'process');
    const first = new WorkQueue({ api, dataDir, intervalMs: 0 });
    await first.refresh();
    await first.stop();

    api.failDetails = true;
    const listFails = new FakeOrders();
    const offline = new WorkQueue({
      api: {
        listOrders: () => Promise.reject(new Error('offline')),
        getOrderDetail: (id) => listFails.getOrderDetail(id),
      },
      dataDir,
      intervalMs: 0,
    });
    await offline.load();
    const hit = await offline.resolve('ORD3');
    expect(hit?.orderId).toBe(3);
    expect(hit?.detail?.product_info[0].sku).toBe('SKU-1');
    expect(offline.status().lastSyncAt).not.toBeNull();
  });

  it('an unknown code triggers exactly one refresh, then answers', async () => {
    const api = new FakeOrders();
    api.add(2, 'to_process');
    const queue = new WorkQueue({ api, dataDir, intervalMs: 0 });
    await queue.refresh();
    api.add(1, 'to_process');
    api.listCalls = [];
    expect((await queue.resolve('ORD3'))?.orderId).toBe(3);
    expect(api.listCalls).toHaveLength(3);
    api.listCalls = [];
    expect(await queue.resolve('NOPE')).toBeNull();
    expect(api.listCalls).toHaveLength(3);
  });

  it('does not drop orders when a sync fails part-way, and keeps the details it got', async () => {
    const api = new FakeOrders();
    api.add(4, 'to_process');
    const events: WorkQueueEvent[] = [];
    const queue = new WorkQueue({ api, dataDir, intervalMs: 0, onEvent: (e) => events.push(e) });
    await queue.refresh();
    api.orders.delete('ORD4');
    api.touch('ORD1');
    api.failDetails = true;
    await expect(queue.refresh()).rejects.toThrow('offline');
    expect(queue.lookup('ORD4')).not.toBeNull();
    const failed = events.find((e) => e.type === 'sync_failed');
    expect(failed?.type === 'sync_failed' && failed.error.kind).toBe('network');
  });

  it('an unchanged sync rewrites only the small meta file, and a restart shows the newest sync time', async () => {
    const api = new FakeOrders();
    api.add(3, 'to_process');
    let clock = Date.UTC(2026, 0, 1, 8);
    const queue = new WorkQueue({ api, dataDir, intervalMs: 0, now: () => new Date(clock) });
    await queue.refresh();
    await queue.saved();
    const ordersFile = join(dataDir, 'workqueue.json');
    const before = (await stat(ordersFile)).mtimeMs;
    clock += 60_000;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await queue.refresh();
    await queue.saved();
    expect((await stat(ordersFile)).mtimeMs).toBe(before);

    const restarted = new WorkQueue({ api, dataDir, intervalMs: 0 });
    await restarted.load();
    expect(restarted.status().lastSyncAt).toBe(new Date(clock).toISOString());
    expect(restarted.status().count).toBe(3);
  });

  it('the orders are scannable when the sync resolves; the file follows, and a failed save is said and retried', async () => {
    const api = new FakeOrders();
    api.add(3, 'to_process');
    const events: WorkQueueEvent[] = [];
    const queue = new WorkQueue({ api, dataDir, intervalMs: 0, onEvent: (e) => events.push(e) });
    const ordersFile = join(dataDir, 'workqueue.json');
    // A folder where the file goes: the write cannot land (as with a full or read-only disk).
    await mkdir(ordersFile);
    await queue.refresh();
    expect(queue.lookup('ORD2')?.orderId).toBe(2);
    await queue.saved();
    const failed = events.find((e) => e.type === 'save_failed');
    expect(failed?.type === 'save_failed' && failed.error.message).toMatch(/could not be saved/);
    expect(events.findIndex((e) => e.type === 'synced')).toBeLessThan(
      events.indexOf(failed as WorkQueueEvent),
    );

    await rm(ordersFile, { recursive: true });
    await queue.refresh(); // nothing changed on the server: the unsaved orders are still written
    await queue.saved();
    const saved = JSON.parse(await readFile(ordersFile, 'utf8')) as { orders: unknown[] };
    expect(saved.orders).toHaveLength(3);
  });
});
