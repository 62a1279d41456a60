import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../src/main/sandbox';
import { api, control, headers, plainOrder, start } from './helpers';

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await start({ orders: 40 });
});
afterAll(() => sb.close());

const NONE = {
  latency_ms: 0,
  error_rate: 0,
  drop_rate: 0,
  hang_rate: 0,
  garbage_rate: 0,
  fault_phase: 'before',
};
beforeEach(async () => {
  await control(sb, '/faults', NONE);
});

const setProcess = (code: string, signal?: AbortSignal) =>
  fetch(`${sb.apiOrigin}/api/partner/v1/orders/fulfillment/set-process`, {
    method: 'POST',
    headers: headers(),
    body: JSON.stringify({ order_code: code }),
    signal,
  });
const statusOf = async (code: string) =>
  (await control<{ status: string }>(sb, `/orders/${code}`)).body.status;

describe('fault knobs', () => {
  it('echoes the active settings and validates them', async () => {
    const r = await control(sb, '/faults', { error_rate: 0.25 });
    expect(r.body).toEqual({ ...NONE, error_rate: 0.25 });
    const bad = await control<{ errors: Record<string, string[]> }>(sb, '/faults', {
      drop_rate: 2,
      fault_phase: 'never',
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['drop_rate', 'fault_phase']);
  });

  it('error_rate 1 answers 5xx envelopes; "before" leaves the order unchanged', async () => {
    const code = (await plainOrder(sb, 'To Process', 0)).order_code;
    await control(sb, '/faults', { error_rate: 1 });
    const res = await setProcess(code);
    expect(res.status).toBeGreaterThanOrEqual(500);
    const body = (await res.json()) as { request_id: string; data: unknown };
    expect(body.request_id).toEqual(expect.any(String));
    expect(body.data).toBeNull();
    // The control surface itself is never faulted.
    expect(await statusOf(code)).toBe('to_process');
  });

  it('error_rate 1 with phase "after" applies the change, then loses the reply', async () => {
    const code = (await plainOrder(sb, 'To Process', 1)).order_code;
    await control(sb, '/faults', { error_rate: 1, fault_phase: 'after' });
    const res = await setProcess(code);
    expect(res.status).toBe(500);
    await res.arrayBuffer();
    expect(await statusOf(code)).toBe('process');
  });

  it('drop_rate 1 destroys the connection; "before" leaves the order unchanged', async () => {
    const code = (await plainOrder(sb, 'To Process', 4)).order_code;
    await control(sb, '/faults', { drop_rate: 1 });
    await expect(api(sb, '/orders', {})).rejects.toThrow();
    await expect(setProcess(code)).rejects.toThrow();
    await control(sb, '/faults', NONE);
    // A later request on a fresh connection is served normally, and the dropped one never applied.
    expect((await api(sb, '/orders', {})).status).toBe(200);
    expect(await statusOf(code)).toBe('to_process');
  });

  it('drop after: the change is applied though the client saw a reset', async () => {
    const code = (await plainOrder(sb, 'To Process', 2)).order_code;
    await control(sb, '/faults', { drop_rate: 1, fault_phase: 'after' });
    await expect(setProcess(code)).rejects.toThrow();
    expect(await statusOf(code)).toBe('process');
  });

  it('hang_rate 1 never answers until the client gives up', async () => {
    const code = (await plainOrder(sb, 'To Process', 3)).order_code;
    await control(sb, '/faults', { hang_rate: 1 });
    const aborter = new AbortController();
    const pending = setProcess(code, aborter.signal);
    const outcome = await Promise.race([
      pending.then(
        () => 'answered',
        () => 'failed',
      ),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 300)),
    ]);
    expect(outcome).toBe('still waiting');
    aborter.abort();
    await expect(pending).rejects.toThrow();
    expect(await statusOf(code)).toBe('to_process');
  });

  it('garbage_rate 1 answers 200 with truncated JSON or an HTML page', async () => {
    await control(sb, '/faults', { garbage_rate: 1 });
    const bodies: string[] = [];
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${sb.apiOrigin}/api/partner/v1/orders`, {
        method: 'POST',
        headers: headers(),
        body: '{}',
      });
      expect(res.status).toBe(200);
      bodies.push(await res.text());
    }
    for (const text of bodies) expect(() => JSON.parse(text)).toThrow();
    expect(bodies.some((b) => b.includes('<html'))).toBe(true);
  });

  it('phase "mixed" sometimes applies a faulted change and sometimes not', async () => {
    const code = (await plainOrder(sb, 'To Process', 5)).order_code;
    let applied = 0;
    const rounds = 24;
    for (let i = 0; i < rounds; i++) {
      await control(sb, '/move', { order_code: code, to: 'to_process' });
      await control(sb, '/faults', { error_rate: 1, fault_phase: 'mixed' });
      const res = await setProcess(code);
      expect(res.status).toBeGreaterThanOrEqual(500);
      await res.arrayBuffer();
      await control(sb, '/faults', NONE);
      if ((await statusOf(code)) === 'process') applied++;
    }
    expect(applied).toBeGreaterThan(0);
    expect(applied).toBeLessThan(rounds);
  });

  it('latency_ms delays replies without failing them', async () => {
    await control(sb, '/faults', { latency_ms: 150 });
    let settled = false;
    const pending = api(sb, '/orders', {}).finally(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    expect((await pending).status).toBe(200);
  });

  it('close() releases hung requests', async () => {
    const own = await start({ orders: 5 });
    await control(own, '/faults', { hang_rate: 1 });
    const pending = api(own, '/orders', {});
    await new Promise((resolve) => setTimeout(resolve, 100));
    await own.close();
    await expect(pending).rejects.toThrow();
  });
});
