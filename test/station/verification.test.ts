import { describe, expect, it } from 'vitest';
import { checkVerification, expectedLines } from '../../src/main/station/verification';
import { orderDetailSchema } from '../../src/shared/orders';

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
    expect(expectedLines(detail)).toEqual([
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
