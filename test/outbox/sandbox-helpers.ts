// Helpers for outbox tests against the real sandbox: plain packable to_process orders, fault knobs,
// and the audit of status changes per order.
import { startSandbox, type RunningSandbox } from '../../src/main/sandbox';
import { createOrdersClient, type OrdersClient } from '../../src/main/api/client';
import type { ApiLogger } from '../../src/main/api/types';

export const TENANT = { id: 'outbox', key: 'outbox-key-0123456789' };

export function startOutboxSandbox(orders: number): Promise<RunningSandbox> {
  return startSandbox({ orders, seed: 7, tenants: [TENANT], asyncDelayMs: 30 });
}

/** A client with short timeouts so hung requests resolve fast, and quick retries for safe calls. */
export function fastClient(baseUrl: string, logger?: ApiLogger): OrdersClient {
  return createOrdersClient({
    baseUrl,
    logger,
    tenantId: TENANT.id,
    apiKey: TENANT.key,
    timeouts: { connectMs: 1_000, headersMs: 1_000, bodyMs: 1_000, deadlineMs: 2_000 },
    retry: { maxAttempts: 3, baseDelayMs: 20, maxDelayMs: 100 },
  });
}

async function control<T>(sb: RunningSandbox, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${sb.apiOrigin}/__sandbox${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${TENANT.key}`,
      'x-tenant-id': TENANT.id,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`sandbox control ${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

export interface Faults {
  error_rate?: number;
  drop_rate?: number;
  hang_rate?: number;
  garbage_rate?: number;
  latency_ms?: number;
  fault_phase?: 'before' | 'after' | 'mixed';
}

export function setFaults(sb: RunningSandbox, faults: Faults): Promise<unknown> {
  return control(sb, '/faults', faults);
}

export interface Transition {
  order_code: string;
  from: string;
  to: string;
}

/** Status changes per order code, oldest first. */
export async function auditByOrder(sb: RunningSandbox): Promise<Map<string, string[]>> {
  const { transitions } = await control<{ transitions: Transition[] }>(sb, '/audit');
  const out = new Map<string, string[]>();
  for (const t of transitions) out.set(t.order_code, [...(out.get(t.order_code) ?? []), `${t.from}>${t.to}`]);
  return out;
}

/** to_process orders a station may pack: not marketplace-fulfilled, not fake, no cancellation request. */
export async function packableOrders(sb: RunningSandbox, client: OrdersClient, count: number) {
  const codes: string[] = [];
  for (let page = 1; codes.length < count * 2; page++) {
    const list = await client.listOrders({ page, per_page: 100, status: 'to_process' });
    for (const o of list.data) if (!o.is_fake && !o.fulfill_by_mp) codes.push(o.order_code);
    if (page >= list.total_page) break;
  }
  const raw = await Promise.all(
    codes.map((code) => control<{ cancelRequestOpen: boolean }>(sb, `/orders/${code}`)),
  );
  const plain = codes.filter((_, i) => !raw[i].cancelRequestOpen);
  if (plain.length < count) throw new Error(`only ${plain.length} packable orders, wanted ${count}`);
  return plain.slice(0, count);
}
