import { describe, expect, it } from 'vitest';
import { checkVerification } from '../../src/main/station/verification';
import { expectedPerSku } from '../../src/shared/orders/expected-lines';
import { orderDetailSchema } from '../../src/shared/orders';
import { startVerification } from '../../src/renderer/src/verify/verification';

const detail = orderDetailSchema.parse({
  order_id: 1,
  order_code: 'ORD1',
  internal_status: 'In Process',
  shipping_info: {},
  recipient_info: {},
  buyer_info: {},
  product_info: [
    { order_detail_id: 1, sku: 'A', product_name: 'Handuk', price: '1.00', quantity: 2 },
    { order_detail_id: 2, sku: 'B', price: '1.00', quantity: 1 },
    { order_detail_id: 3, sku: 'A', price: '1.00', quantity: 1 },
    { order_detail_id: 4, sku: 'C', price: '1.00', quantity: 5, is_cancel: true },
  ],
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
});

describe('item verification', () => {
  it('sums lines per SKU and leaves cancelled lines out', () => {
    expect(expectedPerSku(detail.product_info)).toEqual([
      { sku: 'A', name: 'Handuk', quantity: 3 },
      { sku: 'B', name: null, quantity: 1 },
    ]);
  });

  it('accepts exact counts in every mode', () => {
    for (const mode of ['on', 'required'] as const) {
      expect(checkVerification(detail, { A: 3, B: 1 }, mode)).toEqual({
        accepted: true,
        complete: true,
        problems: [],
      });
    }
  });

  it('with "required", a missing item keeps the label waiting; with "on" the packer may finish early', () => {
    expect(checkVerification(detail, { A: 3 }, 'required')).toEqual({
      accepted: false,
      complete: false,
      problems: [{ kind: 'missing', sku: 'B', expected: 1, counted: 0 }],
    });
    expect(checkVerification(detail, { A: 3 }, 'on')).toEqual({
      accepted: true,
      complete: false,
      problems: [],
    });
  });

  it('refuses over-counts, items of other orders, cancelled lines and nonsense counts', () => {
    expect(checkVerification(detail, { A: 4, B: 1 }, 'on').problems).toEqual([
      { kind: 'over_count', sku: 'A', expected: 3, counted: 4 },
    ]);
    expect(checkVerification(detail, { A: 3, B: 1, C: 1 }, 'on').problems).toEqual([
      { kind: 'unknown_sku', sku: 'C', counted: 1 },
    ]);
    expect(checkVerification(detail, { A: 2.5, B: 1 }, 'on').accepted).toBe(false);
    expect(checkVerification(detail, { A: 3, B: 1, constructor: 1 }, 'on').accepted).toBe(false);
  });
});

describe('expected lines, one rule for main and the screen', () => {
  it('leaves out cancelled lines and lines with no quantity on both sides', () => {
    const withEmpty = orderDetailSchema.parse({
      ...detail,
      product_info: [...detail.product_info, { order_detail_id: 5, sku: 'D', price: '1.00', quantity: 0 }],
    });
    const screen = startVerification(withEmpty.product_info).lines.map((l) => l.sku);
    expect(screen).toEqual(['A', 'B', 'A']);
    expect(expectedPerSku(withEmpty.product_info).map((l) => l.sku)).toEqual(['A', 'B']);
    // A count for the empty line is an item that is not in this order, as on the screen.
    const check = checkVerification(withEmpty, { A: 3, B: 1, D: 1 }, 'required');
    expect(check.problems).toEqual([{ kind: 'unknown_sku', sku: 'D', counted: 1 }]);
  });
});
