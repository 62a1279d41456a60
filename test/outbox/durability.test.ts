// Strict attempts: every attempt is journaled and fsync'd before its request leaves, and the extra turns
// that hide that fsync never put more requests in flight than the configured concurrency.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createConnectivity, createOutbox, type Connectivity, type Outbox } from '../../src/main/outbox';
import { decodeRecord } from '../../src/main/outbox/journal';
import type { OutboxRecord } from '../../src/main/outbox/records';
import { createSlots } from '../../src/main/outbox/slots';
import { needsSync } from '../../src/main/outbox/store';
import type { ErrorInfo } from '../../src/shared/errors';
import { FakeOrdersApi } from './fake-api';

const AT = '2026-01-01T00:00:00.000Z';
const error: ErrorInfo = {
  kind: 'server',
  message: '503.',
  retryable: true,
  requestId: null,
  httpStatus: 503,
};

const open: { outbox: Outbox; connectivity: Connectivity }[] = [];
afterEach(async () => {
  for (const { outbox, connectivity } of open.splice(0)) {
    await outbox.close();
    connectivity.close();
  }
});

describe('what is fsync’d', () => {
  it('everything but a backoff and a done tracking can see: the attempt too, before its request', () => {
    const records: [OutboxRecord, boolean][] = [
      [{ t: 'enqueue', id: 'a', seq: 0, at: AT, orderCode: 'A', kind: 'set_process' }, true],
      [{ t: 'attempt', id: 'a', rev: 1, at: AT, n: 1 }, true],
      // A done of unknown kind is synced (nothing to tell from tracking).
      [{ t: 'done', id: 'a', rev: 2, at: AT, via: 'sent', requestId: null, note: null }, true],
      [{ t: 'failed', id: 'a', rev: 2, at: AT, error }, true],
      [{ t: 'stopped', id: 'a', rev: 2, at: AT, error, note: 'order is Cancelled' }, true],
      [{ t: 'discard', id: 'a', rev: 3, at: AT, reason: 'wrong box' }, true],
      [
        {
          t: 'retry',
          id: 'a',
          rev: 3,
          at: AT,
          by: 'operator',
          error: null,
          unknown: false,
          nextAttemptAt: null,
        },
        true,
      ],
      // Lost in a power cut, the entry is back to "attempted, outcome unknown": settled through tracking.
      [
        { t: 'retry', id: 'a', rev: 2, at: AT, by: 'backoff', error, unknown: true, nextAttemptAt: AT },
        false,
      ],
    ];
    for (const [record, synced] of records) expect(needsSync(record), record.t).toBe(synced);
  });

  it('a done waits for no fsync when tracking can tell it, and keeps it for mark_printed and return', () => {
    const done: OutboxRecord = {
      t: 'done',
      id: 'a',
      rev: 2,
      at: AT,
      via: 'sent',
      requestId: null,
      note: null,
    };
    const kinds = [
      'set_process',
      'set_packed',
      'set_process_packed',
      'ship',
      'mark_printed',
      'return',
    ] as const;
    const synced = kinds.map((kind) => needsSync(done, () => kind));
    expect(Object.fromEntries(kinds.map((k, i) => [k, synced[i]]))).toEqual({
      set_process: false,
      set_packed: false,
      set_process_packed: false,
      ship: false,
      mark_printed: true,
      return: true,
    });
  });
});

describe('a done lost in a power cut', () => {
  it('is settled through tracking after restart: nothing is sent twice', async () => {
    const api = new FakeOrdersApi({ P1: 'to_process' });
    const dir = await mkdtemp(join(tmpdir(), 'outbox-lost-done-'));
    const start = async () => {
      const connectivity = createConnectivity({
        probe: async () => undefined,
        backoff: { baseMs: 5, maxMs: 20 },
      });
      const outbox = await createOutbox({ dir, api, connectivity, backoff: { baseMs: 5, maxMs: 20 } });
      open.push({ outbox, connectivity });
      return outbox;
    };
    const first = await start();
    await first.enqueue({ orderCode: 'P1', kind: 'set_process' });
    await first.drained(10_000);
    const { outbox, connectivity } = open.pop() ?? { outbox: first, connectivity: null };
    await outbox.close();
    connectivity?.close();
    // The unsynced tail is gone: the journal ends at the attempt, as after a power cut.
    const path = join(dir, 'outbox.journal');
    const lines = (await readFile(path, 'utf8')).trim().split('\n');
    expect((decodeRecord(lines.at(-1) ?? '') as OutboxRecord).t).toBe('done');
    await writeFile(path, `${lines.slice(0, -1).join('\n')}\n`);

    const second = await start();
    await second.drained(10_000);
    expect(api.calls).toEqual(['set_process:P1']);
    expect(api.tracked).toContain('P1');
    expect(second.list().find((e) => e.orderCode === 'P1')?.state).toBe('done');
  });
});

describe('attempts before requests, with more turns than API slots', () => {
  it('finds each request’s attempt in the journal when it leaves, and keeps requests within the concurrency', async () => {
    const codes = Array.from({ length: 12 }, (_, i) => `T${i}`);
    const api = new FakeOrdersApi(Object.fromEntries(codes.map((c) => [c, 'to_process' as const])));
    const dir = await mkdtemp(join(tmpdir(), 'outbox-durability-'));
    const connectivity = createConnectivity({
      probe: async () => undefined,
      backoff: { baseMs: 5, maxMs: 20 },
    });
    const outbox = await createOutbox({
      dir,
      api,
      connectivity,
      concurrency: 2,
      backoff: { baseMs: 5, maxMs: 20 },
    });
    open.push({ outbox, connectivity });
    const missing: string[] = [];
    api.gate = async (kind, code) => {
      const records = (await readFile(join(dir, 'outbox.journal'), 'utf8'))
        .trim()
        .split('\n')
        .map((line) => decodeRecord(line) as OutboxRecord);
      const id = records.find((r) => r.t === 'enqueue' && r.orderCode === code && r.kind === kind);
      const attempted = records.some((r) => r.t === 'attempt' && id?.t === 'enqueue' && r.id === id.id);
      if (!attempted) missing.push(`${kind}:${code}`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    };
    for (const orderCode of codes) {
      await outbox.enqueue({ orderCode, kind: 'set_process' });
      await outbox.enqueue({ orderCode, kind: 'set_packed', pickupOption: 'LATE_PICKUP' });
    }
    await outbox.drained(10_000);
    expect(missing).toEqual([]);
    expect(api.calls).toHaveLength(24);
    expect(api.maxInFlight).toBe(2);
    for (const code of codes) expect(api.status.get(code)).toBe('packed');
  });
});

describe('API slots', () => {
  it('run at most `size` at once, and an urgent request takes the next free slot first', async () => {
    const slots = createSlots(2);
    const order: string[] = [];
    let running = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const task = (name: string) => async () => {
      running += 1;
      most = Math.max(most, running);
      order.push(name);
      await new Promise<void>((resolve) => releases.push(resolve));
      running -= 1;
    };
    const all = [slots.run(false, task('a')), slots.run(false, task('b')), slots.run(false, task('c'))];
    all.push(slots.run(true, task('urgent')));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(order).toEqual(['a', 'b']);
    releases.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(order).toEqual(['a', 'b', 'urgent']);
    while (order.length < 4 || releases.length > 0) {
      releases.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await Promise.all(all);
    expect(order).toEqual(['a', 'b', 'urgent', 'c']);
    expect(most).toBe(2);
    expect(slots.inUse()).toBe(0);
  });
});
