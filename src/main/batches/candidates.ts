// Which To Process orders a batch may be made of. The preview lists EVERY matching order (all pages, not
// the screen's page), oldest first, so "select all matching" means all of them. Screening is main's own
// check at start: the renderer's list is never trusted for what may be packed.
import type { BatchCandidate, BatchFilter, BatchPreview } from '../../shared/batches/types';
import type { OrderSummary } from '../../shared/orders/schemas';
import type { OrdersApi } from '../api/types';
import { toErrorInfo } from '../errors/error-info';
import { mapPool } from './pool';

const PER_PAGE = 100;
/** Most To Process orders one preview reads (20 pages). */
export const PREVIEW_MAX_PAGES = 20;

export async function listToProcess(
  api: OrdersApi,
  range: Pick<BatchFilter, 'createdFrom' | 'createdTo'> = {},
): Promise<{ orders: OrderSummary[]; truncated: boolean }> {
  const orders: OrderSummary[] = [];
  for (let page = 1; page <= PREVIEW_MAX_PAGES; page++) {
    const res = await api.listOrders({
      page,
      per_page: PER_PAGE,
      status: 'to_process',
      sort_by: 'created_at',
      sort_direction: 'asc',
      ...(range.createdFrom ? { created_from: range.createdFrom } : {}),
      ...(range.createdTo ? { created_to: range.createdTo } : {}),
    });
    orders.push(...res.data);
    if (page >= res.total_page) return { orders, truncated: false };
  }
  return { orders, truncated: true };
}

function candidate(o: OrderSummary): BatchCandidate {
  return {
    orderCode: o.order_code,
    orderId: o.order_header_id,
    courier: o.logistic_provider_name,
    channel: o.store_platform,
    delivery: o.delivery,
    createdAt: o.created_at,
    isFake: o.is_fake,
    fulfillByMp: o.fulfill_by_mp,
  };
}

const distinct = (values: (string | null)[]): string[] =>
  [...new Set(values.filter((v): v is string => !!v))].sort((a, b) => a.localeCompare(b));

export async function previewBatch(api: OrdersApi, filter: BatchFilter): Promise<BatchPreview> {
  const { orders, truncated } = await listToProcess(api, filter);
  const all = orders.map(candidate);
  const matching = all.filter(
    (o) =>
      (!filter.courier || o.courier === filter.courier) &&
      (!filter.channel || o.channel === filter.channel) &&
      (!filter.delivery || o.delivery === filter.delivery),
  );
  return {
    orders: matching,
    couriers: distinct(all.map((o) => o.courier)),
    channels: distinct(all.map((o) => o.channel)),
    deliveries: distinct(all.map((o) => o.delivery)),
    truncated,
  };
}

export interface Screened {
  code: string;
  orderId: number | null;
  /** Why main will not send it; null = it may be sent. */
  refusal: { reason: string; requestId: string | null } | null;
}

/**
 * Main's own refusals, per order, in the supervisor's order: not To Process (any more), fake, fulfilled by
 * the marketplace, or with an open cancellation request (read from the detail, which the list lacks).
 */
export async function screenOrders(api: OrdersApi, codes: readonly string[]): Promise<Screened[]> {
  const { orders } = await listToProcess(api);
  const byCode = new Map(orders.map((o) => [o.order_code, o]));
  return mapPool(codes, 4, async (code): Promise<Screened> => {
    const o = byCode.get(code);
    const refuse = (reason: string, requestId: string | null = null): Screened => ({
      code,
      orderId: o?.order_header_id ?? null,
      refusal: { reason, requestId },
    });
    if (!o) return refuse(`${code} is not To Process (any more): it was not sent.`);
    if (o.is_fake) return refuse(`${code} is a fake order (is_fake): fake orders are never packed.`);
    if (o.fulfill_by_mp)
      return refuse(`${code} is fulfilled by the marketplace (fulfill_by_mp): the marketplace ships it.`);
    try {
      const d = await api.getOrderDetail(o.order_header_id);
      if (d.fulfill_by_mp)
        return refuse(`${code} is fulfilled by the marketplace (fulfill_by_mp): the marketplace ships it.`);
      if (d.cancel_by || d.cancel_reason || d.cancel_sla_at)
        return refuse(
          `${code} has an open cancellation request (${d.cancel_reason ?? d.cancel_by ?? 'no reason given'}): approve or reject it first.`,
        );
    } catch (err) {
      const info = toErrorInfo(err, 'set_packed');
      return refuse(`${code} could not be checked before packing: ${info.message}`, info.requestId);
    }
    return { code, orderId: o.order_header_id, refusal: null };
  });
}
