// Orders a packer could scan straight through to a label: in the status asked, not fulfilled by the
// marketplace, not fake, with lines, and no open cancellation request (which would stop the scan).
import { controlReply, tenantHeaders, type RunningSandbox, type Tenant } from './sandbox';

/** Its code (the barcode) and numeric id (what the detail endpoint takes). */
export interface PackableOrder {
  code: string;
  id: number;
}

export interface PackableQuery {
  status?: string;
  /** Stop at this many; fewer throws. Without it: every packable order. */
  count?: number;
  /** Oldest first; default newest first (the API's own order). */
  oldestFirst?: boolean;
}

interface Listed {
  order_code: string;
  order_header_id: number;
  fulfill_by_mp: boolean;
  is_fake: boolean;
}

interface RawOrder {
  cancelRequestOpen: boolean;
  product_info: unknown[];
}

const PER_PAGE = 100;
const DETAIL_BATCH = 20;

async function listPage(sb: RunningSandbox, tenant: Tenant, query: PackableQuery, page: number) {
  const res = await fetch(`${sb.apiOrigin}/api/partner/v1/orders`, {
    method: 'POST',
    headers: tenantHeaders(tenant, true),
    body: JSON.stringify({
      page,
      per_page: PER_PAGE,
      status: query.status ?? 'to_process',
      sort_by: 'created_at',
      sort_direction: query.oldestFirst ? 'asc' : 'desc',
    }),
  });
  if (!res.ok) throw new Error(`listing orders for packable ones: HTTP ${res.status}`);
  return ((await res.json()) as { data: { data: Listed[]; total_page: number } }).data;
}

async function packable(sb: RunningSandbox, tenant: Tenant, o: Listed): Promise<boolean> {
  const raw = await controlReply<RawOrder>(sb, tenant, `/orders/${encodeURIComponent(o.order_code)}`);
  if (raw.status !== 200) throw new Error(`sandbox order ${o.order_code}: HTTP ${raw.status}`);
  return !raw.body.cancelRequestOpen && raw.body.product_info.length > 0;
}

export async function packableOrders(
  sb: RunningSandbox,
  tenant: Tenant,
  query: PackableQuery = {},
): Promise<PackableOrder[]> {
  const want = query.count ?? Infinity;
  const found: PackableOrder[] = [];
  for (let page = 1; found.length < want; page++) {
    const list = await listPage(sb, tenant, query, page);
    const candidates = list.data.filter((o) => !o.fulfill_by_mp && !o.is_fake);
    for (let i = 0; i < candidates.length && found.length < want; i += DETAIL_BATCH) {
      const batch = candidates.slice(i, i + DETAIL_BATCH);
      const ok = await Promise.all(batch.map((o) => packable(sb, tenant, o)));
      for (const [j, o] of batch.entries()) {
        if (ok[j] && found.length < want) found.push({ code: o.order_code, id: o.order_header_id });
      }
    }
    if (page >= list.total_page) break;
  }
  if (query.count !== undefined && found.length < query.count) {
    throw new Error(
      `only ${found.length} packable ${query.status ?? 'to_process'} orders, ${query.count} needed`,
    );
  }
  return found;
}

/** Just the codes. */
export async function packableCodes(sb: RunningSandbox, tenant: Tenant, query: PackableQuery = {}) {
  return (await packableOrders(sb, tenant, query)).map((o) => o.code);
}
