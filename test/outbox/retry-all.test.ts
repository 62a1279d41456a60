// "Try all again" after the cause of the refusals was fixed (typically the API key): every failed step
// goes again in its order, orders that changed elsewhere stay stopped, and a kind filter (auth) leaves
// the other refusals for the operator. Also: the rule the screen counts with is the one main applies.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createConnectivity, createOutbox, type Connectivity, type Outbox } from '../../src/main/outbox';
import { decodeRecord } from '../../src/main/outbox/journal';
import type { OrderStatus } from '../../src/shared/orders';
import { retryAllCandidates } from '../../src/shared/outbox/retry-all';
import type { OutboxEntryView } from '../../src/shared/outbox/types';
import type { ErrorInfo } from '../../src/shared/errors';
import { FakeOrdersApi } from './fake-api';

const open: { outbox: Outbox; connectivity: Connectivity }[] = [];
afterEach(async () => {
  for (const { outbox, connectivity } of open.splice(0)) {
    await outbox.close();
    connectivity.close();
  }
});

async function setup(orders: Record<string, OrderStatus>, concurrency = 4) {
  const api = new FakeOrdersApi(orders);
  const dir = await mkdtemp(join(tmpdir(), 'outbox-retry-all-'));
  const connectivity = createConnectivity({
    probe: async () => undefined,
    backoff: { baseMs: 5, maxMs: 20 },
  });
  const outbox = await createOutbox({
    dir,
    api,
    connectivity,
    concurrency,
    backoff: { baseMs: 5, maxMs: 20 },
    asyncPollMs: 5,
  });
  open.push({ outbox, connectivity });
  return { api, outbox, dir };
}

const callsOf = (api: FakeOrdersApi, code: string): string[] =>
  api.calls.filter((c) => c.endsWith(`:${code}`));

describe('outbox: try all refused steps again', () => {
  it('re-queues every refused step in its order, leaves stopped orders, and can take only auth refusals', async () => {
    const { api, outbox } = await setup({
      A: 'to_process',
      B: 'to_process',
      C: 'to_process',
      D: 'to_process',
    });
    // A wrong API key refuses A and B (401); D is refused for its data (422); C was cancelled elsewhere.
    api.plan('set_process', 401, 401, 422);
    expect(await outbox.submit({ orderCode: 'A', kind: 'set_process' })).toMatchObject({ state: 'failed' });
    await outbox.enqueue({ orderCode: 'A', kind: 'set_packed', pickupOption: 'LATE_PICKUP' });
    await outbox.enqueue({ orderCode: 'A', kind: 'ship' });
    expect(await outbox.submit({ orderCode: 'B', kind: 'set_process' })).toMatchObject({ state: 'failed' });
    expect(await outbox.submit({ orderCode: 'D', kind: 'set_process' })).toMatchObject({ state: 'failed' });
    api.status.set('C', 'cancelled');
    expect(await outbox.submit({ orderCode: 'C', kind: 'set_process' })).toMatchObject({ state: 'stopped' });
    await outbox.drained(5_000);
    expect(outbox.summary()).toMatchObject({ failed: 3, stopped: 1, queued: 2 });

    // The key is fixed: only the auth refusals go again.
    expect(await outbox.retryAll({ kind: 'auth' })).toEqual({ retried: 2 });
    await outbox.drained(5_000);
    expect(callsOf(api, 'A')).toEqual(['set_process:A', 'set_process:A', 'set_packed:A', 'ship:A']);
    expect(api.status.get('A')).toBe('shipped');
    expect(api.status.get('B')).toBe('process');
    expect(callsOf(api, 'D')).toEqual(['set_process:D']);
    expect(outbox.summary()).toMatchObject({ failed: 1, stopped: 1, queued: 0 });

    // Then everything else refused; the cancelled order is still left to the operator.
    expect(await outbox.retryAll()).toEqual({ retried: 1 });
    await outbox.drained(5_000);
    expect(api.status.get('D')).toBe('process');
    expect(callsOf(api, 'C')).toEqual(['set_process:C']);
    expect(
      outbox
        .list()
        .filter((e) => e.orderCode === 'C')
        .map((e) => e.state),
    ).toEqual(['stopped']);
    expect(await outbox.retryAll()).toEqual({ retried: 0 });
  });

  it('journals the operator’s retries in the original order, before any of them is sent', async () => {
    const codes = ['P1', 'P2', 'P3', 'P4', 'P5'];
    const { api, outbox, dir } = await setup(
      Object.fromEntries(codes.map((c) => [c, 'to_process' as const])),
    );
    api.plan('set_process', ...codes.map(() => 401));
    for (const code of codes) await outbox.submit({ orderCode: code, kind: 'set_process' });
    const failed = outbox.list().map((e) => e.id);
    let journalAtFirstSend = '';
    api.gate = async () => {
      journalAtFirstSend ||= await readFile(join(dir, 'outbox.journal'), 'utf8');
    };
    expect(await outbox.retryAll()).toEqual({ retried: codes.length });
    await outbox.drained(5_000);
    const retried = journalAtFirstSend
      .trim()
      .split('\n')
      .map((line) => decodeRecord(line) as { t: string; id: string; by?: string })
      .filter((r) => r.t === 'retry' && r.by === 'operator')
      .map((r) => r.id);
    expect(retried).toEqual(failed);
    expect(codes.map((c) => api.status.get(c))).toEqual(codes.map(() => 'process'));
  });
});

