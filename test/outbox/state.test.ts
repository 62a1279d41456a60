// The pure reducer: duplicated and stale records change nothing, a torn journal tail is cut, a replay
// after a restart restores queued / failed / stopped, and compaction's snapshot rebuilds the same state.
import { appendFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeRecord, openJournal } from '../../src/main/outbox/journal';
import { parseRecord, type OutboxRecord } from '../../src/main/outbox/records';
import * as S from '../../src/main/outbox/state';
import { equalJitterDelay, fullJitterDelay } from '../../src/main/outbox/backoff';
import type { ErrorInfo } from '../../src/shared/errors';

const AT = '2026-01-01T00:00:00.000Z';
const err422: ErrorInfo = {
  kind: 'validation',
  message: 'Bad.',
  retryable: false,
  requestId: 'rq-1',
  httpStatus: 422,
};

function enqueue(id: string, seq: number, orderCode = 'ORD1'): OutboxRecord {
  return { t: 'enqueue', id, seq, at: AT, orderCode, kind: 'set_process' };
}

const history: OutboxRecord[] = [
  enqueue('a', 0),
  enqueue('b', 1),
  enqueue('c', 2, 'ORD2'),
  enqueue('d', 3, 'ORD3'),
  { t: 'attempt', id: 'a', rev: 1, at: AT, n: 1 },
  { t: 'done', id: 'a', rev: 2, at: AT, via: 'sent', requestId: 'rq-a', note: null },
  { t: 'attempt', id: 'b', rev: 1, at: AT, n: 1 },
  { t: 'failed', id: 'b', rev: 2, at: AT, error: err422 },
  { t: 'attempt', id: 'c', rev: 1, at: AT, n: 1 },
  { t: 'stopped', id: 'c', rev: 2, at: AT, error: err422, note: 'order is Cancelled' },
  { t: 'attempt', id: 'd', rev: 1, at: AT, n: 1 },
  { t: 'retry', id: 'd', rev: 2, at: AT, by: 'backoff', error: err422, unknown: true, nextAttemptAt: AT },
];

function states(state: S.OutboxState): Record<string, string> {
  return Object.fromEntries([...state.entries.values()].map((e) => [e.id, e.state]));
}

describe('outbox state reducer', () => {
  it('folds a history into queued / done / failed / stopped', () => {
    const state = S.reduce(S.emptyState(), history);
    expect(states(state)).toEqual({ a: 'done', b: 'failed', c: 'stopped', d: 'queued' });
    expect(state.entries.get('d')).toMatchObject({ attempts: 1, unknown: true, lastError: err422 });
    expect(state.nextSeq).toBe(4);
    expect(S.summarise(state)).toEqual({ queued: 1, failed: 1, stopped: 1, oldestQueuedAt: AT });
  });

  it('gives the same state when every record is duplicated, or an old record comes again late', () => {
    const once = S.reduce(S.emptyState(), history);
    const doubled = S.reduce(
      S.emptyState(),
      history.flatMap((r) => [r, r]),
    );
    const stale = S.reduce(once, [history[4], history[6], enqueue('a', 9)]);
    expect(doubled.entries).toEqual(once.entries);
    expect(stale.entries).toEqual(once.entries);
  });

  it('does not change its input state', () => {
    const before = S.reduce(S.emptyState(), history.slice(0, 4));
    const copy = structuredClone([...before.entries]);
    S.reduce(before, history.slice(4));
    expect([...before.entries]).toEqual(copy);
  });

  it('treats an attempt in flight at a crash as queued with an unknown outcome', () => {
    const state = S.recoverInFlight(S.reduce(S.emptyState(), history.slice(0, 5)));
    expect(state.entries.get('a')).toMatchObject({ state: 'queued', unknown: true, attempts: 1 });
  });

  it('replays from a journal whose last record was torn, after a restart', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'outbox-state-')), 'outbox.journal');
    const { journal } = await openJournal(path, parseRecord);
    for (const record of history) await journal.append(record);
    await journal.close();
    const torn = encodeRecord({ t: 'discard', id: 'b', rev: 3, at: AT, reason: 'x' });
    await appendFile(path, torn.slice(0, torn.length - 7));
    const opened = await openJournal(path, parseRecord);
    expect(opened.recovery.tornTail).toBe(true);
    const state = S.recoverInFlight(S.reduce(S.emptyState(), opened.records));
    expect(states(state)).toEqual({ a: 'done', b: 'failed', c: 'stopped', d: 'queued' });
    await opened.journal.close();
  });

  it('rebuilds the same state from a compaction snapshot, and later records still apply', () => {
    const state = S.reduce(S.emptyState(), history);
    const rebuilt = S.reduce(S.emptyState(), S.snapshotRecords(state));
    expect(rebuilt.entries).toEqual(state.entries);
    const discard: OutboxRecord = { t: 'discard', id: 'b', rev: 3, at: AT, reason: 'wrong box' };
    expect(S.reduce(rebuilt, [discard]).entries.get('b')).toMatchObject({
      state: 'discarded',
      note: 'wrong box',
    });
  });

  it('trims old settled entries but keeps those of an order with steps still pending', () => {
    const records: OutboxRecord[] = [enqueue('x1', 0, 'BUSY'), enqueue('x2', 1, 'BUSY')];
    for (let i = 0; i < 5; i++) records.push(enqueue(`s${i}`, 2 + i, `DONE${i}`));
    for (const id of ['x1', 's0', 's1', 's2', 's3', 's4']) {
      records.push({ t: 'done', id, rev: 1, at: AT, via: 'sent', requestId: null, note: null });
    }
    const trimmed = S.trimSettled(S.reduce(S.emptyState(), records), 2);
    const ids = [...trimmed.entries.keys()].sort();
    expect(ids).toContain('x1');
    expect(ids).toContain('x2');
    expect(ids.filter((id) => id.startsWith('s'))).toHaveLength(2);
  });
});

describe('backoff', () => {
  const policy = { baseMs: 100, maxMs: 1_000 };
  it('full jitter stays in [0, min(max, base·2^(n-1)))', () => {
    for (const [n, ceiling] of [
      [1, 100],
      [2, 200],
      [4, 800],
      [5, 1_000],
      [40, 1_000],
    ] as const) {
      expect(fullJitterDelay(policy, n, () => 0)).toBe(0);
      const top = fullJitterDelay(policy, n, () => 0.999_999);
      expect(top).toBeLessThan(ceiling);
      expect(top).toBeGreaterThanOrEqual(ceiling - 1);
    }
  });

  it('probe waits never drop below half the ceiling', () => {
    expect(equalJitterDelay(policy, 3, () => 0)).toBe(200);
    expect(equalJitterDelay(policy, 3, () => 0.999_999)).toBeLessThan(400);
    expect(equalJitterDelay(policy, 30, () => 0)).toBe(500);
  });
});
