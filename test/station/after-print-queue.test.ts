import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/main/api/errors';
import { InMemoryAfterPrintQueue, type AfterPrintTask } from '../../src/main/station/after-print-queue';
import type { StepEvent } from '../../src/main/station/types';

function harness(failures: Record<string, ApiError[]>) {
  const calls: string[] = [];
  const sleeps: number[] = [];
  const events: StepEvent[] = [];
  const queue = new InMemoryAfterPrintQueue({
    execute: async (task: AfterPrintTask, orderCode: string) => {
      calls.push(`${orderCode}:${task}`);
      const next = failures[`${orderCode}:${task}`]?.shift();
      if (next) throw next;
    },
    onStep: (e) => events.push(e),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    maxAttempts: 4,
    baseDelayMs: 100,
  });
  return { queue, calls, sleeps, events };
}

const err = (kind: 'network' | 'server' | 'conflict' | 'validation', httpStatus: number | null = null) =>
  new ApiError({ kind, message: kind, method: 'POST', path: '/x', httpStatus, requestId: 'req-1' });

describe('InMemoryAfterPrintQueue', () => {
  it('runs each order’s tasks in order: mark printed, then ship', async () => {
    const h = harness({});
    h.queue.enqueue({ orderCode: 'A', scanId: 's1', tasks: ['mark_printed', 'ship'] });
    h.queue.enqueue({ orderCode: 'A', scanId: 's1', tasks: ['ship'] });
    await h.queue.idle();
    expect(h.calls).toEqual(['A:mark_printed', 'A:ship', 'A:ship']);
    expect(h.events.filter((e) => e.state === 'done').map((e) => e.step)).toEqual([
      'mark_printed',
      'ship',
      'ship',
    ]);
  });

  it('retries network and 5xx errors with growing backoff', async () => {
    const h = harness({ 'A:ship': [err('network'), err('server', 503)] });
    h.queue.enqueue({ orderCode: 'A', scanId: 's1', tasks: ['mark_printed', 'ship'] });
    await h.queue.idle();
    expect(h.calls).toEqual(['A:mark_printed', 'A:ship', 'A:ship', 'A:ship']);
    expect(h.sleeps).toEqual([100, 200]);
    expect(h.events.at(-1)).toMatchObject({ step: 'ship', state: 'done' });
  });

  it('reports a 4xx as a failed step at once and does not ship after a failed mark-printed', async () => {
    const h = harness({ 'A:mark_printed': [err('validation', 422)] });
    h.queue.enqueue({ orderCode: 'A', scanId: 's1', tasks: ['mark_printed', 'ship'] });
    await h.queue.idle();
    expect(h.calls).toEqual(['A:mark_printed']);
    expect(h.sleeps).toEqual([]);
    expect(h.events.at(-1)).toMatchObject({
      step: 'mark_printed',
      state: 'failed',
      scanId: 's1',
      error: { kind: 'validation', httpStatus: 422, requestId: 'req-1', step: 'mark_printed' },
    });
  });

  it('gives up after the last attempt and says so', async () => {
    const h = harness({ 'B:ship': [err('network'), err('network'), err('network'), err('network')] });
    h.queue.enqueue({ orderCode: 'B', scanId: 's2', tasks: ['ship'] });
    await h.queue.idle();
    expect(h.calls).toHaveLength(4);
    expect(h.events.at(-1)).toMatchObject({ step: 'ship', state: 'failed', error: { kind: 'network' } });
  });

  it('one order’s trouble does not hold another order', async () => {
    const h = harness({ 'A:ship': [err('conflict', 409)] });
    h.queue.enqueue({ orderCode: 'A', scanId: 's1', tasks: ['ship'] });
    h.queue.enqueue({ orderCode: 'B', scanId: 's2', tasks: ['ship'] });
    await h.queue.idle();
    expect(h.calls.sort()).toEqual(['A:ship', 'B:ship']);
    expect(h.events.filter((e) => e.orderCode === 'B').at(-1)).toMatchObject({ state: 'done' });
  });
});
