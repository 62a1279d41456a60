// A batch against the real sandbox and client: 30 fresh To Process orders, of which 3 are made refusable
// (fake, marketplace-fulfilled, an open cancellation request) and 2 fail in the asynchronous half.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createOrdersClient, type OrdersClient } from '../../src/main/api/client';
import type { RunningSandbox } from '../../src/main/sandbox';
import { auditByOrder } from '../support/audit';
import { newOrderInput } from '../support/new-order';
import { control, startSandboxFor } from '../support/sandbox';

export const TENANT = { id: 'batch-t', key: 'batch-key-0123456789' };

export interface Wave {
  codes: string[];
  fake: string;
  byMarketplace: string;
  cancelRequested: string;
  asyncFails: string[];
  packed: string[];
}

export function startBatchSandbox(asyncDelayMs = 60): Promise<RunningSandbox> {
  return startSandboxFor(TENANT, { orders: 12, seed: 5, asyncDelayMs });
}

export function clientFor(sb: RunningSandbox): OrdersClient {
  return createOrdersClient({ baseUrl: sb.apiOrigin, tenantId: TENANT.id, apiKey: TENANT.key });
}

export async function makeWave(sb: RunningSandbox, api: OrdersClient, prefix: string, n = 30): Promise<Wave> {
  const codes: string[] = [];
  for (let i = 0; i < n; i++) {
    const code = `${prefix}-${String(i + 1).padStart(2, '0')}`;
    await api.createOrder(newOrderInput(code));
    codes.push(code);
  }
  const [fake, byMarketplace, cancelRequested] = [codes[3], codes[11], codes[19]];
  const asyncFails = [codes[7], codes[23]];
  await control(sb, TENANT, '/flags', { order_code: fake, is_fake: true });
  await control(sb, TENANT, '/flags', { order_code: byMarketplace, fulfill_by_mp: true });
  await control(sb, TENANT, '/cancel-request', { order_code: cancelRequested, cancel_reason: 'Wrong size' });
  await control(sb, TENANT, '/async-failures', { order_codes: asyncFails, reason: 'Courier booking failed' });
  const left = new Set([fake, byMarketplace, cancelRequested, ...asyncFails]);
  return {
    codes,
    fake,
    byMarketplace,
    cancelRequested,
    asyncFails,
    packed: codes.filter((c) => !left.has(c)),
  };
}

/** The sandbox's own label PDF for an order (what the printer must have received as its page). */
export async function sandboxLabel(api: OrdersClient, code: string, dir: string): Promise<Uint8Array> {
  const label = await api.getShippingLabel(code, false);
  const file = join(dir, `expected-${code}.pdf`);
  await api.downloadLabel(label.data.url, file);
  return readFile(file);
}

/** Each order's "from>to" steps, with the request ids of its process steps. */
export async function auditSteps(sb: RunningSandbox): Promise<Map<string, string[]>> {
  return auditByOrder(sb, TENANT);
}
