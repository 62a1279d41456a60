// The crash test's API: a seeded sandbox big enough for hundreds of packable orders, the codes a packer
// could scan without a stop, the fault knob that cuts the API, and the audit of status changes.
import type { RunningSandbox } from '../../src/main/sandbox';
import { auditByOrder as auditOfTenant } from '../support/audit';
import { packableCodes as packableOf } from '../support/packable';
import { setFaults, startSandboxFor } from '../support/sandbox';

/** A tenant of its own: its seeded codes differ from those of other tests printing to the same queue. */
export const CRASH_TENANT = { id: 'crash-replay', key: 'crash-replay-key-0123456789' };

export function startCrashSandbox(orders: number, seed: number): Promise<RunningSandbox> {
  return startSandboxFor(CRASH_TENANT, { orders, seed, asyncDelayMs: 50 });
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

/** drop_rate 1: every public request's connection is destroyed, as if the network were gone. */
export function cutApi(sb: RunningSandbox): Promise<unknown> {
  return setFaults(sb, CRASH_TENANT, { drop_rate: 1 });
}

export function restoreApi(sb: RunningSandbox): Promise<unknown> {
  return setFaults(sb, CRASH_TENANT, { drop_rate: 0 });
}

/** Every status change applied by a request since the sandbox started, per order code, oldest first. */
export function auditByOrder(sb: RunningSandbox): Promise<Map<string, string[]>> {
  return auditOfTenant(sb, CRASH_TENANT);
}

/**
 * `count` to_process orders a packer could take from scan to shipped (test/support/packable.ts). Newest
 * first, so the codes are the least likely to coincide with those of the small sandboxes other tests
 * print from.
 */
export function packableCodes(sb: RunningSandbox, count: number): Promise<string[]> {
  return packableOf(sb, CRASH_TENANT, { count });
}
