// @vitest-environment jsdom
// The returns bench's scans and keys with its store and a recording StationApi (the renderer's boundary).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../src/shared/errors';
import type { ReturnLookup, ReturnOrderView, ReturnRecordView } from '../../src/shared/ipc/returns-channels';

const calls: { method: string; arg: unknown }[] = [];
const order: ReturnOrderView = {
  orderCode: 'ORD9',
  awb: 'AWB9',
  status: 'shipped',
  shippedAt: '2026-12-01T02:00:00Z',
  courier: 'Dethix Reguler',
  recipient: { name: 'Abdul', phone: null, address: 'Jalan mangga', city: 'Jakarta' },
  items: [{ sku: 'SKU-1', name: 'Handuk', quantity: 2 }],
  source: 'api',
};
let lookupAnswer: Result<ReturnLookup> = { ok: true, value: { found: true, order } };

function recorded(arg: {
  orderCode: string;
  reason: ReturnRecordView['reason'];
  note: string;
}): ReturnRecordView {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    orderCode: arg.orderCode,
    awb: 'AWB9',
    reason: arg.reason,
    note: arg.note,
    at: '2026-12-03T03:00:00Z',
    packer: null,
    state: 'queued',
    stateNote: null,
    error: null,
    slip: { jobId: 'CAPTURE-1', error: null },
  };
}

vi.mock('../../src/renderer/src/app/station', () => ({
  station: {
    returns: {
      lookup: async (arg: unknown) => (calls.push({ method: 'lookup', arg }), lookupAnswer),
      record: async (arg: { orderCode: string; reason: ReturnRecordView['reason']; note: string }) => (
        calls.push({ method: 'record', arg }),
        { ok: true, value: recorded(arg) }
      ),
      list: async () => ({ ok: true, value: [] }),
      reprintSlip: async () => ({ ok: true, value: { jobId: 'CAPTURE-2' } }),
    },
  },
}));
vi.mock('../../src/renderer/src/sound/tones', () => ({
  playTone: (name: string) => calls.push({ method: 'tone', arg: name }),
}));

const { handleReturnScan, reasonOfKey, chooseReason, recordReturn, acknowledgeReturn } =
  await import('../../src/renderer/src/returns/returns-controller');
const { returnsActions, returnsSnapshot } = await import('../../src/renderer/src/returns/returns-store');
const { appActions, appSnapshot } = await import('../../src/renderer/src/app/app-store');

const methods = (): string[] => calls.filter((c) => c.method !== 'tone').map((c) => c.method);
const tones = (): unknown[] => calls.filter((c) => c.method === 'tone').map((c) => c.arg);

beforeEach(() => {
  calls.length = 0;
  lookupAnswer = { ok: true, value: { found: true, order } };
  returnsActions.clear();
  appActions.show('returns');
});

describe('returns bench controller', () => {
  it('maps number keys 1–5 to the return_by vocabulary in order', () => {
    expect(['1', '2', '3', '4', '5', '6', '0', 'a'].map(reasonOfKey)).toEqual([
      'customer_request',
      'damaged',
      'wrong_item',
      'courier_failed',
      'other',
      null,
      null,
      null,
    ]);
  });

  it('a parcel scan finds the order; a reason card records the return with the note typed', async () => {
    await handleReturnScan('AWB9');
    expect(returnsSnapshot()).toMatchObject({ phase: 'asking', order: { orderCode: 'ORD9' } });
    returnsActions.setNote('Left at the gate');
    await handleReturnScan('%%PS-RET-COURIER');
    expect(calls.find((c) => c.method === 'record')?.arg).toEqual({
      orderCode: 'ORD9',
      reason: 'courier_failed',
      note: 'Left at the gate',
    });
    expect(returnsSnapshot()).toMatchObject({ phase: 'idle', last: { orderCode: 'ORD9', state: 'queued' } });
    expect(returnsSnapshot().today).toHaveLength(1);
  });

  it('a number key only picks the reason; Enter (recordReturn) records it', async () => {
    await handleReturnScan('AWB9');
    expect(chooseReason('wrong_item')).toBe(true);
    expect(methods()).toEqual(['lookup']);
    await recordReturn();
    expect(calls.find((c) => c.method === 'record')?.arg).toMatchObject({ reason: 'wrong_item', note: '' });
  });

  it('nothing is recorded without a parcel or without a reason', async () => {
    await handleReturnScan('%%PS-RET-DAMAGED');
    await recordReturn();
    await handleReturnScan('AWB9');
    await recordReturn();
    expect(methods()).toEqual(['lookup']);
    expect(tones().filter((t) => t === 'error')).toHaveLength(3);
  });

  it('a refusal stops in words until Esc or ACK', async () => {
    lookupAnswer = {
      ok: true,
      value: {
        found: false,
        refusal: 'wrong_status',
        code: 'AWB1',
        orderCode: 'ORD1',
        status: 'packed',
        recordedAt: null,
        offline: false,
        message: 'Order ORD1 is Packed: only a Shipped or Completed order can be returned.',
      },
    };
    await handleReturnScan('AWB1');
    expect(returnsSnapshot().refusal).toMatchObject({ refusal: 'wrong_status', orderCode: 'ORD1' });
    await handleReturnScan('%%PS-RET-OTHER');
    expect(methods()).toEqual(['lookup']);
    acknowledgeReturn();
    expect(returnsSnapshot().refusal).toBeNull();
    await handleReturnScan('%%PS-ACK');
    expect(returnsSnapshot().refusal).toBeNull();
  });

  it('the RETURNS card goes back to packing', async () => {
    await handleReturnScan('%%PS-RETURNS');
    expect(appSnapshot().screen).toBe('pack');
  });
});
