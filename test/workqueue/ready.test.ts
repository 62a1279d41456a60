// "Ready to pack" on the Pack screen: To Process orders oldest first, without the ones that would only stop.
import { describe, expect, it } from 'vitest';
import { readyToPack } from '../../src/main/workqueue/ready';
import type { CachedOrder } from '../../src/main/workqueue/types';
import { orderSummarySchema, type OrderDetail, type OrderStatus } from '../../src/shared/orders';

function order(
  code: string,
  status: OrderStatus,
  createdAt: string,
  extra: { isFake?: boolean; byMp?: boolean; cancelBy?: string } = {},
): CachedOrder {
  const summary = orderSummarySchema.parse({
    order_header_id: Number(code.replace(/\D/g, '')),
    order_code: code,
    internal_status: status,
    logistic_provider_name: 'JNE',
    logistic_service_name: 'REG',
    is_fake: extra.isFake ?? false,
    fulfill_by_mp: extra.byMp ?? false,
    created_at: createdAt,
    updated_at: createdAt,
  });
  const detail = extra.cancelBy
    ? ({
        internal_status: status,
        cancel_by: extra.cancelBy,
        cancel_reason: 'buyer asked',
        cancel_sla_at: null,
      } as OrderDetail)
    : null;
  return { orderCode: code, orderId: summary.order_header_id, status, summary, detail, detailFor: null };
}

describe('readyToPack', () => {
  const orders = [
    order('ORD5', 'to_process', '2026-11-27T05:00:00Z'),
    order('ORD1', 'to_process', '2026-11-27T01:00:00Z'),
    order('ORD2', 'process', '2026-11-27T00:30:00Z'),
    order('ORD3', 'to_process', '2026-11-27T00:10:00Z', { isFake: true }),
    order('ORD4', 'to_process', '2026-11-27T00:20:00Z', { byMp: true }),
    order('ORD6', 'to_process', '2026-11-27T00:05:00Z', { cancelBy: 'buyer' }),
    order('ORD7', 'to_process', '2026-11-27T03:00:00Z'),
  ];

  it('lists To Process orders oldest first, leaving out fake, marketplace-fulfilled and cancel-requested ones', () => {
    expect(readyToPack(orders, 10).map((o) => o.orderCode)).toEqual(['ORD1', 'ORD7', 'ORD5']);
  });

  it('stops at the limit and says the courier and service', () => {
    expect(readyToPack(orders, 1)).toEqual([
      { orderCode: 'ORD1', createdAt: '2026-11-27T01:00:00Z', carrier: 'JNE', service: 'REG' },
    ]);
  });
});