describe('outbox: unknown outcomes under a wrong key', () => {
  it('waits as refused (auth) instead of looping, and once retried is settled by tracking, never sent twice', async () => {
    const { api, outbox } = await setup({ A: 'to_process' });
    // Applied, but the answer was lost; by the time the station asks tracking its key is wrong.
    api.plan('set_process', { fail: 'reset', applied: true });
    api.trackRefused = true;
    expect(await outbox.submit({ orderCode: 'A', kind: 'set_process' })).toMatchObject({ state: 'queued' });
    await outbox.drained(5_000);
    expect(outbox.list()[0]).toMatchObject({ state: 'failed', lastError: { kind: 'auth', httpStatus: 401 } });

    api.trackRefused = false;
    expect(await outbox.retryAll({ kind: 'auth' })).toEqual({ retried: 1 });
    await outbox.drained(5_000);
    expect(outbox.list()[0]).toMatchObject({ state: 'done', note: 'already done (seen in tracking)' });
    expect(api.calls).toEqual(['set_process:A']);
    expect(api.status.get('A')).toBe('process');
  });
});

describe('retryAllCandidates (the rule the screen counts with)', () => {
  const auth: ErrorInfo = {
    kind: 'auth',
    message: 'Key.',
    retryable: false,
    requestId: 'r1',
    httpStatus: 401,
  };
  const invalid: ErrorInfo = { ...auth, kind: 'validation', httpStatus: 422 };
  const view = (
    id: string,
    orderCode: string,
    state: OutboxEntryView['state'],
    lastError: ErrorInfo | null = null,
  ) => ({ id, orderCode, state, lastError }) as const;

  it('keeps the given order, skips orders stopped before, and a filtered-out refusal holds its order', () => {
    const entries = [
      view('a1', 'A', 'failed', auth),
      view('b1', 'B', 'stopped', invalid),
      view('b2', 'B', 'failed', auth),
      view('c1', 'C', 'failed', invalid),
      view('c2', 'C', 'failed', auth),
      view('d1', 'D', 'done'),
      view('d2', 'D', 'failed', auth),
      view('a2', 'A', 'queued'),
    ];
    expect(retryAllCandidates(entries).map((e) => e.id)).toEqual(['a1', 'c1', 'c2', 'd2']);
    expect(retryAllCandidates(entries, { kind: 'auth' }).map((e) => e.id)).toEqual(['a1', 'd2']);
    expect(retryAllCandidates(entries, { kind: 'network' })).toEqual([]);
  });
});
