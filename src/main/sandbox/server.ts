// startSandbox: seed every tenant's orders, start the API origin and the label origin, and hand back
// their origins and a close() that also releases hung requests and pending async transitions.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApiApp } from './app';
import type { LabelRequestRecord, SandboxContext } from './context';
import { Faults } from './faults';
import { createLabelOrigin } from './label-origin';
import { Malformed } from './malformed';
import { createRng } from './prng';
import { seedOrders } from './seed';
import { SandboxStore, TenantStore } from './store';
import type { RunningSandbox, SandboxOptions, SandboxTenant } from './types';

const DAY = 86_400_000;

export async function startSandbox(opts: SandboxOptions = {}): Promise<RunningSandbox> {
  const host = opts.host ?? '127.0.0.1';
  const seed = opts.seed ?? 1;
  const count = opts.orders ?? 200;
  const clock = opts.now ?? (() => new Date());
  const now = () => clock().getTime();
  const tenants: SandboxTenant[] = (
    opts.tenants ?? [{ id: 'demo', key: randomBytes(16).toString('hex') }]
  ).map((t) => ({ ...t }));
  if (!tenants.length) throw new Error('the sandbox needs at least one tenant');
  if (new Set(tenants.map((t) => t.id)).size !== tenants.length) throw new Error('tenant ids must be unique');

  // Seed up to the start of today (UTC): the same seed gives the same orders all day long.
  const anchor = Math.floor(now() / DAY) * DAY;
  const store = new SandboxStore();
  for (const t of tenants)
    store.addTenant(new TenantStore(t.id, seedOrders({ count, seed, tenantId: t.id, anchor })));

  const labelRequests: LabelRequestRecord[] = [];
  const malformed = new Malformed();
  const labels = createLabelOrigin(store, labelRequests, malformed);
  const labelOrigin = await listen(labels.app, host, opts.labelPort ?? 0);
  const ctx: SandboxContext = {
    store,
    tenants,
    strict: opts.strict ?? false,
    asyncDelayMs: opts.asyncDelayMs ?? 1000,
    now,
    rng: createRng(seed ^ 0x5eed),
    faults: new Faults(),
    malformed,
    labelUrl: (tenantId, code) => `${labelOrigin}${labels.pathFor(tenantId, code)}`,
    labelRequests,
    timers: new Set(),
    asyncFailures: new Map(),
  };
  const api = buildApiApp(ctx);
  let apiOrigin: string;
  try {
    apiOrigin = await listen(api, host, opts.apiPort ?? 0);
  } catch (error) {
    await labels.app.close();
    throw error;
  }

  let closing: Promise<void> | null = null;
  return {
    apiOrigin,
    labelOrigin,
    tenants: tenants.map((t) => ({ ...t })),
    close: () =>
      (closing ??= (async () => {
        for (const timer of ctx.timers) clearTimeout(timer);
        ctx.timers.clear();
        ctx.faults.releaseAll();
        malformed.releaseAll();
        await Promise.all([api.close(), labels.app.close()]);
      })()),
  };
}

async function listen(app: FastifyInstance, host: string, port: number): Promise<string> {
  await app.listen({ host, port });
  const address = app.server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${shownHost}:${address.port}`;
}
