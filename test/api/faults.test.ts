// Fault shapes from a local stub: every one must become the right typed error, with the request_id
// when the body carried one, and words a packer can read.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ServerResponse } from 'node:http';
import { createOrdersClient } from '../../src/main/api/client';
import type { OrdersClient } from '../../src/main/api/client';
import { envelope, sendJson, startStub } from './helpers/stub-server';
import type { Hit, Stub } from './helpers/stub-server';
import { failure } from './helpers/api-failure';

let stub: Stub;
let api: OrdersClient;
let reply: (res: ServerResponse, hit: Hit) => void = (res) => sendJson(res, 200, envelope(200, []));

beforeAll(async () => {
  stub = await startStub((hit, res) => reply(res, hit));
  // No retries here: each fault is one hit (retries have their own tests).
  api = createOrdersClient({
    baseUrl: stub.origin,
    tenantId: 'T-1',
    apiKey: 'k-secret',
    retry: { maxAttempts: 1 },
    timeouts: { deadlineMs: 2_000 },
  });
});
afterEach(() => {
  stub.hits.length = 0;
});
afterAll(async () => {
  await api.close();
  await stub.close();
});

describe('unreadable replies are bad_response', () => {
  it('an HTML page', async () => {
    reply = (res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Login</body></html>');
    const err = await failure(api.getOrderDetail(5));
    expect(err.kind).toBe('bad_response');
    expect(err.message).toMatch(/HTML page/);
    expect(err.httpStatus).toBe(200);
  });

  it('truncated JSON', async () => {
    reply = (res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":200,"data":{"ord');
    const err = await failure(api.track('ORD1'));
    expect(err.kind).toBe('bad_response');
    expect(err.message).toMatch(/broken JSON/);
  });

  it('a wrong shape, with the zod issues in words and the request_id kept', async () => {
    reply = (res) =>
      sendJson(res, 200, envelope(200, { order_id: 5, channel: 'x' }, { request_id: 'rq-shape' }));
    const err = await failure(api.getShippingLabel('ORD1', false));
    expect(err.kind).toBe('bad_response');
    expect(err.message).toMatch(/data\.order_code is missing/);
    expect(err.message).toMatch(/data\.url/);
    expect(err.requestId).toBe('rq-shape');
  });

  it('a reply that is not an envelope at all', async () => {
    reply = (res) => sendJson(res, 200, [1, 2, 3]);
    const err = await failure(api.listOrders({}));
    expect(err.kind).toBe('bad_response');
    expect(err.message).toMatch(/wrong shape/);
  });

  it('an API redirect is not followed (the key would leave the origin)', async () => {
    const elsewhere = await startStub((_hit, res) => sendJson(res, 200, envelope(200, [])));
    reply = (res) => res.writeHead(302, { location: `${elsewhere.origin}/api/partner/v1/orders` }).end();
    const err = await failure(api.listOrders({}));
    expect(err.kind).toBe('bad_response');
    expect(elsewhere.hits).toHaveLength(0);
    await elsewhere.close();
  });
});

describe('HTTP errors map to kinds and keep the request_id', () => {
  const cases = [
    { status: 401, kind: 'auth', words: /API key/ },
    { status: 403, kind: 'auth', words: /tenant/ },
    { status: 404, kind: 'not_found', words: /Order ORD9 is not known to the API/ },
    { status: 409, kind: 'conflict', words: /Order ORD9/ },
    { status: 422, kind: 'validation', words: /pickup_option: is required/ },
    { status: 500, kind: 'server', words: /HTTP 500/ },
    { status: 503, kind: 'server', words: /HTTP 503/ },
  ] as const;
  for (const c of cases) {
    it(`${c.status} → ${c.kind}`, async () => {
      const errors = c.status === 422 ? { pickup_option: ['is required'] } : null;
      reply = (res) =>
        sendJson(res, c.status, {
          status: c.status,
          message: 'x',
          data: null,
          errors,
          request_id: `rq-${c.status}`,
        });
      const err = await failure(api.setPacked('ORD9', 'MID_PICKUP'));
      expect(err.kind).toBe(c.kind);
      expect(err.httpStatus).toBe(c.status);
      expect(err.requestId).toBe(`rq-${c.status}`);
      expect(err.message).toMatch(c.words);
      expect(err.retryable).toBe(c.kind === 'server');
      const info = err.toInfo('set_packed');
      expect(info).toMatchObject({
        kind: c.kind,
        step: 'set_packed',
        requestId: `rq-${c.status}`,
        method: 'POST',
      });
      expect(info.path).toBe('/api/partner/v1/orders/fulfillment/set-packed');
      if (c.status === 422) expect(info.fieldErrors).toEqual({ pickup_option: ['is required'] });
    });
  }

  it('a 502 HTML page from a proxy is still a server error', async () => {
    reply = (res) =>
      res.writeHead(502, { 'content-type': 'text/html', 'x-request-id': 'rq-gw' }).end('<html/>');
    const err = await failure(api.ship('ORD9'));
    expect(err.kind).toBe('server');
    expect(err.requestId).toBe('rq-gw');
  });
});

describe('transport failures', () => {
  it('a destroyed connection is a network error with its low-level code', async () => {
    reply = (res) => res.socket?.destroy();
    const err = await failure(api.getOrderDetail(5));
    expect(err.kind).toBe('network');
    expect(err.retryable).toBe(true);
    expect(err.networkCode).toMatch(/ECONNRESET|UND_ERR_SOCKET/);
    expect(err.message).toMatch(/Cannot reach the Orders API/);
  });

  it('a hang ends as a timeout at the call deadline', async () => {
    reply = () => undefined;
    const err = await failure(api.getOrderDetail(5, { deadlineMs: 300 }));
    expect(err.kind).toBe('timeout');
    expect(err.message).toBe('The Orders API did not answer within 0.3 s.');
    expect(stub.hits).toHaveLength(1);
  });

  it('a refused connection says so', async () => {
    const closed = await startStub(() => undefined);
    await closed.close();
    const offline = createOrdersClient({
      baseUrl: closed.origin,
      tenantId: 'T',
      apiKey: 'k',
      retry: { maxAttempts: 1 },
    });
    const err = await failure(offline.track('ORD1'));
    expect(err.kind).toBe('network');
    expect(err.networkCode).toBe('ECONNREFUSED');
    expect(err.message).toMatch(/refused/);
    await offline.close();
  });

  it('a caller abort stops the call', async () => {
    reply = () => undefined;
    const controller = new AbortController();
    const pending = failure(api.track('ORD1', { signal: controller.signal }));
    setTimeout(() => controller.abort(), 50);
    const err = await pending;
    expect(err.kind).toBe('network');
    expect(err.message).toMatch(/cancelled/);
  });
});

describe('envelope edge cases', () => {
  it('a 200 whose envelope carries an error status is that error', async () => {
    reply = (res) =>
      sendJson(res, 200, { status: 404, message: 'nope', data: null, errors: null, request_id: 'rq-in' });
    const err = await failure(api.track('ORD7'));
    expect([err.kind, err.httpStatus, err.requestId]).toEqual(['not_found', 404, 'rq-in']);
  });

  it('a write acknowledged without an envelope is bad_response', async () => {
    reply = (res) => sendJson(res, 200, { ok: true });
    const err = await failure(api.ship('ORD7'));
    expect(err.kind).toBe('bad_response');
    expect(err.message).toMatch(/status is missing/);
  });

  it('the client offers the current status from tracking', async () => {
    reply = (res) =>
      sendJson(res, 200, {
        status: 'ok',
        data: { order_code: 'ORD7', order_status: 'Shipped', order_history: [], delivery_history: [] },
        errors: null,
        request_id: 'rq-t',
      });
    expect(await api.currentStatusOf('ORD7')).toBe('shipped');
    reply = (res) => sendJson(res, 404, envelope(404, null));
    expect(await api.currentStatusOf('ORD7')).toBeNull();
  });
});

describe('input checks before any request', () => {
  it('refuses an out-of-range list query and a non-numeric order id without calling the API', async () => {
    const list = await failure(api.listOrders({ per_page: 500 }));
    expect(list.kind).toBe('invalid_input');
    expect(list.message).toMatch(/per_page/);
    const detail = await failure(api.getOrderDetail(Number('abc')));
    expect(detail.kind).toBe('invalid_input');
    expect(stub.hits).toHaveLength(0);
  });
});
