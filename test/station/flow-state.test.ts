import { describe, expect, it } from 'vitest';
import { ConfirmWaits, InFlight, OutboxScans, PackingNow } from '../../src/main/station/flow-state';

describe('the pack flow’s shared memory', () => {
  it('OutboxScans shows each new state once, keeps a retried queued step "queued", forgets a settled one', () => {
    const scans = new OutboxScans();
    expect(scans.advance('a', 'done')).toBeNull(); // not followed: its scan shows it live
    scans.follow('a', 'scan-1', 'queued');
    expect(scans.advance('a', 'queued')).toBeNull();
    expect(scans.advance('a', 'running')).toBeNull();
    expect(scans.advance('a', 'failed')).toBe('scan-1');
    expect(scans.scanOf('a')).toBeNull();
    scans.follow('b', 'scan-2', 'running');
    expect(scans.advance('b', 'queued')).toBe('scan-2');
    expect(scans.scanOf('b')).toBe('scan-2');
  });

  it('InFlight waits for work started while it waits, and a failure does not stop the wait', async () => {
    const work = new InFlight();
    const order: string[] = [];
    void work.track(Promise.reject(new Error('x'))).catch(() => undefined);
    void work.track(
      Promise.resolve().then(() => {
        order.push('first');
        void work.track(Promise.resolve().then(() => order.push('second')));
      }),
    );
    await work.idle();
    expect(order).toEqual(['first', 'second']);
  });

  it('ConfirmWaits hands the printing scan over once; PackingNow holds an order only while packing', async () => {
    const waits = new ConfirmWaits();
    waits.wait('ORD-1', 'scan-1');
    expect(waits.codes()).toEqual(['ORD-1']);
    expect(waits.take('ORD-1')).toBe('scan-1');
    expect(waits.take('ORD-1')).toBeNull();
    const packing = new PackingNow();
    const seen = await packing.during('ORD-2', async () => packing.has('ORD-2'));
    expect(seen).toBe(true);
    expect(packing.has('ORD-2')).toBe(false);
    await expect(packing.during('ORD-3', () => Promise.reject(new Error('409')))).rejects.toThrow('409');
    expect(packing.has('ORD-3')).toBe(false);
  });
});
