// Find an order by its code, its AWB (tracking number) or its marketplace reference: first in the work
// queue (open orders, answers offline), then in the Orders API. The API has no search, so a code is tried
// through tracking, and AWBs and references are looked for in the newest orders, page by page, bounded.
import type { SearchField, SearchHit, SearchResult } from '../../shared/search/types';
import { parseStatus, type OrderSummary } from '../../shared/orders';
import type { OrdersApi } from '../api/types';
import { isApiError } from '../api/errors';
import type { CachedOrder } from '../workqueue/types';

export interface SearchDeps {
  api: () => Pick<OrdersApi, 'listOrders' | 'track'>;
  queue: { list(): CachedOrder[] };
  /** Newest orders looked through in the API (pages of 100); default 500. */
  apiDepth?: number;
}

export interface OrderSearch {
  find(query: string, options?: { queueOnly?: boolean }): Promise<SearchResult>;
  /** The one order an AWB belongs to (queue first, then the API); null when none or ambiguous. */
  orderForTracking(awb: string): Promise<SearchHit | null>;
}

const same = (a: string | null | undefined, q: string): boolean =>
  typeof a === 'string' && a.trim().toUpperCase() === q;

function matchOf(s: OrderSummary, tracking: string | null, q: string): SearchField | null {
  if (same(s.order_code, q)) return 'order_code';
  if (same(tracking ?? s.tracking_number, q) || same(s.tracking_number, q)) return 'tracking_number';
  if (same(s.order_reference_id, q)) return 'reference';
  return null;
}

function hitOf(
  s: OrderSummary,
  matched: SearchField,
  source: SearchHit['source'],
  tracking?: string | null,
): SearchHit {
  return {
    orderCode: s.order_code,
    orderId: s.order_header_id,
    status: parseStatus(s.internal_status),
    statusLabel: s.internal_status,
    trackingNumber: tracking ?? s.tracking_number,
    reference: s.order_reference_id,
    courier: s.logistic_carrier,
    createdAt: s.created_at,
    matched,
    source,
  };
}

export function createOrderSearch(deps: SearchDeps): OrderSearch {
  const depth = deps.apiDepth ?? 500;

  function inQueue(q: string): SearchHit[] {
    const hits: SearchHit[] = [];
    for (const o of deps.queue.list()) {
      const tracking = o.detail?.shipping_info.tracking_number ?? null;
      const matched = matchOf(o.summary, tracking, q);
      if (matched) {
        const hit = hitOf(o.summary, matched, 'queue', tracking ?? o.summary.tracking_number);
        hits.push(o.status ? { ...hit, status: o.status } : hit);
      }
    }
    return hits;
  }

  async function inApi(q: string, known: Set<string>): Promise<{ hits: SearchHit[]; scanned: number }> {
    const api = deps.api();
    const hits: SearchHit[] = [];
    let scanned = 0;
    for (let page = 1; scanned < depth; page++) {
      const res = await api.listOrders({
        page,
        per_page: 100,
        status: 'All',
        sort_by: 'created_at',
        sort_direction: 'desc',
      });
      scanned += res.data.length;
      for (const s of res.data) {
        const matched = matchOf(s, null, q);
        if (matched && !known.has(s.order_code)) {
          known.add(s.order_code);
          hits.push(hitOf(s, matched, 'api'));
        }
      }
      if (page >= Number(res.total_page) || res.data.length === 0) break;
    }
    // An order older than the pages looked through is still found by its code.
    if (!hits.length && !known.size) {
      const t = await api.track(q).catch((err: unknown) => {
        if (isApiError(err) && err.kind === 'not_found') return null;
        throw err;
      });
      if (t)
        hits.push({
          orderCode: t.order_code,
          orderId: null,
          status: parseStatus(t.order_status),
          statusLabel: t.order_status,
          trackingNumber: t.tracking_number,
          reference: t.order_reference_id,
          courier: t.courier,
          createdAt: null,
          matched: 'order_code',
          source: 'api',
        });
    }
    return { hits, scanned };
  }

  async function find(query: string, options: { queueOnly?: boolean } = {}): Promise<SearchResult> {
    const q = query.trim().toUpperCase();
    const hits = inQueue(q);
    if (options.queueOnly) return { query, hits, apiError: null, apiScanned: 0 };
    try {
      const api = await inApi(q, new Set(hits.map((h) => h.orderCode)));
      return { query, hits: [...hits, ...api.hits], apiError: null, apiScanned: api.scanned };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      return { query, hits, apiError: message, apiScanned: 0 };
    }
  }

  return {
    find,
    async orderForTracking(awb) {
      const q = awb.trim().toUpperCase();
      const local = inQueue(q).filter((h) => h.matched === 'tracking_number');
      if (local.length === 1) return local[0];
      const all = (await find(awb)).hits.filter((h) => h.matched === 'tracking_number');
      return all.length === 1 ? all[0] : null;
    },
  };
}
