// Outbox tests against the real sandbox, as their own tenant: a client with quick timeouts and retries,
// and the shared sandbox helpers (test/support) bound to that tenant.
import type { RunningSandbox } from '../../src/main/sandbox';
import { createOrdersClient, type OrdersClient } from '../../src/main/api/client';
import type { ApiLogger } from '../../src/main/api/types';
import { auditByOrder as auditOfTenant } from '../support/audit';
import { packableCodes } from '../support/packable';
import { setFaults as setTenantFaults, startSandboxFor, type Faults } from '../support/sandbox';

export const TENANT = { id: 'outbox', key: 'outbox-key-0123456789' };

export function startOutboxSandbox(orders: number): Promise<RunningSandbox> {
  return startSandboxFor(TENANT, { orders, seed: 7, asyncDelayMs: 30 });
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

export function setFaults(sb: RunningSandbox, faults: Faults): Promise<unknown> {
  return setTenantFaults(sb, TENANT, faults);
}

/** Status changes per order code, oldest first. */
export function auditByOrder(sb: RunningSandbox): Promise<Map<string, string[]>> {
  return auditOfTenant(sb, TENANT);
}

/** `count` to_process orders a station may pack, newest first (test/support/packable.ts). */
export function packableOrders(sb: RunningSandbox, count: number): Promise<string[]> {
  return packableCodes(sb, TENANT, { count });
}
