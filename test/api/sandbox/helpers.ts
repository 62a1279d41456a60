// Shared helpers for the client ↔ sandbox integration tests: a strict sandbox, clients per tenant,
// the /__sandbox control surface, and orders created (and walked) into a known status.
import type { RunningSandbox } from '../../../src/main/sandbox';
import { createOrdersClient } from '../../../src/main/api/client';
import type { OrdersClient, OrdersClientConfig } from '../../../src/main/api/client';
import type { OrderStatus } from '../../../src/shared/orders';
import { transitions } from '../../support/audit';
import { newOrderInput } from '../../support/new-order';
import { control as supportControl, startSandboxFor } from '../../support/sandbox';

export const TENANT_A = { id: 'tenant-a', key: 'key-a-0123456789' };
export const TENANT_B = { id: 'tenant-b', key: 'key-b-9876543210' };

export async function startStrictSandbox(orders = 200): Promise<RunningSandbox> {
  return startSandboxFor([TENANT_A, TENANT_B], { orders, seed: 7, strict: true, asyncDelayMs: 50 });
}

export function clientFor(
  sb: RunningSandbox,
  tenant = TENANT_A,
  extra: Partial<OrdersClientConfig> = {},
): OrdersClient {
  return createOrdersClient({ baseUrl: sb.apiOrigin, tenantId: tenant.id, apiKey: tenant.key, ...extra });
}

/** The control surface as a tenant (test/support/sandbox.ts); a status ≥ 300 throws. */
export function control<T>(sb: RunningSandbox, path: string, body?: unknown, tenant = TENANT_A): Promise<T> {
  return supportControl<T>(sb, tenant, path, body);
}

/** One order's status changes as [from, to] pairs. */
export async function auditOf(sb: RunningSandbox, code: string): Promise<Array<[string, string]>> {
  return (await transitions(sb, TENANT_A, code)).map((t) => [t.from, t.to]);
}

/** Creates an order and walks it to `status` with real API calls. */
export async function orderIn(api: OrdersClient, code: string, status: OrderStatus): Promise<string> {
  await api.createOrder(newOrderInput(code, { is_unpaid: status === 'pending' }));
  const path: Partial<Record<OrderStatus, Array<() => Promise<unknown>>>> = {
    process: [() => api.setProcess(code)],
    packed: [() => api.setProcess(code), () => api.setPacked(code, 'MID_PICKUP')],
    shipped: [() => api.setProcess(code), () => api.setPacked(code, 'MID_PICKUP'), () => api.ship(code)],
    completed: [
      () => api.setProcess(code),
      () => api.setPacked(code, 'MID_PICKUP'),
      () => api.ship(code),
      () => api.complete(code),
    ],
    cancelled: [
      () => api.cancel({ order_code: code, cancel_by: 'other', cancel_reason: 'test', direct_cancel: true }),
    ],
    returned: [
      () => api.setProcess(code),
      () => api.setPacked(code, 'MID_PICKUP'),
      () => api.ship(code),
      () => api.returnOrder({ order_code: code, return_by: 'damaged', return_reason: 'crushed' }),
    ],
  };
  for (const step of path[status] ?? []) await step();
  return code;
}

/** The numeric id of an order code, from the list endpoint (the station's own code → id index). */
export async function idOf(api: OrdersClient, code: string): Promise<number> {
  const page = await api.listOrders({ per_page: 100, sort_by: 'created_at', sort_direction: 'desc' });
  const found = page.data.find((o) => o.order_code === code);
  if (!found) throw new Error(`${code} not in the newest 100 orders`);
  return found.order_header_id;
}
