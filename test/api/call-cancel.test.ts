// A call's single cancel: the deadline or the caller's signal aborts it, with the right reason; waits
// between retries end early on abort; disposing it stops the timer and lets go of the caller's signal.
import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallCancel } from '../../src/main/api/call-cancel';

const DEADLINE = Symbol('deadline');

afterEach(() => {
  vi.useRealTimers();
});

describe('CallCancel', () => {
  it('aborts with the deadline reason when the deadline passes, once', () => {
    vi.useFakeTimers();
    const cancel = new CallCancel(1_000, DEADLINE);
    const seen: unknown[] = [];
    cancel.on('abort', () => seen.push(cancel.reason));
    vi.advanceTimersByTime(999);
    expect(cancel.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(cancel.aborted).toBe(true);
    cancel.abort('later');
    expect(seen).toEqual([DEADLINE]);
    cancel.dispose();
  });

  it("takes the caller's reason when the caller aborts first, and ignores the deadline after", () => {
    vi.useFakeTimers();
    const caller = new AbortController();
    const cancel = new CallCancel(1_000, DEADLINE, caller.signal);
    caller.abort(new Error('stop'));
    vi.advanceTimersByTime(2_000);
    expect(cancel.aborted).toBe(true);
    expect(cancel.reason).toEqual(new Error('stop'));
    cancel.dispose();
  });

  it('starts aborted when the caller signal already is', () => {
    const cancel = new CallCancel(1_000, DEADLINE, AbortSignal.abort('gone'));
    expect(cancel.aborted).toBe(true);
    expect(cancel.reason).toBe('gone');
    cancel.dispose();
  });

  it("dispose stops the deadline and removes its listener from the caller's signal", () => {
    vi.useFakeTimers();
    const caller = new AbortController();
    const cancel = new CallCancel(1_000, DEADLINE, caller.signal);
    expect(getEventListeners(caller.signal, 'abort')).toHaveLength(1);
    cancel.dispose();
    expect(getEventListeners(caller.signal, 'abort')).toHaveLength(0);
    vi.advanceTimersByTime(5_000);
    caller.abort();
    expect(cancel.aborted).toBe(false);
  });

  it('sleep resolves after the wait, or rejects with the reason as soon as the call aborts', async () => {
    vi.useFakeTimers();
    const cancel = new CallCancel(10_000, DEADLINE);
    const done = cancel.sleep(100);
    vi.advanceTimersByTime(100);
    await expect(done).resolves.toBeUndefined();
    expect(cancel.listenerCount('abort')).toBe(0);

    const cut = cancel.sleep(5_000);
    cancel.abort('cut');
    await expect(cut).rejects.toBe('cut');
    await expect(cancel.sleep(1)).rejects.toBe('cut');
    cancel.dispose();
  });
});
