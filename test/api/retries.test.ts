// Retries happen only for calls that are safe to repeat, on transient failures, within the deadline;
// writes are never repeated. The stub counts hits; the logger sees one line per attempt, never the key.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ServerResponse } from 'node:http';
import { createOrdersClient } from '../../src/main/api/client';
import type { OrdersClient } from '../../src/main/api/client';
import { isApiError } from '../../src/main/api/errors';
import { backoffDelay } from '../../src/main/api/retry';
import type { ApiLogEntry } from '../../src/main/api/types';
import { envelope, sendJson, startStub } from './helpers/stub-server';
import type { Stub } from './helpers/stub-server';
import { readFileSync } from 'node:fs';

const detailFixture = readFileSync(new URL('../fixtures/docs/order-detail.json', import.meta.url), 'utf8');

let stub: Stub;
let api: OrdersClient;
let reply: (res: ServerResponse, index: number) => void;
const logged: ApiLogEntry[] = [];

const fail503 = (res: ServerResponse): void =>
  sendJson(res, 503, envelope(503, null, { request_id: 'rq-503' }));
const destroy = (res: ServerResponse): void => void res.socket?.destroy();

async function kindOf(call: Promise<unknown>): Promise<string> {
  return call.then(
    () => 'ok',
    (e: unknown) => (isApiError(e) ? e.kind : `untyped: ${String(e)}`),
  );
}

beforeAll(async () => {
  stub = await startStub((_hit, res, index) => reply(res, index));
  api = createOrdersClient({
    baseUrl: stub.origin,
    tenantId: 'T-1',
    apiKey: 'k-very-secret',
    retry: { maxAttempts: 3, baseDelayMs: 2, maxDelayMs: 5 },
    timeouts: { deadlineMs: 5_000, headersMs: 200 },
    logger: { call: (entry) => logged.push(entry) },
  });
});
afterEach(() => {
  stub.hits.length = 0;
  logged.length = 0;
});
afterAll(async () => {
  await api.close();
  await stub.close();
});

describe('safe calls retry transient failures', () => {
  it('detail succeeds after two 503s (3 hits), logging each attempt', async () => {
    reply = (res, i) =>
      i < 2 ? fail503(res) : res.writeHead(200, { 'content-type': 'application/json' }).end(detailFixture);
    const detail = await api.getOrderDetail(5);
    expect(detail.order_code).toBe('ORD123');
    expect(stub.hits).toHaveLength(3);
    expect(logged.map((l) => [l.attempt, l.status, l.errorKind ?? null])).toEqual([
      [1, 503, 'server'],
      [2, 503, 'server'],
      [3, 200, null],
    ]);
    expect(logged[0]).toMatchObject({
      method: 'GET',
      path: '/api/partner/v1/orders/5/detail',
      requestId: 'rq-503',
    });
    expect(JSON.stringify(logged)).not.toMatch(/k-very-secret|T-1|authorization/i);
  });

  it('list, tracking and the read-only label fetch stop after maxAttempts', async () => {
    reply = fail503;
    expect(await kindOf(api.listOrders({ per_page: 5 }))).toBe('server');
    expect(stub.hits).toHaveLength(3);
    stub.hits.length = 0;
    reply = destroy;
    expect(await kindOf(api.track('ORD1'))).toBe('network');
    expect(stub.hits).toHaveLength(3);
    stub.hits.length = 0;
    reply = (res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>maintenance</html>');
    expect(await kindOf(api.getShippingLabel('ORD1', false))).toBe('bad_response');
    expect(stub.hits).toHaveLength(3);
  });

  it('a per-attempt headers timeout is retried', async () => {
    reply = () => undefined;
    expect(await kindOf(api.getOrderDetail(5))).toBe('timeout');
    expect(stub.hits).toHaveLength(3);
  });

  it('client errors (404, 409, 422) are not retried', async () => {
    reply = (res) => sendJson(res, 404, envelope(404, null));
    expect(await kindOf(api.getOrderDetail(77))).toBe('not_found');
    expect(stub.hits).toHaveLength(1);
  });
});

describe('writes are never retried', () => {
  const writes: Array<[string, () => Promise<unknown>]> = [
    ['setProcess', () => api.setProcess('ORD1')],
    ['setPacked', () => api.setPacked('ORD1', 'LATE_PICKUP')],
    ['ship', () => api.ship('ORD1')],
    ['label marked printed', () => api.getShippingLabel('ORD1', true)],
    [
      'cancel',
      () => api.cancel({ order_code: 'ORD1', cancel_by: 'other', cancel_reason: 'x', direct_cancel: true }),
    ],
  ];
  for (const [name, call] of writes) {
    it(`${name}: one hit on 503 and on a cut connection`, async () => {
      reply = fail503;
      expect(await kindOf(call())).toBe('server');
      expect(stub.hits).toHaveLength(1);
      stub.hits.length = 0;
      reply = destroy;
      expect(await kindOf(call())).toBe('network');
      expect(stub.hits).toHaveLength(1);
    });
  }
});

describe('backoff', () => {
  it('uses full jitter under an exponential, capped ceiling', () => {
    const policy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1_000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(policy, n, () => 0.999))).toEqual([
      99, 199, 399, 799, 999,
    ]);
    expect(backoffDelay(policy, 3, () => 0)).toBe(0);
  });

  it('never waits past the deadline: a retry that would not fit is skipped', async () => {
    const slow = createOrdersClient({
      baseUrl: stub.origin,
      tenantId: 'T',
      apiKey: 'k',
      retry: { maxAttempts: 5, baseDelayMs: 10_000, maxDelayMs: 10_000 },
      random: () => 0.9,
    });
    reply = fail503;
    expect(await kindOf(slow.getOrderDetail(5, { deadlineMs: 1_000 }))).toBe('server');
    expect(stub.hits).toHaveLength(1);
    await slow.close();
  });
});
