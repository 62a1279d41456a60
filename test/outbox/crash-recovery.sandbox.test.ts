// Crash recovery: actions submitted while the API is unreachable are on disk the moment they are
// "queued"; the journal as it stands at that instant (the station then dies without closing) reopens
// with the same actions queued, and they reach the real sandbox exactly once each, in order.
import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../src/main/sandbox';
import type { OrdersClient } from '../../src/main/api/client';
import { createConnectivity, createOutbox } from '../../src/main/outbox';
import { auditByOrder, fastClient, packableOrders, startOutboxSandbox } from './sandbox-helpers';

let sb: RunningSandbox;
let client: OrdersClient;

beforeAll(async () => {
  sb = await startOutboxSandbox(60);
  client = fastClient(sb.apiOrigin);
});
afterAll(async () => {
  await client.close();
  await sb.close();
});

/** A loopback port nobody listens on: every connection is refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('outbox crash recovery (sandbox)', () => {
  it('reopens the journal of a dead station with every acknowledged action queued, then sends each once', async () => {
    const codes = await packableOrders(sb, 5);
    const deadApi = fastClient(`http://127.0.0.1:${await closedPort()}`);
    const offline = createConnectivity({
      probe: async () => {
        await deadApi.listOrders({ page: 1, per_page: 1 });
      },
      backoff: { baseMs: 50, maxMs: 200 },
    });
    const stationDir = await mkdtemp(join(tmpdir(), 'outbox-crash-'));
    const first = await createOutbox({
      dir: stationDir,
      api: deadApi,
      connectivity: offline,
      backoff: { baseMs: 50, maxMs: 200 },
    });
    const acknowledged: string[] = [];
    for (const orderCode of codes) {
      for (const action of [
        { orderCode, kind: 'set_process' },
        { orderCode, kind: 'set_packed', pickupOption: 'EARLY_PICKUP' },
        { orderCode, kind: 'mark_printed' },
        { orderCode, kind: 'ship' },
      ] as const) {
        const result = await first.submit(action);
        expect(result.state).toBe('queued');
        acknowledged.push(result.id);
      }
    }
    expect(offline.current().online).toBe(false);
    expect(first.summary().queued).toBe(20);

    // Power cut: what is on disk right now is all that survives; the old process never closes cleanly.
    const afterCrash = join(await mkdtemp(join(tmpdir(), 'outbox-restart-')), 'station');
    await mkdir(afterCrash);
    await copyFile(join(stationDir, 'outbox.journal'), join(afterCrash, 'outbox.journal'));
    offline.close();

    const online = createConnectivity({
      probe: async () => {
        await client.listOrders({ page: 1, per_page: 1 });
      },
    });
    const writes: string[] = [];
    const restarted = fastClient(sb.apiOrigin, {
      call: (entry) => {
        if (entry.path.includes('/fulfillment/')) writes.push(entry.path.split('/').pop() ?? '');
      },
    });
    const second = await createOutbox({
      dir: afterCrash,
      api: restarted,
      connectivity: online,
      concurrency: 4,
    });
    await second.drained(20_000);

    const entries = second.list();
    expect(entries.map((e) => e.id)).toEqual(acknowledged);
    expect(entries.every((e) => e.state === 'done' && e.note === 'sent')).toBe(true);
    const audit = await auditByOrder(sb);
    for (const code of codes) {
      expect(audit.get(code)).toEqual(['to_process>process', 'process>packed', 'packed>shipped']);
    }
    // Exactly once each: four writes per order, nothing resent.
    expect(writes.sort()).toEqual(
      ['set-process', 'set-packed', 'shipping-label', 'ship'].flatMap((w) => Array(5).fill(w)).sort(),
    );
    await second.close();
    await restarted.close();
    online.close();
    await first.close();
    await deadApi.close();
  });
});
