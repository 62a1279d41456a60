// The reply body is read with a size cap (declared or counted) and within the call's deadline, even when
// the headers came in time; a caller's abort also ends a wait between retries.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ServerResponse } from 'node:http';
import { createOrdersClient } from '../../src/main/api/client';
import type { OrdersClient } from '../../src/main/api/client';
import { MAX_REPLY_BYTES } from '../../src/main/api/reply';
import { sendJson, envelope, startStub } from './helpers/stub-server';
import type { Stub } from './helpers/stub-server';
import { failure } from './helpers/api-failure';

let stub: Stub;
let api: OrdersClient;
let reply: (res: ServerResponse) => void = () => undefined;
const timers = new Set<NodeJS.Timeout>();

beforeAll(async () => {
  stub = await startStub((_hit, res) => reply(res));
  api = createOrdersClient({
    baseUrl: stub.origin,
    tenantId: 'T-1',
    apiKey: 'k-secret',
    retry: { maxAttempts: 1 },
    timeouts: { deadlineMs: 5_000 },
  });
});
afterEach(() => {
  for (const timer of timers) clearInterval(timer);
  timers.clear();
  stub.hits.length = 0;
});
afterAll(async () => {
  await api.close();
  await stub.close();
});

describe('reply size cap', () => {
  it('refuses a declared length over the cap without reading the body', async () => {
    reply = (res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': MAX_REPLY_BYTES + 1 });
      res.write('{"status":200,"data":');
    };
    const err = await failure(api.getOrderDetail(5));
    expect(err.kind).toBe('bad_response');
    expect(err.message).toMatch(/far larger than any API data/);
  });

  it('stops counting a body of unknown length once it passes the cap', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    reply = (res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"status":200,"data":');
      for (let written = 0; written <= MAX_REPLY_BYTES; written += chunk.length) res.write(chunk);
      res.end('null}');
    };
    const err = await failure(api.track('ORD1'));
    expect(err.kind).toBe('bad_response');
    expect(err.message).toMatch(/far larger than any API data/);
  });

  it('reads a body of unknown length under the cap', async () => {
    reply = (res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const text = JSON.stringify(
        envelope(200, { order_id: 1, channel: null, order_code: 'ORD1', url: 'https://x.test/l.pdf' }),
      );
      res.write(text.slice(0, 20));
      res.end(text.slice(20));
    };
    const label = await api.getShippingLabel('ORD1', false);
    expect(label.data.url).toBe('https://x.test/l.pdf');
  });
});

describe('deadline covers the body', () => {
  it('a body that trickles past the deadline ends as an unreadable answer, not a timeout', async () => {
    reply = (res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"status":200,"data":{');
      timers.add(setInterval(() => res.write(' '), 20));
    };
    const err = await failure(api.getOrderDetail(5, { deadlineMs: 300 }));
    expect(err.kind).toBe('bad_response');
    expect(err.message).toMatch(/it began \(HTTP 200\) and was not complete within 0\.3 s/);
  });
});

describe('caller abort', () => {
  it('ends the wait between retries: the last failure is returned, nothing is sent again', async () => {
    const patient = createOrdersClient({
      baseUrl: stub.origin,
      tenantId: 'T',
      apiKey: 'k',
      retry: { maxAttempts: 3, baseDelayMs: 60_000, maxDelayMs: 60_000 },
      timeouts: { deadlineMs: 120_000 },
      random: () => 0.9,
    });
    reply = (res) => sendJson(res, 503, envelope(503, null, { request_id: 'rq-busy' }));
    const controller = new AbortController();
    const pending = failure(patient.getOrderDetail(5, { signal: controller.signal }));
    await expect.poll(() => stub.hits.length).toBe(1);
    controller.abort();
    const err = await pending;
    expect(err.kind).toBe('server');
    expect(err.requestId).toBe('rq-busy');
    expect(stub.hits).toHaveLength(1);
    await patient.close();
  });
});
