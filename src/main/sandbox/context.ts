// What every route of the sandbox needs: the stores, the clock, the options and the label origin.
import type { FastifyRequest } from 'fastify';
import { tenantOf } from './auth';
import type { Faults } from './faults';
import type { Malformed } from './malformed';
import type { Rng } from './prng';
import type { SandboxStore, TenantStore } from './store';
import type { SandboxTenant } from './types';

export interface LabelRequestRecord {
  path: string;
  authorization_present: boolean;
}

export interface SandboxContext {
  store: SandboxStore;
  tenants: SandboxTenant[];
  strict: boolean;
  asyncDelayMs: number;
  now: () => number;
  /** Runtime randomness (tracking numbers); seeded so runs are reproducible. */
  rng: Rng;
  faults: Faults;
  /** Malformed replies of one endpoint, or of the label origin, on purpose (tests). */
  malformed: Malformed;
  /** Signed URL of an order's label PDF on the label origin. */
  labelUrl(tenantId: string, orderCode: string): string;
  labelRequests: LabelRequestRecord[];
  /** Pending timers (set-process-packed); cleared on close. */
  timers: Set<NodeJS.Timeout>;
  /**
   * Test fault: order codes whose asynchronous set-process-packed fails after the 200 (the order stays
   * In Process, its history says why), with the reason the history line carries.
   */
  asyncFailures: Map<string, string>;
}

export function storeOf(ctx: SandboxContext, request: FastifyRequest): TenantStore {
  return ctx.store.tenant(tenantOf(request));
}
