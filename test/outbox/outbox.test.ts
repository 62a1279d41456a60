// The outbox against a scripted API: per-order ordering with concurrency across orders, unknown outcomes
// settled through tracking (never sent twice), moved-elsewhere stops, 4xx → failed → retry / discard
// journaled, set-process-packed settled asynchronously, offline queuing and the replay when back.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createConnectivity, createOutbox, type Connectivity, type Outbox } from '../../src/main/outbox';
import type { OrderStatus } from '../../src/shared/orders';
import { FakeOrdersApi } from './fake-api';

const open: { outbox: Outbox; connectivity: Connectivity }[] = [];
afterEach(async () => {
  for (const { outbox, connectivity } of open.splice(0)) {
    await outbox.close();
    connectivity.close();
  }
});

/** Polls until the check holds (no fixed sleeps: the machine may be busy). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!check()) throw new Error('condition not reached');
}

interface SetupOptions {
  dir?: string;
  concurrency?: number;
  compactAfter?: number;
  keepSettled?: number;
}

async function setup(orders: Record<string, OrderStatus>, opts: SetupOptions = {}) {
  const api = new FakeOrdersApi(orders);
  const dir = opts.dir ?? (await mkdtemp(join(tmpdir(), 'outbox-unit-')));
  let reachable = true;
  const connectivity = createConnectivity({
    probe: async () => {
      if (!reachable) throw new Error('down');
    },
    backoff: { baseMs: 5, maxMs: 20 },
  });
  const outbox = await createOutbox({
    dir,
    api,
    connectivity,
    concurrency: opts.concurrency ?? 4,
    backoff: { baseMs: 5, maxMs: 20 },
    asyncPollMs: 5,
    compactAfter: opts.compactAfter,
    keepSettled: opts.keepSettled,
  });
  open.push({ outbox, connectivity });
  const setReachable = (value: boolean) => {
    reachable = value;
  };
  return { api, outbox, connectivity, dir, setReachable };
}

describe('outbox: sending and ordering', () => {
  it('sends at once when online and resolves with the result of that attempt', async () => {
    const { api, outbox } = await setup({ A: 'to_process' });
    const result = await outbox.submit({ orderCode: 'A', kind: 'set_process' });
    expect(result).toMatchObject({ state: 'done', via: 'sent', requestId: 'rq-1' });
    expect(api.status.get('A')).toBe('process');
    expect(outbox.list()[0]).toMatchObject({ state: 'done', attempts: 1, note: 'sent' });
  });

  it('keeps each order strictly in order while different orders go concurrently, bounded', async () => {
    const orders = { A: 'to_process', B: 'to_process', C: 'to_process' } as const;
    const { api, outbox } = await setup(orders, { concurrency: 2 });
    api.gate = () => new Promise((resolve) => setTimeout(resolve, 5));
    for (const code of Object.keys(orders)) {
      await outbox.enqueue({ orderCode: code, kind: 'set_process' });
      await outbox.enqueue({ orderCode: code, kind: 'set_packed', pickupOption: 'LATE_PICKUP' });
      await outbox.enqueue({ orderCode: code, kind: 'ship' });
    }
    await outbox.drained(5_000);
    for (const code of Object.keys(orders)) {
      expect(api.calls.filter((c) => c.endsWith(`:${code}`))).toEqual([
        `set_process:${code}`,
        `set_packed:${code}`,
        `ship:${code}`,
      ]);
      expect(api.status.get(code)).toBe('shipped');
    }
    expect(api.maxInFlight).toBe(2);
  });

  it('a later step submitted while an earlier one is in flight is queued, not sent', async () => {
    const { api, outbox } = await setup({ A: 'to_process' });
    let release = (): void => undefined;
    api.gate = () => new Promise<void>((resolve) => (release = resolve));
    const first = outbox.submit({ orderCode: 'A', kind: 'set_process' });
    await until(() => api.inFlight === 1);
    const second = await outbox.submit({ orderCode: 'A', kind: 'set_packed', pickupOption: 'MID_PICKUP' });
    expect(second).toMatchObject({ state: 'queued', reason: null });
    expect(api.calls).toEqual(['set_process:A']);
    api.gate = async () => undefined;
    release();
    expect(await first).toMatchObject({ state: 'done' });
    await outbox.drained(5_000);
    expect(api.calls).toEqual(['set_process:A', 'set_packed:A']);
  });

  it('a refused connection is resent without asking tracking (it never reached the API)', async () => {
    const { api, outbox } = await setup({ A: 'to_process' });
    api.plan('set_process', { fail: 'refused', applied: false });
    expect(await outbox.submit({ orderCode: 'A', kind: 'set_process' })).toMatchObject({ state: 'queued' });
    await outbox.drained(5_000);
    expect(api.calls).toEqual(['set_process:A', 'set_process:A']);
    expect(api.tracked).toEqual([]);
  });
});

describe('outbox: unknown outcomes', () => {
  it('a write applied but its answer lost counts as done from tracking, never sent twice', async () => {
    const { api, outbox } = await setup({ A: 'to_process' });
    api.plan('set_process', { fail: 'timeout', applied: true });
    const first = await outbox.submit({ orderCode: 'A', kind: 'set_process' });
    expect(first).toMatchObject({ state: 'queued', reason: { kind: 'timeout' } });
    await outbox.drained(5_000);
    expect(api.calls).toEqual(['set_process:A']);
    expect(api.tracked).toEqual(['A']);
    expect(outbox.list()[0]).toMatchObject({ state: 'done', note: 'already done (seen in tracking)' });
  });

  it('a 5xx that did not apply is resent after tracking shows the step not done', async () => {
    const { api, outbox } = await setup({ A: 'process' });
    api.plan('set_packed', { fail: 'server', applied: false });
    await outbox.submit({ orderCode: 'A', kind: 'set_packed', pickupOption: 'LATE_PICKUP' });
    await outbox.drained(5_000);
    expect(api.calls).toEqual(['set_packed:A', 'set_packed:A']);
    expect(outbox.list()[0]).toMatchObject({ state: 'done', attempts: 2, note: 'sent' });
  });

  it('an attempt in flight at a crash is settled by tracking after restart', async () => {
    const first = await setup({ A: 'to_process' });
    let release = () => undefined as void;
    first.api.gate = () => new Promise<void>((resolve) => (release = resolve));
    const pending = first.outbox.submit({ orderCode: 'A', kind: 'set_process' });
    await until(() => first.api.inFlight === 1);
    expect(first.outbox.list()[0].state).toBe('sending');
    // The request reached the API; the station died before the answer (the old instance is dropped).
    first.api.status.set('A', 'process');
    const second = await setup({ A: 'process' }, { dir: first.dir });
    expect(second.outbox.list()[0]).toMatchObject({ state: 'queued', attempts: 1 });
    await second.outbox.drained(5_000);
    expect(second.api.calls).toEqual([]);
    expect(second.outbox.list()[0]).toMatchObject({ state: 'done', note: 'already done (seen in tracking)' });
    release();
    await pending;
  });

  it('set-process-packed is done once tracking shows packed, and is not resent while in process', async () => {
    const { api, outbox } = await setup({ A: 'to_process' });
    api.asyncMs = 40;
    const result = await outbox.submit({
      orderCode: 'A',
      kind: 'set_process_packed',
      pickupOption: 'LATE_PICKUP',
    });
    expect(result).toMatchObject({ state: 'done', via: 'sent' });
    expect(api.status.get('A')).toBe('packed');
    expect(api.calls).toEqual(['set_process_packed:A']);
    expect(api.tracked.length).toBeGreaterThan(1);
  });

  it('a 409 for this station’s own earlier step counts as done, not as a conflict', async () => {
    const { api, outbox } = await setup({ A: 'to_process' });
    await outbox.submit({ orderCode: 'A', kind: 'set_process' });
    const again = await outbox.submit({ orderCode: 'A', kind: 'set_process' });
    expect(again).toMatchObject({ state: 'done', via: 'already_done' });
    expect(api.calls).toEqual(['set_process:A', 'set_process:A']);
  });
});

describe('outbox: orders that moved elsewhere', () => {
  it('cancelled meanwhile: the action and the rest of the order stop, in words', async () => {
    const { api, outbox } = await setup({ A: 'to_process' });
    api.plan('set_process', { fail: 'reset', applied: false });
    // The buyer's cancellation lands while our request is on the wire (and its connection is cut).
    api.gate = async () => {
      api.status.set('A', 'cancelled');
    };
    await outbox.submit({ orderCode: 'A', kind: 'set_process' });
    await outbox.enqueue({ orderCode: 'A', kind: 'set_packed', pickupOption: 'LATE_PICKUP' });
    await outbox.drained(5_000);
    const [first, second] = outbox.list();
    expect(first).toMatchObject({
      state: 'stopped',
      lastError: { kind: 'conflict', currentStatus: 'cancelled' },
    });
    expect(first.lastError?.message).toBe('Order A is now Cancelled: it changed elsewhere.');
    expect(second.state).toBe('stopped');
    expect(api.calls).toEqual(['set_process:A']);
    expect(outbox.summary()).toMatchObject({ queued: 0, stopped: 2 });
  });

  it('packed when our set_packed was never sent: stopped, not counted done', async () => {
    const { api, outbox } = await setup({ A: 'to_process' });
    api.status.set('A', 'packed');
    const result = await outbox.submit({ orderCode: 'A', kind: 'set_process' });
    await outbox.enqueue({ orderCode: 'A', kind: 'set_packed', pickupOption: 'LATE_PICKUP' });
    expect(result).toMatchObject({ state: 'stopped', error: { currentStatus: 'packed' } });
    await outbox.drained(5_000);
    expect(outbox.list().map((e) => e.state)).toEqual(['stopped', 'stopped']);
    expect(api.calls).toEqual(['set_process:A']);
  });
});

describe('outbox: problems the operator resolves', () => {
  it('a 422 fails once, blocks the order, and retry / discard are journaled across a restart', async () => {
    const first = await setup({ A: 'to_process', B: 'to_process' });
    first.api.plan('set_process', 422);
    const failed = await first.outbox.submit({ orderCode: 'A', kind: 'set_process' });
    expect(failed).toMatchObject({ state: 'failed', error: { kind: 'validation', requestId: 'rq-422' } });
    await first.outbox.enqueue({ orderCode: 'A', kind: 'set_packed', pickupOption: 'LATE_PICKUP' });
    await first.outbox.submit({ orderCode: 'B', kind: 'set_process' });
    first.api.plan('set_process', 422);
    await first.outbox.drained(5_000);
    expect(first.api.calls).toEqual(['set_process:A', 'set_process:B']);
    expect(first.outbox.summary()).toMatchObject({ failed: 1, queued: 1 });
    expect(await first.outbox.retry(failed.id)).toMatchObject({ state: 'failed' });
    await first.outbox.close();

    // The supervisor fixed the order by hand (now In Process) and the operator drops the failed step.
    const second = await setup({ A: 'process' }, { dir: first.dir });
    const [a1, a2] = second.outbox.pendingFor('A');
    expect(a1).toMatchObject({ id: failed.id, state: 'failed', attempts: 2 });
    expect(a2.state).toBe('queued');
    await second.outbox.discard(failed.id, 'typo in the order, fixed by the supervisor');
    await second.outbox.drained(5_000);
    expect(second.api.calls).toEqual(['set_packed:A']);
    await second.outbox.close();

    const third = await setup({ A: 'packed' }, { dir: first.dir });
    const [discarded, packed] = third.outbox.list().filter((e) => e.orderCode === 'A');
    expect(discarded).toMatchObject({
      state: 'discarded',
      note: 'typo in the order, fixed by the supervisor',
    });
    expect(packed).toMatchObject({ state: 'done', note: 'sent' });
    expect(third.api.calls).toEqual([]);
  });
});

describe('outbox: offline', () => {
  it('queues durably while offline, sends nothing, and drains when the probe finds the API', async () => {
    const { api, outbox, connectivity, setReachable, dir } = await setup({
      A: 'to_process',
      B: 'to_process',
    });
    setReachable(false);
    api.plan('set_process', { fail: 'refused', applied: false });
    expect(await outbox.submit({ orderCode: 'A', kind: 'set_process' })).toMatchObject({ state: 'queued' });
    expect(connectivity.current().online).toBe(false);
    const b = await outbox.submit({ orderCode: 'B', kind: 'set_process' });
    expect(b).toMatchObject({ state: 'queued', reason: { kind: 'network' } });
    expect(api.calls).toEqual(['set_process:A']);
    // Durable before "queued": a second reader of the journal already sees both.
    const reader = await setup({}, { dir });
    expect(reader.outbox.summary().queued).toBe(2);
    await reader.outbox.close();
    open.splice(
      open.findIndex((o) => o.outbox === reader.outbox),
      1,
    );
    reader.connectivity.close();

    setReachable(true);
    await outbox.drained(5_000);
    expect(connectivity.current().online).toBe(true);
    expect(api.status.get('A')).toBe('process');
    expect(api.status.get('B')).toBe('process');
  });
});

describe('outbox: compaction', () => {
  it('rewrites a journal full of settled records while sending, and the reopened state is the same', async () => {
    const orders = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`C${i}`, 'to_process' as const]));
    const first = await setup(orders, { compactAfter: 10, keepSettled: 5 });
    first.api.plan('set_packed', 422);
    for (const code of Object.keys(orders)) {
      await first.outbox.enqueue({ orderCode: code, kind: 'set_process' });
      await first.outbox.enqueue({ orderCode: code, kind: 'set_packed', pickupOption: 'LATE_PICKUP' });
      await first.outbox.enqueue({ orderCode: code, kind: 'ship' });
    }
    await first.outbox.drained(5_000);
    const before = first.outbox.list();
    await first.outbox.close();
    const lines = (await readFile(join(first.dir, 'outbox.journal'), 'utf8')).trim().split('\n');
    // 36 enqueues and ~70 changes were written; compaction left far fewer lines.
    expect(lines.length).toBeLessThan(60);
    // One order is held by its failed set_packed (its settled set_process is kept for settling).
    expect(before.filter((e) => e.state === 'failed')).toHaveLength(1);
    // Old settled entries were dropped from the view and the journal.
    expect(before.length).toBeLessThan(36);

    const second = await setup({}, { dir: first.dir, keepSettled: 100 });
    expect(second.outbox.list()).toEqual(before);
    expect(second.api.calls).toEqual([]);
  });
});
