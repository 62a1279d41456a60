import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES } from '../../src/shared/orders';
import { seedOrders } from '../../src/main/sandbox/seed';
import { PRODUCTS } from '../../src/main/sandbox/seed-data';
import { api, start, TENANTS, type Page, type Summary } from './helpers';

const ANCHOR = Date.parse('2026-02-01T00:00:00Z');
const seeded = (seed: number, tenantId = 'demo', count = 400) =>
  seedOrders({ count, seed, tenantId, anchor: ANCHOR });

describe('seed data', () => {
  it('is deterministic: same seed and tenant → same orders; another seed or tenant → others', () => {
    expect(seeded(7)).toEqual(seeded(7));
    expect(seeded(8).map((o) => o.code)).not.toEqual(seeded(7).map((o) => o.code));
    expect(seeded(7, 'other').map((o) => o.code)).not.toEqual(seeded(7).map((o) => o.code));
  });

  it('every status is represented, ≈30% to_process, with the awkward cases present', () => {
    const orders = seeded(1);
    const by = (s: string) => orders.filter((o) => o.status === s).length;
    for (const s of ORDER_STATUSES) expect(by(s), s).toBeGreaterThan(0);
    expect(by('to_process') / orders.length).toBeGreaterThan(0.22);
    expect(by('to_process') / orders.length).toBeLessThan(0.4);
    expect(orders.some((o) => o.fulfillByMp)).toBe(true);
    expect(orders.some((o) => o.isFake)).toBe(true);
    const requests = orders.filter((o) => o.cancelRequestOpen);
    expect(requests.length).toBeGreaterThan(0);
    for (const o of requests) expect(['pending', 'to_process', 'process', 'packed']).toContain(o.status);
    expect(orders.some((o) => o.lines.some((l) => l.isCancel))).toBe(true);
    expect(new Set(orders.map((o) => o.paymentType))).toEqual(new Set(['COD', 'NON COD']));
    expect(new Set(orders.map((o) => o.platform))).toEqual(
      new Set(['offline', 'shopee', 'tokopedia', 'lazada', 'tiktok']),
    );
  });

  it('even a tiny seed covers every status and the awkward cases', () => {
    const orders = seeded(3, 'demo', 12);
    expect(new Set(orders.map((o) => o.status))).toEqual(new Set(ORDER_STATUSES));
    expect(orders.some((o) => o.fulfillByMp) && orders.some((o) => o.isFake)).toBe(true);
    expect(orders.some((o) => o.cancelRequestOpen)).toBe(true);
  });

  it('orders look real: unique codes, SKUs from the catalogue, 5-digit postal codes, packed ones tracked', () => {
    const orders = seeded(1);
    expect(new Set(orders.map((o) => o.code)).size).toBe(orders.length);
    expect(orders.every((o) => /^ORD\d+$/.test(o.code))).toBe(true);
    const skus = new Set(PRODUCTS.map((p) => p.sku));
    expect(orders.every((o) => o.lines.every((l) => skus.has(l.sku)))).toBe(true);
    expect(orders.every((o) => /^\d{5}$/.test(o.recipient.postalCode ?? ''))).toBe(true);
    for (const o of orders.filter((x) => ['packed', 'shipped', 'completed'].includes(x.status))) {
      expect(o.trackingNumber, o.code).toEqual(expect.any(String));
    }
    for (const o of orders) {
      expect(o.createdAt).toBeLessThanOrEqual(ANCHOR);
      expect(o.history.at(-1)?.status).toBe(o.status);
    }
  });
});

describe('at scale', () => {
  it('seeds 20000 orders and pages them all end to end at per_page 100', async () => {
    const sb = await start({ orders: 20_000, tenants: [TENANTS[0]] });
    try {
      const seen = new Set<string>();
      let last: Summary | undefined;
      let total = 0;
      for (let page = 1; ; page++) {
        const { status, body } = await api<Page>(sb, '/orders', {
          page,
          per_page: 100,
          sort_direction: 'asc',
        });
        expect(status).toBe(200);
        total = body.data.total_data;
        for (const o of body.data.data) {
          if (last) expect(Date.parse(o.created_at)).toBeGreaterThanOrEqual(Date.parse(last.created_at));
          seen.add(o.order_code);
          last = o;
        }
        if (page >= body.data.total_page) break;
      }
      expect(total).toBe(20_000);
      expect(seen.size).toBe(20_000);
    } finally {
      await sb.close();
    }
  });
});
