// Helpers for sandbox tests: start one, call it with plain fetch as a tenant (the first one by default).
import type { RunningSandbox, SandboxOptions } from '../../src/main/sandbox';
import { controlReply, startSandboxFor, tenantHeaders, type ControlReply } from '../support/sandbox';

export const TENANTS = [
  { id: 'demo', key: 'demo-key' },
  { id: 'other', key: 'other-key' },
];

export interface Reply<T = unknown> {
  status: number;
  body: {
    status: number | string;
    message: string;
    data: T;
    errors: Record<string, string[]> | null;
    request_id: string;
  };
}

export function start(opts: SandboxOptions = {}): Promise<RunningSandbox> {
  return startSandboxFor(TENANTS, { orders: 60, asyncDelayMs: 30, ...opts });
}

export function headers(tenant = TENANTS[0], json = true): Record<string, string> {
  return tenantHeaders(tenant, json);
}

/** POST (or GET when body is undefined) under /api/partner/v1 as a tenant. */
export async function api<T = unknown>(
  sb: RunningSandbox,
  path: string,
  body?: unknown,
  tenant = TENANTS[0],
): Promise<Reply<T>> {
  const res = await fetch(`${sb.apiOrigin}/api/partner/v1${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: headers(tenant, body !== undefined),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Reply<T>['body'] };
}

/** A control-surface call at the origin root, whatever its status (test/support/sandbox.ts). */
export function control<T = unknown>(
  sb: RunningSandbox,
  path: string,
  body?: unknown,
  tenant = TENANTS[0],
): Promise<ControlReply<T>> {
  return controlReply<T>(sb, tenant, path, body);
}

export interface Summary {
  order_header_id: number;
  order_code: string;
  internal_status: string;
  created_at: string;
  is_fake: boolean;
  fulfill_by_mp: boolean;
  tracking_number: string | null;
  store_platform: string;
  payment_method: string;
}

export interface Page {
  data: Summary[];
  current_page: number;
  per_page: number;
  total_data: number;
  total_page: number;
}

/** Every order of the tenant, via the list endpoint. */
export async function allOrders(sb: RunningSandbox, tenant = TENANTS[0]): Promise<Summary[]> {
  const out: Summary[] = [];
  for (let page = 1; ; page++) {
    const { body } = await api<Page>(sb, '/orders', { page, per_page: 100, sort_direction: 'asc' }, tenant);
    out.push(...body.data.data);
    if (page >= body.data.total_page) return out;
  }
}

/** An order of the tenant in a display status that carries none of the awkward flags. */
export async function plainOrder(sb: RunningSandbox, label: string, skip = 0): Promise<Summary> {
  const orders = (await allOrders(sb)).filter((o) => o.internal_status === label && !o.fulfill_by_mp);
  const states = await Promise.all(
    orders.map((o) => control<{ cancelRequestOpen: boolean }>(sb, `/orders/${o.order_code}`)),
  );
  const plain = orders.filter((_, i) => !states[i].body.cancelRequestOpen);
  if (plain.length <= skip) throw new Error(`no plain ${label} order`);
  return plain[skip];
}
