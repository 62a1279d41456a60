// The sandbox as tests and benchmarks use it: started for their own tenants, and its test-only control
// surface (`/__sandbox/…` at the origin's root, with the tenant's own headers).
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../src/main/sandbox';

export type { RunningSandbox } from '../../src/main/sandbox';

export interface Tenant {
  id: string;
  key: string;
}

/** A sandbox serving these tenants; `opts` says how big, which seed, how slow, how strict. */
export function startSandboxFor(
  tenants: Tenant | Tenant[],
  opts: Omit<SandboxOptions, 'tenants'> = {},
): Promise<RunningSandbox> {
  return startSandbox({ ...opts, tenants: Array.isArray(tenants) ? tenants : [tenants] });
}

/** The headers the API and the control surface take from a tenant. */
export function tenantHeaders(tenant: Tenant, json = false): Record<string, string> {
  const h: Record<string, string> = { authorization: `Bearer ${tenant.key}`, 'x-tenant-id': tenant.id };
  if (json) h['content-type'] = 'application/json';
  return h;
}

export interface ControlReply<T> {
  status: number;
  body: T;
}

/** `/__sandbox{path}`: GET without a body, POST with one. Any status comes back (tests of refusals). */
export async function controlReply<T = unknown>(
  sb: RunningSandbox,
  tenant: Tenant,
  path: string,
  body?: unknown,
): Promise<ControlReply<T>> {
  const res = await fetch(`${sb.apiOrigin}/__sandbox${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: tenantHeaders(tenant, body !== undefined),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

/** As controlReply, for a call that must succeed: any status ≥ 300 throws with the reply's words. */
export async function control<T = unknown>(
  sb: RunningSandbox,
  tenant: Tenant,
  path: string,
  body?: unknown,
): Promise<T> {
  const reply = await controlReply<T>(sb, tenant, path, body);
  if (reply.status >= 300) {
    throw new Error(`sandbox control ${path}: HTTP ${reply.status} ${JSON.stringify(reply.body)}`);
  }
  return reply.body;
}

export interface Faults {
  latency_ms?: number;
  error_rate?: number;
  drop_rate?: number;
  hang_rate?: number;
  garbage_rate?: number;
  fault_phase?: 'before' | 'after' | 'mixed';
}

/** The sandbox's fault knobs (drop_rate 1: every public request's connection is cut). */
export function setFaults(sb: RunningSandbox, tenant: Tenant, faults: Faults): Promise<unknown> {
  return control(sb, tenant, '/faults', faults);
}

export type MalformedEndpoint =
  'detail' | 'set_process' | 'set_packed' | 'shipping_label' | 'ship' | 'tracking';
export type MalformedShape = 'html' | 'truncated' | 'wrong_types' | 'error_envelope' | 'huge' | 'stall';

/** Malformed replies on purpose: endpoint → shape (null clears), and the label origin's file. */
export function setMalformed(
  sb: RunningSandbox,
  tenant: Tenant,
  settings: {
    replies?: Partial<Record<MalformedEndpoint, MalformedShape | null>>;
    label_file?: 'html' | 'huge' | null;
  },
): Promise<unknown> {
  return control(sb, tenant, '/malformed', settings);
}
