// 20,000 seeded orders paged end to end through listOrders at per_page 100: every order exactly once,
// in created_at order, with consistent page metadata.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../src/main/sandbox';
import type { OrdersClient } from '../../../src/main/api/client';
import { clientFor, startStrictSandbox } from './helpers';

const ORDERS = 20_000;
let sb: RunningSandbox;
let api: OrdersClient;

beforeAll(async () => {
  sb = await startStrictSandbox(ORDERS);
  api = clientFor(sb);
});
afterAll(async () => {
  await api.close();
  await sb.close();
});

describe('paging', () => {
  it('walks all 20,000 orders, 100 per page', async () => {
    const codes = new Set<string>();
    let previous = '';
    let inOrder = true;
    let totalPages = Infinity;
    for (let page = 1; page <= totalPages; page++) {
      const result = await api.listOrders({
        page,
        per_page: 100,
        sort_by: 'created_at',
        sort_direction: 'asc',
      });
      expect(result).toMatchObject({ current_page: page, per_page: 100, total_data: ORDERS });
      totalPages = result.total_page;
      expect(result.data).toHaveLength(100);
      for (const order of result.data) {
        codes.add(order.order_code);
        if (order.created_at < previous) inOrder = false;
        previous = order.created_at;
      }
    }
    expect(totalPages).toBe(ORDERS / 100);
    expect(codes.size).toBe(ORDERS);
    expect(inOrder).toBe(true);
    const beyond = await api.listOrders({ page: totalPages + 1, per_page: 100 });
    expect(beyond.data).toEqual([]);
  });
});
