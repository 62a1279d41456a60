import { describe, expect, it } from 'vitest';
import type { ProductLine } from '../../src/shared/orders/schemas';
import {
  hasNothingToVerify,
  isComplete,
  progress,
  scanItem,
  setLineCount,
  startVerification,
  type VerificationResult,
  type VerificationState,
} from '../../src/renderer/src/verify/verification';

function line(id: number, sku: string, quantity: number, is_cancel = false): ProductLine {
  return {
    order_detail_id: id,
    product_id: null,
    product_name: `Product ${sku}`,
    is_cancel,
    sku,
    price: '1000.00',
    currency: 'IDR',
    quantity,
    weight: 0.1,
  };
}

function ok(result: VerificationResult): VerificationState {
  if (!result.ok) throw new Error(`expected ok, got ${result.error}`);
  return result.state;
}

const order = [line(1, 'BARANG', 1), line(2, 'SKU KU', 2), line(3, 'GONE', 5, true)];

describe('item verification', () => {
  it('leaves cancelled lines out', () => {
    const state = startVerification(order);
    expect(state.lines.map((l) => l.sku)).toEqual(['BARANG', 'SKU KU']);
    expect(progress(state)).toEqual({ counted: 0, expected: 3 });
  });

  it('counts scans up to complete', () => {
    let state = startVerification(order);
    state = ok(scanItem(state, 'SKU KU'));
    expect(isComplete(state)).toBe(false);
    state = ok(scanItem(state, 'BARANG'));
    state = ok(scanItem(state, 'SKU KU'));
    expect(state.lines.map((l) => l.counted)).toEqual([1, 2]);
    expect(isComplete(state)).toBe(true);
  });

  it('does not change the state it was given', () => {
    const state = startVerification(order);
    ok(scanItem(state, 'BARANG'));
    expect(state.lines[0].counted).toBe(0);
  });

  it('refuses an item that is not in the order, and a cancelled line’s item', () => {
    const state = startVerification(order);
    for (const code of ['NOPE', 'GONE', '']) {
      const result = scanItem(state, code);
      expect(result).toMatchObject({ ok: false, error: 'wrong_item', line: null });
      expect(result.state).toBe(state);
    }
  });

  it('refuses one too many', () => {
    const state = ok(scanItem(startVerification(order), 'BARANG'));
    expect(scanItem(state, 'BARANG')).toMatchObject({
      ok: false,
      error: 'over_count',
      line: { sku: 'BARANG' },
    });
  });

  it('matches a product barcode through the local table, and a SKU read with Caps Lock on', () => {
    const barcodes = new Map([['8991234567890', 'SKU KU']]);
    let state = startVerification(order);
    state = ok(scanItem(state, '8991234567890', barcodes));
    state = ok(scanItem(state, 'sku ku', barcodes));
    state = ok(scanItem(state, 'barang'));
    expect(isComplete(state)).toBe(true);
  });

  it('prefers the exact SKU when two lines differ only by case', () => {
    const state = startVerification([line(1, 'abc', 1), line(2, 'ABC', 1)]);
    const result = scanItem(state, 'ABC');
    expect(result).toMatchObject({ ok: true, line: { orderDetailId: 2, counted: 1 } });
  });

  it('fills the next line of a SKU that appears on two lines', () => {
    let state = startVerification([line(1, 'TEE', 1), line(2, 'TEE', 1)]);
    state = ok(scanItem(state, 'TEE'));
    state = ok(scanItem(state, 'TEE'));
    expect(state.lines.map((l) => l.counted)).toEqual([1, 1]);
    expect(scanItem(state, 'TEE')).toMatchObject({ ok: false, error: 'over_count' });
  });

  it('takes a typed quantity for a bulk line and checks it', () => {
    const state = startVerification([line(7, 'SACHET', 48)]);
    expect(setLineCount(state, 7, 49)).toMatchObject({ ok: false, error: 'over_count' });
    expect(setLineCount(state, 7, -1)).toMatchObject({ ok: false, error: 'invalid_quantity' });
    expect(setLineCount(state, 7, 2.5)).toMatchObject({ ok: false, error: 'invalid_quantity' });
    expect(setLineCount(state, 99, 1)).toMatchObject({ ok: false, error: 'unknown_line', line: null });
    const full = ok(setLineCount(state, 7, 48));
    expect(isComplete(full)).toBe(true);
    // Typing a lower number corrects a miscount.
    expect(isComplete(ok(setLineCount(full, 7, 40)))).toBe(false);
  });

  it('never calls an order with nothing to verify complete', () => {
    const state = startVerification([line(1, 'GONE', 2, true)]);
    expect(hasNothingToVerify(state)).toBe(true);
    expect(isComplete(state)).toBe(false);
  });
});
