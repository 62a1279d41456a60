import { describe, expect, it } from 'vitest';
import { COMMAND_BARCODES } from '../../src/shared/commands';
import {
  decideVerificationScan,
  type VerificationScanContext,
} from '../../src/renderer/src/verify/scan-precedence';
import { scanItem, startVerification } from '../../src/renderer/src/verify/verification';

const orders = new Set(['ORD123', 'ORD124', 'BARANG-ORDER']);

function context(overrides: Partial<VerificationScanContext> = {}): VerificationScanContext {
  return {
    state: startVerification([
      {
        order_detail_id: 1,
        product_id: null,
        product_name: null,
        is_cancel: false,
        sku: 'BARANG',
        price: '1',
        currency: 'IDR',
        quantity: 1,
        weight: null,
      },
      {
        order_detail_id: 2,
        product_id: null,
        product_name: null,
        is_cancel: true,
        sku: 'OLD',
        price: '1',
        currency: 'IDR',
        quantity: 1,
        weight: null,
      },
    ]),
    barcodes: new Map([['8991', 'BARANG']]),
    currentOrderCode: 'ORD123',
    isOrderCode: (code) => orders.has(code),
    ...overrides,
  };
}

describe('scan precedence during verification', () => {
  it('counts an item of the current order, by SKU or mapped barcode', () => {
    for (const code of ['BARANG', '8991']) {
      const decision = decideVerificationScan(code, context());
      expect(decision).toMatchObject({
        kind: 'item',
        result: { ok: true, line: { sku: 'BARANG', counted: 1 } },
      });
    }
  });

  it('still treats an item as an item when its line is full (over count), not as anything else', () => {
    const ctx = context();
    const counted = scanItem(ctx.state, 'BARANG');
    const decision = decideVerificationScan('BARANG', { ...ctx, state: counted.state });
    expect(decision).toMatchObject({ kind: 'item', result: { ok: false, error: 'over_count' } });
  });

  it('prefers an item over an order that happens to share its code', () => {
    const decision = decideVerificationScan('BARANG', context({ isOrderCode: () => true }));
    expect(decision.kind).toBe('item');
  });

  it('recognises command cards', () => {
    expect(decideVerificationScan(COMMAND_BARCODES.FINISH_VERIFY, context())).toEqual({
      kind: 'command',
      command: 'FINISH_VERIFY',
    });
  });

  it('proposes a switch for another order’s code, never for its own', () => {
    expect(decideVerificationScan('ORD124', context())).toEqual({
      kind: 'switch_order',
      orderCode: 'ORD124',
    });
    expect(decideVerificationScan(' ORD123 ', context())).toEqual({ kind: 'current_order' });
  });

  it('calls everything else unknown: a stranger, a cancelled line, an unknown command card', () => {
    for (const code of ['ZZZ', 'OLD', '%%PS-NOT-A-COMMAND', '   ']) {
      expect(
        decideVerificationScan(code, context({ isOrderCode: (c) => c.startsWith('%%') || orders.has(c) })),
      ).toEqual({
        kind: 'unknown',
        code: code.trim(),
      });
    }
  });
});
