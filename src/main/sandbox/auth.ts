// Tenant authentication (design.md §1 row 2): the key is checked first (missing or unknown → 401),
// then the tenant (missing, unknown, or not the key's own → 403).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ApiError } from './envelope';
import type { SandboxTenant } from './types';

const tenantByRequest = new WeakMap<FastifyRequest, string>();

function sameSecret(a: string, b: string): boolean {
  const da = createHash('sha256').update(a).digest();
  const db = createHash('sha256').update(b).digest();
  return timingSafeEqual(da, db);
}

export function authenticate(request: FastifyRequest, tenants: readonly SandboxTenant[]): string {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const key = match?.[1] ?? '';
  // Compare against every key so timing does not reveal which one matched.
  let known = false;
  for (const tenant of tenants) if (key && sameSecret(tenant.key, key)) known = true;
  if (!known) throw new ApiError(401, 'Unauthenticated.');
  const raw = request.headers['x-tenant-id'];
  const tenantId = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? '';
  const tenant = tenants.find((t) => t.id === tenantId);
  if (!tenantId) throw new ApiError(403, 'Forbidden: the X-Tenant-Id header is missing.');
  if (!tenant || !sameSecret(tenant.key, key)) {
    throw new ApiError(403, 'Forbidden: this API key does not belong to the tenant.');
  }
  tenantByRequest.set(request, tenant.id);
  return tenant.id;
}

/** The tenant an authenticated request belongs to. */
export function tenantOf(request: FastifyRequest): string {
  const id = tenantByRequest.get(request);
  if (id === undefined) throw new ApiError(401, 'Unauthenticated.');
  return id;
}
