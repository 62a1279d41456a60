// Lists every open order (to_process, process, packed) through the list endpoint: page 1 of each status
// first (it tells how many pages there are), then the remaining pages at bounded concurrency.
import type { OrdersApi } from '../api/types';
import { OPEN_STATUSES, type OrderStatus, type OrderSummary } from '../../shared/orders';
import { mapBounded } from './bounded-map';

export const PER_PAGE = 100;

export interface ListProgress {
  done: number;
  total: number;
}

export async function listOpenOrders(
  api: Pick<OrdersApi, 'listOrders'>,
  opts: { concurrency: number; signal?: AbortSignal; onPage?: (p: ListProgress) => void },
): Promise<Map<string, OrderSummary>> {
  const byCode = new Map<string, OrderSummary>();
  let done = 0;
  let total: number = OPEN_STATUSES.length;

  const fetchPage = async (status: OrderStatus, page: number) => {
    // Oldest first: orders created during the sync land on the last page instead of shifting earlier ones.
    const result = await api.listOrders(
      { status, page, per_page: PER_PAGE, sort_by: 'created_at', sort_direction: 'asc' },
      { signal: opts.signal },
    );
    for (const row of result.data) keepNewest(byCode, row);
    done++;
    opts.onPage?.({ done, total });
    return result;
  };

  const firsts = await mapBounded(OPEN_STATUSES, opts.concurrency, (status) => fetchPage(status, 1));
  const rest: Array<{ status: OrderStatus; page: number }> = [];
  firsts.forEach((first, i) => {
    for (let page = 2; page <= first.total_page; page++) rest.push({ status: OPEN_STATUSES[i], page });
  });
  total += rest.length;
  await mapBounded(rest, opts.concurrency, ({ status, page }) => fetchPage(status, page));
  return byCode;
}

/** An order that moved status during the sync can show up in two lists: the later update wins. */
function keepNewest(byCode: Map<string, OrderSummary>, row: OrderSummary): void {
  const seen = byCode.get(row.order_code);
  if (!seen || Date.parse(row.updated_at) >= Date.parse(seen.updated_at)) byCode.set(row.order_code, row);
}
