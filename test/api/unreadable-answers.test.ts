// An answer that began and cannot be read is an unreadable answer (bad_response), never "offline": a body
// over the cap, a body that stalls or breaks off after its headers, a 200 carrying a 5xx envelope. Each
// keeps the request id the headers or the envelope gave.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ServerResponse } from 'node:http';
import { createOrdersClient, type OrdersClient } from '../../src/main/api/client';
import { MAX_REPLY_BYTES } from '../../src/main/api/reply';
import { envelope, sendJson, startStub, type Stub } from './helpers/stub-server';
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
    timeouts: { deadlineMs: 5_000, bodyMs: 300 },
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

const json = { 'content-type': 'application/json', 'x-request-id': 'rq-head' };

describe('unreadable answers keep their request id', () => {
  it('a 2xx body over the size cap', async () => {
    reply = (res) => {
      res.writeHead(200, { ...json, 'content-length': MAX_REPLY_BYTES + 1 });
      res.write('{"status":200,"data":');
    };
    const err = await failure(api.setPacked('ORD1', 'MID_PICKUP'));
    expect([err.kind, err.httpStatus, err.requestId]).toEqual(['bad_response', 200, 'rq-head']);
  });

  it('a body that stalls after its headers (a write: its outcome is unknown)', async () => {
    reply = (res) => {
      res.writeHead(200, json);
      res.write('{"status":200,"message":"Ok","data":');
    };
    const err = await failure(api.ship('ORD1'));
    expect([err.kind, err.httpStatus, err.requestId]).toEqual(['bad_response', 200, 'rq-head']);
    expect(err.networkCode).toBe('UND_ERR_BODY_TIMEOUT');
    expect(err.retryable).toBe(true);
    expect(err.message).toMatch(/cannot read: it began \(HTTP 200\) and then stalled for 0\.3 s/);
  });

  it('a body that trickles past the deadline (a read)', async () => {
    reply = (res) => {
      res.writeHead(200, json);
      res.write('{"status":200,"data":{');
      timers.add(setInterval(() => res.write(' '), 20));
    };
    const err = await failure(api.getOrderDetail(5, { deadlineMs: 400 }));
    expect([err.kind, err.requestId, err.networkCode]).toEqual(['bad_response', 'rq-head', 'DEADLINE']);
    expect(err.message).toMatch(/was not complete within 0\.4 s/);
  });

  it('a body cut off mid-way', async () => {
    reply = (res) => {
      res.writeHead(200, { ...json, 'content-length': 500 });
      res.write('{"status":200,"data":{', () => res.socket?.destroy());
    };
    const err = await failure(api.track('ORD1'));
    expect([err.kind, err.requestId]).toEqual(['bad_response', 'rq-head']);
    expect(err.message).toMatch(/broke off/);
  });

  it('a 200 carrying a 5xx error envelope', async () => {
    reply = (res) => sendJson(res, 200, envelope(500, null, { message: 'Boom', request_id: 'rq-in' }));
    const err = await failure(api.setProcess('ORD1'));
    expect([err.kind, err.httpStatus, err.requestId]).toEqual(['bad_response', 200, 'rq-in']);
    expect(err.message).toMatch(/HTTP 200 with an error inside \(500: "Boom"\)/);
  });

  it('a 200 carrying a 4xx envelope is still that answer', async () => {
    reply = (res) => sendJson(res, 200, envelope(409, null, { message: 'Packed', request_id: 'rq-409' }));
    const err = await failure(api.setPacked('ORD1', 'MID_PICKUP'));
    expect([err.kind, err.httpStatus, err.requestId]).toEqual(['conflict', 409, 'rq-409']);
  });
});
