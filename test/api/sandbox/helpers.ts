// Shared helpers for the client ↔ sandbox integration tests: a strict sandbox, clients per tenant,
// the /__sandbox control surface, and orders created (and walked) into a known status.
import { request } from 'undici';
import { startSandbox } from '../../../src/main/sandbox';
import type { RunningSandbox } from '../../../src/main/sandbox';
import { createOrdersClient } from '../../../src/main/api/client';
import type { OrdersClient, OrdersClientConfig } from '../../../src/main/api/client';
import type { CreateOrderInput, OrderStatus } from '../../../src/shared/orders';

export const TENANT_A = { id: 'tenant-a', key: 'key-a-0123456789' };
export const TENANT_B = { id: 'tenant-b', key: 'key-b-9876543210' };

export async function startStrictSandbox(orders = 200): Promise<RunningSandbox> {
  return startSandbox({ orders, seed: 7, tenants: [TENANT_A, TENANT_B], strict: true, asyncDelayMs: 50 });
}

export function clientFor(
  sb: RunningSandbox,
  tenant = TENANT_A,
  extra: Partial<OrdersClientConfig> = {},
): OrdersClient {
  return createOrdersClient({ baseUrl: sb.apiOrigin, tenantId: tenant.id, apiKey: tenant.key, ...extra });
}

/** Calls the sandbox's control surface with the tenant's headers. */
export async function control<T>(
  sb: RunningSandbox,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  tenant = TENANT_A,
): Promise<T> {
  const res = await request(`${sb.apiOrigin}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${tenant.key}`,
      'x-tenant-id': tenant.id,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.body.text();
  if (res.statusCode >= 300) throw new Error(`control ${path} → ${res.statusCode}: ${text}`);
  return JSON.parse(text) as T;
}

export interface AuditTransition {
  order_code: string;
  from: string;
  to: string;
}

export async function auditOf(sb: RunningSandbox, code: string): Promise<Array<[string, string]>> {
  const audit = await control<{ transitions: AuditTransition[] }>(
    sb,
    'GET',
    `/__sandbox/audit?order_code=${code}`,
  );
  return audit.transitions.map((t) => [t.from, t.to]);
}

export function newOrderInput(code: string, extra: Partial<CreateOrderInput> = {}): CreateOrderInput {
  return {
    order_code: code,
    payment_method_type: 'NON COD',
    payment_via: 'TRANSFER BANK',
    store_id: '1',
    location_id: '1',
    recipient: { name: 'Mark Smith', phone: '+628292839282', full_address: 'Sariwangi Parongpong Bandung' },
    delivery: {
      logistic: 'ID EXPRESS - iDlite',
      logistic_provider_name: 'ID EXPRESS',
      logistic_service_name: 'iDlite',
    },
    products: [{ name: 'Handuk', sku: 'SKU-001', unit_price: 15000, qty: 1 }],
    ...extra,
  };
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
