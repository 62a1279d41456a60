// The sandbox's malformed-reply mode: the chosen endpoint still does its work (a write is applied), then
// its reply is one a client cannot read; the label origin can serve HTML or a 12 MB file. Each mode stays
// until cleared, other endpoints answer normally.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../src/main/sandbox';
import { control, headers, plainOrder, start } from './helpers';

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await start({ orders: 40 });
});
afterAll(() => sb.close());
afterEach(async () => {
  const replies = { detail: null, set_process: null, set_packed: null, shipping_label: null };
  await control(sb, '/malformed', { replies: { ...replies, ship: null, tracking: null }, label_file: null });
});

const post = (path: string, body: unknown, signal?: AbortSignal) =>
  fetch(`${sb.apiOrigin}/api/partner/v1${path}`, {
    method: 'POST',
    headers: headers(),
    body: JSON.stringify(body),
    signal,
  });
const statusOf = async (code: string) =>
  (await control<{ status: string }>(sb, `/orders/${code}`)).body.status;

describe('malformed replies', () => {
  it('validates its settings and echoes them', async () => {
    const bad = await control(sb, '/malformed', { replies: { detail: 'gibberish' } });
    expect(bad.status).toBe(422);
    const ok = await control(sb, '/malformed', { replies: { tracking: 'html' }, label_file: 'huge' });
    expect(ok.body).toEqual({ replies: { tracking: 'html' }, label_file: 'huge' });
  });

  it('applies the write, then answers an HTML page with 200 (other endpoints unchanged)', async () => {
    const order = await plainOrder(sb, 'To Process');
    await control(sb, '/malformed', { replies: { set_process: 'html' } });
    const res = await post('/orders/fulfillment/set-process', { order_code: order.order_code });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(await res.text()).toMatch(/^<!DOCTYPE html>/);
    expect(await statusOf(order.order_code)).toBe('process');
    const tracking = await post('/orders/tracking', { order_code: order.order_code });
    expect(((await tracking.json()) as { status: string }).status).toBe('ok');
  });

  it('truncated JSON, wrong types, an error envelope, a 20 MB body', async () => {
    const order = await plainOrder(sb, 'In Process');
    const body = { order_code: order.order_code };
    await control(sb, '/malformed', { replies: { tracking: 'truncated' } });
    const cut = await (await post('/orders/tracking', body)).text();
    expect(() => JSON.parse(cut)).toThrow();

    await control(sb, '/malformed', { replies: { tracking: 'wrong_types' } });
    const wrong = (await (await post('/orders/tracking', body)).json()) as {
      data: Record<string, unknown>;
      request_id: string;
    };
    expect(typeof wrong.data.order_code).toBe('number');
    expect(wrong.data.order_history).toBe('none');
    expect(wrong.request_id).toBeTruthy();

    await control(sb, '/malformed', { replies: { tracking: 'error_envelope' } });
    const inner = await post('/orders/tracking', body);
    expect(inner.status).toBe(200);
    expect(await inner.json()).toMatchObject({ status: 500, data: null });

    await control(sb, '/malformed', { replies: { tracking: 'huge' } });
    const huge = await post('/orders/tracking', body);
    expect(Number(huge.headers.get('content-length'))).toBe(20 * 1024 * 1024);
    await huge.body?.cancel();
  });

  it('a reply that stalls after its headers', async () => {
    const order = await plainOrder(sb, 'In Process');
    await control(sb, '/malformed', { replies: { tracking: 'stall' } });
    const controller = new AbortController();
    const res = await post('/orders/tracking', { order_code: order.order_code }, controller.signal);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBeTruthy();
    const reader = res.body?.getReader();
    const first = await reader?.read();
    expect(new TextDecoder().decode(first?.value)).toBe('{"status":200,"message":"Ok","data":');
    const more = reader?.read();
    const nothing = await Promise.race([more, new Promise((r) => setTimeout(() => r('stalled'), 300))]);
    expect(nothing).toBe('stalled');
    controller.abort();
    await more?.catch(() => undefined);
  });

  it('the label origin serves an HTML page or a 12 MB file', async () => {
    const order = await plainOrder(sb, 'Packed');
    const label = (await (
      await post('/orders/fulfillment/shipping-label', { order_code: order.order_code })
    ).json()) as { data: { url: string } };
    await control(sb, '/malformed', { label_file: 'html' });
    const html = await fetch(label.data.url);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    expect(await html.text()).toMatch(/^<!DOCTYPE html>/);
    await control(sb, '/malformed', { label_file: 'huge' });
    const big = await fetch(label.data.url);
    expect(Number(big.headers.get('content-length'))).toBe(12 * 1024 * 1024);
    await big.body?.cancel();
    await control(sb, '/malformed', { label_file: null });
    const pdf = Buffer.from(await (await fetch(label.data.url)).arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
