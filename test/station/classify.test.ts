import { describe, expect, it } from 'vitest';
import { classifyConflict, classifyScan, type ScanFacts } from '../../src/main/station/classify';
import { orderDetailSchema, type OrderDetail } from '../../src/shared/orders';

function detail(over: Record<string, unknown> = {}): OrderDetail {
  return orderDetailSchema.parse({
    order_id: 1,
    order_code: 'ORD1',
    internal_status: 'To Process',
    shipping_info: {},
    recipient_info: {},
    buyer_info: {},
    product_info: [],
    price_info: {
      sub_total: '1',
      shipping_price: '0',
      total_discount: '0',
      tax: '0',
      cod_price: '0',
      grand_total: '1',
    },
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    ...over,
  });
}

const facts = (over: Partial<ScanFacts>): ScanFacts => ({
  status: 'to_process',
  detail: detail(),
  printedHere: false,
  inTray: false,
  packedHere: false,
  ...over,
});

describe('classifyScan', () => {
  it('stops with words an order whose every line is cancelled or empty: nothing to pack', () => {
    const line = (id: number, over: Record<string, unknown> = {}) => ({
      order_detail_id: id,
      sku: `SKU-${id}`,
      product_name: 'Item',
      quantity: 1,
      is_cancel: false,
      price: '1',
      currency: 'IDR',
      ...over,
    });
    const allCancelled = detail({
      product_info: [line(1, { is_cancel: true }), line(2, { is_cancel: true })],
    });
    expect(classifyScan(facts({ detail: allCancelled }))).toEqual({
      kind: 'stop',
      reason: 'nothing_to_pack',
    });
    const noQuantity = detail({ product_info: [line(1, { is_cancel: true }), line(2, { quantity: 0 })] });
    expect(classifyScan(facts({ detail: noQuantity }))).toEqual({ kind: 'stop', reason: 'nothing_to_pack' });
    // One line still to pack: it goes ahead. The buyer's open cancellation request still comes first.
    const oneLeft = detail({ product_info: [line(1, { is_cancel: true }), line(2)] });
    expect(classifyScan(facts({ detail: oneLeft }))).toEqual({ kind: 'proceed', from: 'to_process' });
    const asked = detail({ product_info: [line(1, { is_cancel: true })], cancel_by: 'buyer' });
    expect(classifyScan(facts({ detail: asked }))).toMatchObject({
      kind: 'stop',
      reason: 'cancel_requested',
    });
  });

  it('goes ahead from to_process and process', () => {
    expect(classifyScan(facts({}))).toEqual({ kind: 'proceed', from: 'to_process' });
    expect(classifyScan(facts({ status: 'process' }))).toEqual({ kind: 'proceed', from: 'process' });
    expect(classifyScan(facts({ status: null, detail: null }))).toEqual({ kind: 'proceed', from: 'unknown' });
  });

  it('stops for an open cancellation request, with its fields, before anything else', () => {
    const d = detail({
      cancel_by: 'customer_request',
      cancel_reason: 'changed mind',
      cancel_sla_at: '2026-01-02T00:00:00Z',
    });
    const decision = classifyScan(facts({ detail: d, printedHere: true, inTray: true }));
    expect(decision).toEqual({
      kind: 'stop',
      reason: 'cancel_requested',
      cancellation: {
        cancelBy: 'customer_request',
        cancelReason: 'changed mind',
        cancelSlaAt: '2026-01-02T00:00:00Z',
      },
    });
  });

  it('does not call a cancelled order an open request, but still stops it', () => {
    const d = detail({ cancel_by: 'customer_request', internal_status: 'Cancelled' });
    expect(classifyScan(facts({ status: 'cancelled', detail: d }))).toEqual({
      kind: 'stop',
      reason: 'cancelled',
    });
    expect(classifyScan(facts({ status: 'returned' }))).toEqual({ kind: 'stop', reason: 'returned' });
    expect(classifyScan(facts({ status: 'pending' }))).toEqual({ kind: 'stop', reason: 'not_ready' });
  });

  it('stops marketplace-fulfilled and fake orders, from the detail or the list row', () => {
    expect(classifyScan(facts({ detail: detail({ fulfill_by_mp: true }) }))).toMatchObject({
      reason: 'fulfill_by_mp',
    });
    expect(classifyScan(facts({ detail: detail({ is_fake: true }) }))).toMatchObject({ reason: 'fake' });
    expect(classifyScan(facts({ detail: null, flags: { isFake: true, fulfillByMp: false } }))).toMatchObject({
      reason: 'fake',
    });
  });

  it('says packed elsewhere for packed/shipped/completed not packed here', () => {
    for (const status of ['packed', 'shipped', 'completed'] as const) {
      expect(classifyScan(facts({ status }))).toEqual({ kind: 'elsewhere', status });
    }
    expect(classifyScan(facts({ status: 'packed', packedHere: true }))).toEqual({
      kind: 'proceed',
      from: 'packed',
    });
  });

  it('offers a reprint for a label printed here and prints a tray label on re-scan', () => {
    expect(classifyScan(facts({ status: 'shipped', printedHere: true }))).toEqual({
      kind: 'already_printed',
    });
    expect(classifyScan(facts({ status: 'packed', inTray: true, packedHere: true }))).toEqual({
      kind: 'from_tray',
    });
  });
});

describe('classifyConflict', () => {
  it('turns a 409 during an open request into the cancellation stop', () => {
    const d = detail({ cancel_by: 'customer_request', cancel_sla_at: '2026-01-02T00:00:00Z' });
    expect(classifyConflict('set_packed', 'process', d)).toMatchObject({
      kind: 'stop',
      reason: 'cancel_requested',
    });
  });

  it('reads a status past the expected one as done elsewhere', () => {
    expect(classifyConflict('set_packed', 'packed', null)).toEqual({ kind: 'elsewhere', status: 'packed' });
    expect(classifyConflict('set_process', 'shipped', null)).toEqual({
      kind: 'elsewhere',
      status: 'shipped',
    });
  });

  it('carries on when another station did just this set-process; fails otherwise', () => {
    expect(classifyConflict('set_process', 'process', null)).toEqual({ kind: 'continue' });
    expect(classifyConflict('set_packed', 'process', null)).toEqual({ kind: 'fail', status: 'process' });
    expect(classifyConflict('set_packed', null, null)).toEqual({ kind: 'fail', status: null });
  });

  it('a packed order this station packed (an earlier scan of the same box) is not "elsewhere"', () => {
    expect(classifyConflict('set_packed', 'packed', null, true)).toEqual({ kind: 'continue' });
    expect(classifyConflict('set_process', 'packed', null, true)).toEqual({ kind: 'continue' });
    expect(classifyConflict('set_packed', 'shipped', null, true)).toEqual({
      kind: 'elsewhere',
      status: 'shipped',
    });
  });
});
