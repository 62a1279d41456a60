// Returns-bench tests against the sandbox: a tenant of their own, orders of a given status with their AWB,
// the raw order (its return_by and reason), and a bench on a real client, outbox and data dir.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOrdersClient, type OrdersClient } from '../../src/main/api/client';
import { createConnectivity, createOutbox } from '../../src/main/outbox';
import type { Connectivity, Outbox } from '../../src/main/outbox/types';
import type { PrintJob } from '../../src/main/printing/types';
import { openReturnsBench, type ReturnsBench } from '../../src/main/returns/returns-bench';
import type { RunningSandbox } from '../../src/main/sandbox';
import { control, tenantHeaders, type Tenant } from '../support/sandbox';

export const RETURNS_TENANT: Tenant = { id: 'returns-bench', key: 'returns-bench-key-0123456789' };

export interface ParcelOrder {
  code: string;
  awb: string;
}

/** Orders of this status with an AWB, newest first (not fake, not shipped by the marketplace). */
export async function ordersOf(
  sb: RunningSandbox,
  tenant: Tenant,
  status: string,
  count: number,
): Promise<ParcelOrder[]> {
  const res = await fetch(`${sb.apiOrigin}/api/partner/v1/orders`, {
    method: 'POST',
    headers: tenantHeaders(tenant, true),
    body: JSON.stringify({ page: 1, per_page: 100, status, sort_by: 'created_at', sort_direction: 'desc' }),
  });
  const body = (await res.json()) as {
    data: {
      data: {
        order_code: string;
        tracking_number: string | null;
        is_fake: boolean;
        fulfill_by_mp: boolean;
      }[];
    };
  };
  const found = body.data.data
    .filter((o) => o.tracking_number && !o.is_fake && !o.fulfill_by_mp)
    .map((o) => ({ code: o.order_code, awb: o.tracking_number ?? '' }))
    .slice(0, count);
  if (found.length < count) throw new Error(`only ${found.length} ${status} orders with an AWB`);
  return found;
}

export interface RawOrder {
  status: string;
  returnBy: string | null;
  returnReason: string | null;
}

export function rawOrder(sb: RunningSandbox, tenant: Tenant, code: string): Promise<RawOrder> {
  return control<RawOrder>(sb, tenant, `/orders/${encodeURIComponent(code)}`);
}

/** A client with short timeouts, so a cut API answers quickly. */
export function quickClient(sb: RunningSandbox, tenant: Tenant): OrdersClient {
  return createOrdersClient({
    baseUrl: sb.apiOrigin,
    tenantId: tenant.id,
    apiKey: tenant.key,
    timeouts: { connectMs: 1_000, headersMs: 1_000, bodyMs: 1_000, deadlineMs: 2_000 },
    retry: { maxAttempts: 2, baseDelayMs: 20, maxDelayMs: 50 },
  });
}

export interface BenchRig {
  bench: ReturnsBench;
  outbox: Outbox;
  connectivity: Connectivity;
  slips: { file: string; orderCode: string }[];
  dataDir: string;
  close(): Promise<void>;
}

export async function openBench(api: OrdersClient, dataDir?: string): Promise<BenchRig> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'returns-bench-')));
  const connectivity = createConnectivity({
    probe: async () => {
      await api.listOrders({ page: 1, per_page: 1 });
    },
    backoff: { baseMs: 50, maxMs: 200 },
  });
  const outbox = await createOutbox({
    dir: join(dir, 'outbox'),
    api,
    connectivity,
    backoff: { baseMs: 50, maxMs: 200 },
  });
  const slips: { file: string; orderCode: string }[] = [];
  const bench = await openReturnsBench({
    dir: join(dir, 'returns'),
    api,
    outbox,
    connectivity,
    timeZone: () => 'Asia/Jakarta',
    printSlip: async (file, orderCode): Promise<PrintJob> => {
      slips.push({ file, orderCode });
      return { jobId: `REC-${slips.length}`, printer: 'RECORDER' };
    },
  });
  return {
    bench,
    outbox,
    connectivity,
    slips,
    dataDir: dir,
    async close() {
      await bench.close();
      await outbox.close();
      connectivity.close();
    },
  };
}
