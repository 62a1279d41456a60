// Settings → "Test connection" must say exactly what failed. Low-level codes come from real failures
// where a loopback test can produce them (refused, 401, 403, timeout) and from Node's own codes otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrdersClient } from '../../src/main/api/client';
import { describeConnectionFailure } from '../../src/main/api/connection-failure';
import { transportError } from '../../src/main/api/error-mapping';
import { envelope, sendJson, startStub } from './helpers/stub-server';
import type { Stub } from './helpers/stub-server';

const limits = { connectMs: 5_000, headersMs: 10_000, bodyMs: 10_000 };
const ctx = { method: 'POST', path: '/api/partner/v1/orders' };

function systemError(code: string): Error {
  return Object.assign(new Error(`connect ${code}`), { code });
}

async function failureOf(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => new Error('the call succeeded'),
    (e: unknown) => e,
  );
}

let stub: Stub;
beforeAll(async () => {
  stub = await startStub((hit, res) => {
    if (hit.headers.authorization !== 'Bearer good') return sendJson(res, 401, envelope(401, null));
    if (hit.headers['x-tenant-id'] !== 'T-1') return sendJson(res, 403, envelope(403, null));
    // Otherwise hang: a timeout.
  });
});
afterAll(() => stub.close());

describe('describeConnectionFailure', () => {
  it('tells a wrong key (401) from a wrong tenant (403)', async () => {
    const badKey = createOrdersClient({ baseUrl: stub.origin, tenantId: 'T-1', apiKey: 'bad' });
    const badTenant = createOrdersClient({ baseUrl: stub.origin, tenantId: 'T-2', apiKey: 'good' });
    expect(describeConnectionFailure(await failureOf(badKey.listOrders({}))).cause).toBe('auth_key');
    const tenant = describeConnectionFailure(await failureOf(badTenant.listOrders({})));
    expect(tenant.cause).toBe('auth_tenant');
    expect(tenant.message).toMatch(/tenant ID/);
    await Promise.all([badKey.close(), badTenant.close()]);
  });

  it('recognises a refused connection', async () => {
    const closed = await startStub(() => undefined);
    await closed.close();
    const api = createOrdersClient({
      baseUrl: closed.origin,
      tenantId: 'T-1',
      apiKey: 'good',
      retry: { maxAttempts: 1 },
    });
    expect(describeConnectionFailure(await failureOf(api.listOrders({}))).cause).toBe('refused');
    await api.close();
  });

  it('recognises a timeout', async () => {
    const api = createOrdersClient({
      baseUrl: stub.origin,
      tenantId: 'T-1',
      apiKey: 'good',
      retry: { maxAttempts: 1 },
    });
    const result = describeConnectionFailure(await failureOf(api.listOrders({}, { deadlineMs: 200 })));
    expect(result.cause).toBe('timeout');
    await api.close();
  });

  it('maps DNS, TLS and timeout codes, mapped or raw, and keeps the code on the ApiError', () => {
    const table: Array<[string, string]> = [
      ['ENOTFOUND', 'dns'],
      ['EAI_AGAIN', 'dns'],
      ['ECONNREFUSED', 'refused'],
      ['CERT_HAS_EXPIRED', 'tls'],
      ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls'],
      ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls'],
      ['UND_ERR_CONNECT_TIMEOUT', 'timeout'],
      ['UND_ERR_HEADERS_TIMEOUT', 'timeout'],
      ['ECONNRESET', 'other'],
    ];
    for (const [code, cause] of table) {
      const mapped = transportError(ctx, systemError(code), limits);
      expect(mapped.networkCode).toBe(code);
      expect(describeConnectionFailure(mapped).cause).toBe(cause);
      expect(describeConnectionFailure(systemError(code)).cause).toBe(cause);
    }
  });

  it('finds a system code under an undici wrapper', () => {
    const wrapped = Object.assign(new Error('fetch failed', { cause: systemError('ENOTFOUND') }), {
      code: 'UND_ERR_SOCKET',
    });
    const mapped = transportError(ctx, wrapped, limits);
    expect(mapped.networkCode).toBe('ENOTFOUND');
    expect(mapped.message).toMatch(/DNS/);
  });

  it('says "other" with the detail for anything else', () => {
    const result = describeConnectionFailure(new Error('something odd'));
    expect(result).toEqual({
      cause: 'other',
      message: 'The connection test failed. something odd',
      // The screen says the framing in its language and the detail as given.
      messageKey: 'apiErrors.test.otherDetail',
      messageValues: { inner: 'stationErrors.english', english: 'something odd' },
    });
  });
});
