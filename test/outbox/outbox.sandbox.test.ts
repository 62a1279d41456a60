// The outbox against the real sandbox with faults: 20 % 5xx, 10 % dropped connections and 5 % hanging
// requests, half of them after the change was applied (the reply lost). Every order must end shipped
// through exactly to_process → process → packed → shipped, and no action may end failed or stopped.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../src/main/sandbox';
import type { OrdersClient } from '../../src/main/api/client';
import { createConnectivity, createOutbox } from '../../src/main/outbox';
import type { OutboxEntryState } from '../../src/shared/outbox/types';
import { auditByOrder, fastClient, packableOrders, setFaults, startOutboxSandbox } from './sandbox-helpers';

const ORDERS = 300;
let sb: RunningSandbox;
let client: OrdersClient;

beforeAll(async () => {
  sb = await startOutboxSandbox(1_200);
  client = fastClient(sb.apiOrigin);
});
afterAll(async () => {
  await client.close();
  await sb.close();
});

describe('outbox replay under mixed faults (sandbox)', () => {
  it(`ships ${ORDERS} orders with the exact audit trail and no self-made conflict`, async () => {
    const codes = await packableOrders(sb, ORDERS);
    const connectivity = createConnectivity({
      probe: async () => {
        await client.listOrders({ page: 1, per_page: 1 }, { deadlineMs: 1_000 });
      },
      backoff: { baseMs: 20, maxMs: 200 },
    });
    const outbox = await createOutbox({
      dir: await mkdtemp(join(tmpdir(), 'outbox-faults-')),
      api: client,
      connectivity,
      concurrency: 8,
      backoff: { baseMs: 20, maxMs: 300 },
      asyncPollMs: 30,
      keepSettled: 10_000,
    });
    const seen = new Map<string, Set<OutboxEntryState>>();
    outbox.onChange(({ entry }) => {
      const states = seen.get(entry.id) ?? new Set();
      states.add(entry.state);
      seen.set(entry.id, states);
    });

    await setFaults(sb, {
      error_rate: 0.2,
      drop_rate: 0.1,
      hang_rate: 0.05,
      fault_phase: 'mixed',
    });
    await Promise.all(
      codes.map(async (orderCode) => {
        await outbox.enqueue({ orderCode, kind: 'set_process' });
        await outbox.enqueue({ orderCode, kind: 'set_packed', pickupOption: 'LATE_PICKUP' });
        await outbox.enqueue({ orderCode, kind: 'mark_printed' });
        await outbox.enqueue({ orderCode, kind: 'ship' });
      }),
    );
    await outbox.drained(55_000);
    await setFaults(sb, { error_rate: 0, drop_rate: 0, hang_rate: 0 });

    const audit = await auditByOrder(sb);
    const wrong = codes.filter(
      (code) => audit.get(code)?.join(' ') !== 'to_process>process process>packed packed>shipped',
    );
    expect(wrong.map((code) => `${code}: ${audit.get(code)?.join(' ') ?? 'nothing'}`)).toEqual([]);

    const entries = outbox.list();
    expect(entries).toHaveLength(ORDERS * 4);
    expect(entries.filter((e) => e.state !== 'done')).toEqual([]);
    const problems = [...seen.values()].filter((s) => s.has('failed') || s.has('stopped'));
    expect(problems).toHaveLength(0);
    // The faults did bite: some actions needed more than one attempt or a look at tracking.
    expect(entries.some((e) => e.attempts > 1 || e.note !== 'sent')).toBe(true);
    expect(outbox.summary()).toMatchObject({ queued: 0, failed: 0, stopped: 0, oldestQueuedAt: null });

    await outbox.close();
    connectivity.close();
  }, 60_000);
});
