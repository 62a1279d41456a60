import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES, type OrderStatus } from '../../src/shared/orders';
import { checkAction, processPackedSteps, type OrderAction } from '../../src/main/sandbox/transitions';

const subject = (
  status: OrderStatus,
  extra: { fulfillByMp?: boolean; cancelRequestOpen?: boolean } = {},
) => ({
  code: 'ORD1',
  status,
  fulfillByMp: false,
  cancelRequestOpen: false,
  ...extra,
});

/** The allowed moves of design.md §1 row 6, written out independently of the module's table. */
const ALLOWED: [OrderAction, OrderStatus, OrderStatus][] = [
  ['set_process', 'to_process', 'process'],
  ['set_packed', 'process', 'packed'],
  ['set_process_packed', 'to_process', 'packed'],
  ['set_process_packed', 'process', 'packed'],
  ['ship', 'packed', 'shipped'],
  ['completed', 'shipped', 'completed'],
  ['return', 'shipped', 'returned'],
  ['return', 'completed', 'returned'],
  ['cancel', 'pending', 'cancelled'],
  ['cancel', 'to_process', 'cancelled'],
  ['cancel', 'process', 'cancelled'],
  ['cancel', 'packed', 'cancelled'],
];

describe('status machine', () => {
  const actions = [...new Set(ALLOWED.map(([a]) => a))];
  for (const action of actions) {
    it(`${action}: allowed exactly from its documented statuses`, () => {
      for (const status of ORDER_STATUSES) {
        const expected = ALLOWED.find(([a, from]) => a === action && from === status);
        const result = checkAction(action, subject(status));
        if (expected) expect(result).toEqual({ ok: true, to: expected[2] });
        else expect(result.ok).toBe(false);
      }
    });
  }

  it('refusals name the current status for people', () => {
    const r = checkAction('set_process', subject('packed'));
    expect(r).toEqual({ ok: false, message: expect.stringContaining('Order ORD1 is Packed') });
  });

  it('an open cancellation request blocks process, pack and ship but not cancel or complete', () => {
    const open = (s: OrderStatus) => subject(s, { cancelRequestOpen: true });
    expect(checkAction('set_process', open('to_process')).ok).toBe(false);
    expect(checkAction('set_packed', open('process')).ok).toBe(false);
    expect(checkAction('set_process_packed', open('to_process')).ok).toBe(false);
    expect(checkAction('ship', open('packed')).ok).toBe(false);
    expect(checkAction('cancel', open('packed')).ok).toBe(true);
    expect(checkAction('approve_cancel', open('packed'))).toEqual({ ok: true, to: 'cancelled' });
    expect(checkAction('reject_cancel', open('packed'))).toEqual({ ok: true, to: 'packed' });
    expect(checkAction('request_cancel', open('packed')).ok).toBe(false);
  });

  it('approve/reject need an open request; a request opens only from pending to packed', () => {
    expect(checkAction('approve_cancel', subject('packed')).ok).toBe(false);
    expect(checkAction('reject_cancel', subject('to_process')).ok).toBe(false);
    for (const s of ORDER_STATUSES) {
      expect(checkAction('request_cancel', subject(s)).ok).toBe(
        ['pending', 'to_process', 'process', 'packed'].includes(s),
      );
    }
  });

  it('marketplace-fulfilled orders refuse every fulfillment step', () => {
    const mp = (s: OrderStatus) => subject(s, { fulfillByMp: true });
    for (const [action, from] of [
      ['set_process', 'to_process'],
      ['set_packed', 'process'],
      ['set_process_packed', 'to_process'],
      ['ship', 'packed'],
      ['completed', 'shipped'],
      ['label', 'packed'],
    ] as const) {
      const r = checkAction(action, mp(from));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain('marketplace');
    }
  });

  it('labels from packed on; updates while pending, to_process or process', () => {
    for (const s of ORDER_STATUSES) {
      expect(checkAction('label', subject(s)).ok).toBe(['packed', 'shipped', 'completed'].includes(s));
      expect(checkAction('update', subject(s)).ok).toBe(['pending', 'to_process', 'process'].includes(s));
    }
  });

  it('set-process-packed walks through process when starting at to_process', () => {
    expect(processPackedSteps('to_process')).toEqual(['process', 'packed']);
    expect(processPackedSteps('process')).toEqual(['packed']);
  });
});
