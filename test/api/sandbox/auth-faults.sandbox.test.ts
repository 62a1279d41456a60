// Authentication, tenant isolation and every fault knob of the sandbox, each to the right typed error.
// Faults are global to a sandbox, so this file has its own.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../src/main/sandbox';
import type { OrdersClient } from '../../../src/main/api/client';
import { isApiError } from '../../../src/main/api/errors';
import type { ApiError } from '../../../src/main/api/errors';
import { describeConnectionFailure } from '../../../src/main/api/connection-failure';
import { parseStatus } from '../../../src/shared/orders';
import { TENANT_A, TENANT_B, clientFor, control, orderIn, startStrictSandbox } from './helpers';
import { newOrderInput } from '../../support/new-order';

let sb: RunningSandbox;
let a: OrdersClient;
let b: OrdersClient;
/** One attempt per call, so each fault shows as itself. */
let once: OrdersClient;

async function errorOf(call: Promise<unknown>): Promise<ApiError> {
  const e = await call.then(
    () => null,
    (err: unknown) => err,
  );
  if (!isApiError(e)) throw new Error(`expected an ApiError, got ${String(e)}`);
  return e;
}

const setFaults = (settings: Record<string, unknown>) => control(sb, '/faults', settings);
const NO_FAULTS = {
  latency_ms: 0,
  error_rate: 0,
  drop_rate: 0,
  hang_rate: 0,
  garbage_rate: 0,
  fault_phase: 'before',
};

beforeAll(async () => {
  sb = await startStrictSandbox(50);
  a = clientFor(sb, TENANT_A);
  b = clientFor(sb, TENANT_B);
  once = clientFor(sb, TENANT_A, { retry: { maxAttempts: 1 } });
});
afterEach(() => setFaults(NO_FAULTS));
afterAll(async () => {
  await Promise.all([a.close(), b.close(), once.close()]);
  await sb.close();
});

describe('auth', () => {
  it('a wrong key is 401 (key), a key of another tenant is 403 (tenant), both with request_id', async () => {
    const wrongKey = clientFor(sb, { id: TENANT_A.id, key: 'not-a-key' });
    const crossed = clientFor(sb, { id: TENANT_B.id, key: TENANT_A.key });
    const e401 = await errorOf(wrongKey.listOrders({}));
    const e403 = await errorOf(crossed.listOrders({}));
    expect([e401.kind, e401.httpStatus, describeConnectionFailure(e401).cause]).toEqual([
      'auth',
      401,
      'auth_key',
    ]);
    expect([e403.kind, e403.httpStatus, describeConnectionFailure(e403).cause]).toEqual([
      'auth',
      403,
      'auth_tenant',
    ]);
    expect(e401.requestId).toBeTruthy();
    expect(e403.requestId).toBeTruthy();
    await Promise.all([wrongKey.close(), crossed.close()]);
  });

  it('tenants never see each other: same code coexists, another tenant’s code is 404', async () => {
    await a.createOrder(newOrderInput('IT-SAME-1'));
    await b.createOrder(newOrderInput('IT-SAME-1', { is_unpaid: true }));
    expect(parseStatus((await a.track('IT-SAME-1')).order_status)).toBe('to_process');
    expect(parseStatus((await b.track('IT-SAME-1')).order_status)).toBe('pending');

    await orderIn(a, 'IT-ONLY-A', 'process');
    expect((await errorOf(b.track('IT-ONLY-A'))).kind).toBe('not_found');
    expect((await errorOf(b.setPacked('IT-ONLY-A', 'MID_PICKUP'))).kind).toBe('not_found');
    const newestOfB = await b.listOrders({ per_page: 100, sort_direction: 'desc' });
    expect(newestOfB.data.some((o) => o.order_code === 'IT-ONLY-A')).toBe(false);
    expect(parseStatus((await a.track('IT-ONLY-A')).order_status)).toBe('process');
  });
});

describe('fault knobs', () => {
  it('error_rate → server (503), retryable, with request_id', async () => {
    await setFaults({ error_rate: 1 });
    const err = await errorOf(once.listOrders({}));
    expect([err.kind, err.httpStatus, err.retryable]).toEqual(['server', 503, true]);
    expect(err.requestId).toBeTruthy();
  });

  it('drop_rate → network with the low-level code', async () => {
    await setFaults({ drop_rate: 1 });
    const err = await errorOf(once.track('IT-SAME-1'));
    expect(err.kind).toBe('network');
    expect(err.networkCode).toMatch(/ECONNRESET|UND_ERR_SOCKET/);
  });

  it('hang_rate → timeout at the deadline', async () => {
    await setFaults({ hang_rate: 1 });
    const err = await errorOf(once.listOrders({}, { deadlineMs: 300 }));
    expect(err.kind).toBe('timeout');
    expect(err.message).toMatch(/did not answer within 0.3 s/);
  });

  it('latency_ms beyond the deadline → timeout', async () => {
    await setFaults({ latency_ms: 1_000 });
    expect((await errorOf(once.listOrders({}, { deadlineMs: 200 }))).kind).toBe('timeout');
  });

  it('garbage_rate → bad_response (truncated JSON, then an HTML page)', async () => {
    await setFaults({ garbage_rate: 1 });
    const first = await errorOf(once.listOrders({}));
    const second = await errorOf(once.listOrders({}));
    expect([first.kind, second.kind]).toEqual(['bad_response', 'bad_response']);
    expect([first.message, second.message].join(' ')).toMatch(/broken JSON/);
    expect([first.message, second.message].join(' ')).toMatch(/HTML page/);
  });

  it('a write whose reply is lost after it applied is not retried: the outcome shows in tracking', async () => {
    await orderIn(a, 'IT-AFTER-1', 'to_process');
    await setFaults({ error_rate: 1, fault_phase: 'after' });
    const err = await errorOf(a.setProcess('IT-AFTER-1'));
    expect(err.kind).toBe('server');
    await setFaults(NO_FAULTS);
    expect(parseStatus((await a.track('IT-AFTER-1')).order_status)).toBe('process');
    const audit = await control<{ transitions: unknown[] }>(sb, '/audit?order_code=IT-AFTER-1');
    expect(audit.transitions).toHaveLength(1);
  });

  it('safe reads ride out a flaky sandbox with retries', async () => {
    await setFaults({ error_rate: 0.2 });
    const flaky = clientFor(sb, TENANT_A, { retry: { maxAttempts: 8, baseDelayMs: 1, maxDelayMs: 4 } });
    for (let i = 0; i < 10; i++) expect((await flaky.listOrders({ per_page: 5 })).data).toHaveLength(5);
    await flaky.close();
  });
});
