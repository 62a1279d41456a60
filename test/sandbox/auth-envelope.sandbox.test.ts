import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../src/main/sandbox';
import { allOrders, api, control, headers, start, TENANTS, type Page } from './helpers';

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await start();
});
afterAll(() => sb.close());

async function raw(path: string, init: RequestInit = {}) {
  const res = await fetch(`${sb.apiOrigin}${path}`, init);
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: JSON.parse(text) };
}

const list = (h: Record<string, string>) =>
  raw('/api/partner/v1/orders', { method: 'POST', headers: h, body: '{}' });

describe('auth: key first (401), then tenant (403)', () => {
  it('401 without a key, even when the tenant is missing too', async () => {
    const r = await list({ 'content-type': 'application/json' });
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ status: 401, data: null });
    expect(r.body.request_id).toEqual(expect.any(String));
  });

  it('401 for an unknown key or a non-Bearer scheme', async () => {
    expect((await list({ authorization: 'Bearer nope', 'x-tenant-id': 'demo' })).status).toBe(401);
    expect((await list({ authorization: 'Basic demo-key', 'x-tenant-id': 'demo' })).status).toBe(401);
  });

  it('403 for a valid key with a missing, unknown or other tenant', async () => {
    const key = { authorization: 'Bearer demo-key', 'content-type': 'application/json' };
    expect((await list(key)).status).toBe(403);
    expect((await list({ ...key, 'x-tenant-id': 'ghost' })).status).toBe(403);
    const other = await list({ ...key, 'x-tenant-id': 'other' });
    expect(other.status).toBe(403);
    expect(other.body).toMatchObject({ status: 403, data: null });
  });

  it('the control surface uses the same tenant auth', async () => {
    expect((await raw('/__sandbox/audit')).status).toBe(401);
    const r = await raw('/__sandbox/audit', { headers: { authorization: 'Bearer demo-key' } });
    expect(r.status).toBe(403);
  });
});

describe('tenants are isolated', () => {
  it("another tenant's order id and code are simply 404", async () => {
    const mine = await allOrders(sb, TENANTS[0]);
    const theirs = await allOrders(sb, TENANTS[1]);
    const myCodes = new Set(mine.map((o) => o.order_code));
    const foreign = theirs.find((o) => !myCodes.has(o.order_code));
    expect(foreign).toBeDefined();
    const tracking = await api(sb, '/orders/tracking', { order_code: foreign?.order_code });
    expect(tracking.status).toBe(404);
    const seen = await api(sb, '/orders/tracking', { order_code: foreign?.order_code }, TENANTS[1]);
    expect(seen.status).toBe(200);
    const myIds = new Set(mine.map((o) => o.order_header_id));
    const foreignId = theirs.map((o) => o.order_header_id).find((id) => !myIds.has(id)) ?? 999_999;
    expect((await api(sb, `/orders/${foreignId}/detail`)).status).toBe(404);
  });

  it('each tenant has its own data', async () => {
    const a = await api<Page>(sb, '/orders', { per_page: 5 }, TENANTS[0]);
    const b = await api<Page>(sb, '/orders', { per_page: 5 }, TENANTS[1]);
    expect(a.body.data.data.map((o) => o.order_code)).not.toEqual(b.body.data.data.map((o) => o.order_code));
  });
});

describe('envelope on every reply', () => {
  it('malformed JSON is a 400 envelope, never an HTML 500', async () => {
    const r = await raw('/api/partner/v1/orders/fulfillment/ship', {
      method: 'POST',
      headers: headers(),
      body: '{"order_code": "ORD123",}', // the documentation's own trailing comma
    });
    expect(r.status).toBe(400);
    expect(r.type).toContain('application/json');
    expect(r.body).toMatchObject({ status: 400, data: null, errors: null });
    expect(r.body.request_id).toEqual(expect.any(String));
  });

  it('unknown routes and wrong methods are 404 envelopes', async () => {
    const a = await raw('/api/partner/v1/nothing', { headers: headers(TENANTS[0], false) });
    const b = await raw('/api/partner/v1/orders/fulfillment/ship', { headers: headers(TENANTS[0], false) });
    const c = await raw('/elsewhere');
    for (const r of [a, b, c]) expect(r.body).toMatchObject({ status: 404, data: null });
    expect(a.status).toBe(404);
  });

  it('request_id is unique on every reply, errors included', async () => {
    const replies = await Promise.all([
      api(sb, '/orders', {}),
      api(sb, '/orders', {}),
      api(sb, '/orders', { per_page: 0 }),
      api(sb, '/orders/tracking', { order_code: 'NOPE' }),
      list({}),
    ]);
    const ids = replies.map((r) => ('body' in r ? r.body.request_id : ''));
    expect(ids.every((id) => typeof id === 'string' && id.length > 8)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('an unknown order code is a 404 envelope', async () => {
    const r = await api(sb, '/orders/fulfillment/set-process', { order_code: 'ORD-NOPE' });
    expect(r.status).toBe(404);
    expect(r.body.message).toContain('ORD-NOPE');
  });

  it('a bad control body is a 422 envelope', async () => {
    const r = await control<{ errors: Record<string, string[]> }>(sb, '/move', {
      order_code: 'X',
      to: 'flying',
    });
    expect(r.status).toBe(422);
    expect(r.body.errors.to).toBeDefined();
  });
});
