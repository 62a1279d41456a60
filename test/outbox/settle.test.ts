// What tracking's status means for one of this station's steps: done, resend, wait, stop or fail.
import { describe, expect, it } from 'vitest';
import { explainedRank, settle } from '../../src/main/outbox/settle';
import type { OutboxEntry } from '../../src/main/outbox/records';
import type { OutboxActionKind } from '../../src/shared/outbox/types';
import { statusRank } from '../../src/shared/orders';

function entry(kind: OutboxActionKind, seq: number, over: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    id: `e${seq}`,
    seq,
    rev: 1,
    orderCode: 'ORD9',
    kind,
    state: 'queued',
    createdAt: '2026-01-01T00:00:00.000Z',
    attempts: 1,
    lastAttemptAt: null,
    nextAttemptAt: null,
    lastError: null,
    note: null,
    requestId: null,
    unknown: true,
    settledAt: null,
    ...over,
  };
}

describe('settling by tracking', () => {
  const process = entry('set_process', 1);
  const packed = entry('set_packed', 2, { attempts: 0, unknown: false });
  const ship = entry('ship', 3, { attempts: 0, unknown: false });

  it('the step’s own status is done; below it is a resend; a 409 below it is a failure', () => {
    const orderEntries = [process, packed, ship];
    expect(settle({ entry: process, orderEntries, status: 'process', reason: 'unknown' }).kind).toBe('done');
    expect(settle({ entry: process, orderEntries, status: 'to_process', reason: 'unknown' }).kind).toBe(
      'resend',
    );
    expect(settle({ entry: process, orderEntries, status: 'to_process', reason: 'conflict' }).kind).toBe(
      'failed',
    );
  });

  it('past the step only as far as this station’s attempted steps explain', () => {
    const attemptedPack = { ...packed, attempts: 1 };
    expect(
      settle({ entry: process, orderEntries: [process, attemptedPack], status: 'packed', reason: 'unknown' })
        .kind,
    ).toBe('done');
    const elsewhere = settle({
      entry: process,
      orderEntries: [process, packed, ship],
      status: 'packed',
      reason: 'unknown',
    });
    expect(elsewhere).toMatchObject({ kind: 'stopped', error: { currentStatus: 'packed' } });
    // A set_packed refused with a 4xx explains nothing.
    const refused = { ...packed, attempts: 1, state: 'failed' as const };
    expect(
      settle({ entry: process, orderEntries: [process, refused], status: 'packed', reason: 'unknown' }).kind,
    ).toBe('stopped');
  });

  it('cancelled or returned is always a stop, with words and what to do', () => {
    const s = settle({ entry: ship, orderEntries: [ship], status: 'cancelled', reason: 'conflict' });
    expect(s).toMatchObject({ kind: 'stopped', error: { kind: 'conflict', step: 'ship' } });
    if (s.kind === 'stopped')
      expect(s.error.message).toBe('Order ORD9 is now Cancelled: it changed elsewhere.');
  });

  it('set-process-packed in process is waited for; to_process waits only right after an attempt', () => {
    const spp = entry('set_process_packed', 1);
    expect(settle({ entry: spp, orderEntries: [spp], status: 'process', reason: 'unknown' }).kind).toBe(
      'wait',
    );
    expect(settle({ entry: spp, orderEntries: [spp], status: 'to_process', reason: 'accepted' }).kind).toBe(
      'wait',
    );
    expect(
      settle({ entry: spp, orderEntries: [spp], status: 'to_process', reason: 'unknown', asyncGrace: true })
        .kind,
    ).toBe('wait');
    expect(settle({ entry: spp, orderEntries: [spp], status: 'to_process', reason: 'unknown' }).kind).toBe(
      'resend',
    );
    expect(settle({ entry: spp, orderEntries: [spp], status: 'packed', reason: 'accepted' }).kind).toBe(
      'done',
    );
  });

  it('once this station shipped, completed is the normal next step, not a surprise', () => {
    const shipped = { ...ship, attempts: 1 };
    expect(explainedRank([process, shipped])).toBe(statusRank('completed'));
    expect(
      settle({ entry: shipped, orderEntries: [shipped], status: 'completed', reason: 'unknown' }).kind,
    ).toBe('done');
  });
});
