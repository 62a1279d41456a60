// The crash test's API: a seeded sandbox big enough for hundreds of packable orders, the codes a packer
// could scan without a stop, the fault knob that cuts the API, and the audit of status changes.
import { startSandbox, type RunningSandbox } from '../../src/main/sandbox';
import { createOrdersClient } from '../../src/main/api/client';
import type { OrderSummary } from '../../src/shared/orders';

/** A tenant of its own: its seeded codes differ from those of other tests printing to the same queue. */
export const CRASH_TENANT = { id: 'crash-replay', key: 'crash-replay-key-0123456789' };

export function startCrashSandbox(orders: number, seed: number): Promise<RunningSandbox> {
  return startSandbox({ orders, seed, tenants: [CRASH_TENANT], asyncDelayMs: 50 });
}

/** The station's provisioning for this sandbox. */
export function stationEnv(sb: RunningSandbox): Record<string, string> {
  return {
    PACKING_API_URL: sb.apiOrigin,
    PACKING_TENANT_ID: CRASH_TENANT.id,
    PACKING_API_KEY: CRASH_TENANT.key,
    PACKING_PRINTER: 'CAPTURE',
  };
}

async function control<T>(sb: RunningSandbox, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${sb.apiOrigin}/__sandbox${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${CRASH_TENANT.key}`,
      'x-tenant-id': CRASH_TENANT.id,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`sandbox control ${path}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** drop_rate 1: every public request's connection is destroyed, as if the network were gone. */
export function cutApi(sb: RunningSandbox): Promise<unknown> {
  return control(sb, '/faults', { drop_rate: 1 });
}

export function restoreApi(sb: RunningSandbox): Promise<unknown> {
  return control(sb, '/faults', { drop_rate: 0 });
}

/** Every status change applied by a request since the sandbox started, per order code, oldest first. */
export async function auditByOrder(sb: RunningSandbox): Promise<Map<string, string[]>> {
  const { transitions } = await control<{ transitions: { order_code: string; from: string; to: string }[] }>(
    sb,
    '/audit',
  );
  const byOrder = new Map<string, string[]>();
  for (const t of transitions) {
    const list = byOrder.get(t.order_code) ?? [];
    list.push(`${t.from}>${t.to}`);
    byOrder.set(t.order_code, list);
  }
  return byOrder;
}

/**
 * `count` to_process orders a packer could take from scan to shipped: not fulfilled by the marketplace,
 * not fake, and no open cancellation request (the detail's cancel_by is null). Newest first, so the codes
 * are the least likely to coincide with those of the small sandboxes other tests print from.
 */
export async function packableCodes(sb: RunningSandbox, count: number): Promise<string[]> {
  const api = createOrdersClient({
    baseUrl: sb.apiOrigin,
    tenantId: CRASH_TENANT.id,
    apiKey: CRASH_TENANT.key,
  });
  try {
    const rows: OrderSummary[] = [];
    for (let page = 1; ; page++) {
      const result = await api.listOrders({
        status: 'to_process',
        page,
        per_page: 100,
        sort_by: 'created_at',
        sort_direction: 'desc',
      });
      rows.push(...result.data.filter((o) => !o.fulfill_by_mp && !o.is_fake));
      if (page >= result.total_page) break;
    }
    const codes: string[] = [];
    for (let i = 0; i < rows.length && codes.length < count; i += 20) {
      const batch = rows.slice(i, i + 20);
      const details = await Promise.all(batch.map((o) => api.getOrderDetail(o.order_header_id)));
      details.forEach((d, j) => {
        if (d.cancel_by === null && codes.length < count) codes.push(batch[j].order_code);
      });
    }
    if (codes.length < count)
      throw new Error(`only ${codes.length} packable to_process orders, ${count} needed`);
    return codes;
  } finally {
    await api.close();
  }
}
