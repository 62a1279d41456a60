import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../src/main/sandbox';
import { allOrders, api, start, type Page } from './helpers';

let sb: RunningSandbox;
let strict: RunningSandbox;
beforeAll(async () => {
  [sb, strict] = await Promise.all([start({ orders: 120 }), start({ orders: 20, strict: true })]);
});
afterAll(() => Promise.all([sb.close(), strict.close()]));

const list = (body: unknown, on = sb) => api<Page>(on, '/orders', body);

describe('list orders', () => {
  it('defaults: page 1, 10 per page, all statuses, newest first', async () => {
    const { status, body } = await list({});
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 200, message: 'Ok', errors: null });
    const page = body.data;
    expect(page).toMatchObject({ current_page: 1, per_page: 10, total_data: 120, total_page: 12 });
    expect(page.data).toHaveLength(10);
    const times = page.data.map((o) => Date.parse(o.created_at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('summary fields are exactly the documented ones', async () => {
    const { body } = await list({ per_page: 1 });
    expect(Object.keys(body.data.data[0]).sort()).toEqual(
      [
        'order_header_id',
        'order_code',
        'order_reference_id',
        'internal_status',
        'external_status',
        'store_platform',
        'location_id',
        'warehouse_code',
        'payment_method',
        'logistic_provider_name',
        'logistic_service_name',
        'logistic_carrier',
        'delivery',
        'tracking_number',
        'is_fake',
        'fulfill_by_mp',
        'created_at',
        'updated_at',
      ].sort(),
    );
    expect(body.data.data[0].created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
  });

  it('pages partition the whole set without overlap', async () => {
    const orders = await allOrders(sb);
    expect(orders).toHaveLength(120);
    expect(new Set(orders.map((o) => o.order_code)).size).toBe(120);
    const last = await list({ page: 13, per_page: 10 });
    expect(last.body.data.data).toEqual([]);
  });

  it('filters by canonical status, or display label in any case (non-strict)', async () => {
    const canonical = await list({ status: 'process', per_page: 100 });
    expect(canonical.body.data.total_data).toBeGreaterThan(0);
    expect(canonical.body.data.data.every((o) => o.internal_status === 'In Process')).toBe(true);
    const label = await list({ status: 'in process', per_page: 100 });
    expect(label.body.data.total_data).toBe(canonical.body.data.total_data);
    const all = await list({ status: 'All' });
    expect(all.body.data.total_data).toBe(120);
  });

  it('sorts by status and by created_at in both directions', async () => {
    const asc = await list({ sort_by: 'created_at', sort_direction: 'asc', per_page: 100 });
    const times = asc.body.data.data.map((o) => Date.parse(o.created_at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    const byStatus = await list({ sort_by: 'status', sort_direction: 'asc', per_page: 100 });
    const order = [
      'Pending',
      'To Process',
      'In Process',
      'Packed',
      'Shipped',
      'Completed',
      'Cancelled',
      'Returned',
    ];
    const ranks = byStatus.body.data.data.map((o) => order.indexOf(o.internal_status));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  it('filters by created_from / created_to', async () => {
    const orders = await allOrders(sb);
    const from = orders[30].created_at;
    const to = orders[59].created_at;
    const r = await list({ created_from: from, created_to: to, per_page: 100 });
    expect(r.body.data.total_data).toBe(30);
    const day = await list({ created_to: orders[0].created_at.slice(0, 10), per_page: 100 });
    expect(day.body.data.total_data).toBeGreaterThan(0);
  });

  it('422 per field for wrong types and out-of-range values', async () => {
    const r = await list({ page: 0, per_page: 101, sort_by: 'price', sort_direction: 'up', status: 'lost' });
    expect(r.status).toBe(422);
    expect(r.body.data).toBeNull();
    expect(Object.keys(r.body.errors ?? {}).sort()).toEqual(
      ['page', 'per_page', 'sort_by', 'sort_direction', 'status'].sort(),
    );
    const typed = await list({ page: '2', created_from: 'yesterday' });
    expect(Object.keys(typed.body.errors ?? {}).sort()).toEqual(['created_from', 'page']);
  });

  it('accepts the documentation example with size/sort aliases', async () => {
    const r = await list({ status: 'All', page: 1, size: 7, sort: 'ASC' });
    expect(r.status).toBe(200);
    expect(r.body.data.per_page).toBe(7);
    const times = r.body.data.data.map((o) => Date.parse(o.created_at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});

describe('strict mode', () => {
  it('refuses the aliases and display-label filters with 422', async () => {
    const alias = await list({ status: 'All', page: 1, size: 10, sort: 'ASC' }, strict);
    expect(alias.status).toBe(422);
    expect(Object.keys(alias.body.errors ?? {}).sort()).toEqual(['size', 'sort']);
    const label = await list({ status: 'In Process' }, strict);
    expect(label.status).toBe(422);
    expect(label.body.errors?.status).toBeDefined();
  });

  it('accepts the documented names', async () => {
    const r = await list(
      { page: 1, per_page: 5, status: 'to_process', sort_by: 'status', sort_direction: 'asc' },
      strict,
    );
    expect(r.status).toBe(200);
    expect(r.body.data.data.every((o) => o.internal_status === 'To Process')).toBe(true);
  });
});
