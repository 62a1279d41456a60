// The list's filter as the screen holds it, and how it becomes the list channel's query. Dates are whole
// days in the station's time zone, sent as ISO times with that zone's offset.
import type { SortDirection, SortField } from '../../../shared/orders/options';
import type { ListOrdersQuery } from '../../../shared/orders/requests';
import type { OrderStatusFilter } from '../../../shared/orders/status';

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export interface OrdersFilter {
  status: OrderStatusFilter;
  sortBy: SortField;
  sortDirection: SortDirection;
  /** yyyy-mm-dd as a date input gives it, or '' for no bound. */
  from: string;
  to: string;
  perPage: PageSize;
  page: number;
}

export const DEFAULT_FILTER: OrdersFilter = {
  status: 'All',
  sortBy: 'created_at',
  sortDirection: 'desc',
  from: '',
  to: '',
  perPage: 25,
  page: 1,
};

/** The zone's UTC offset ("+07:00") on the given day. */
export function zoneOffset(zone: string, at: Date): string {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  return m ? `${m[1]}:${m[2] ?? '00'}` : '+00:00';
}

function dayBound(day: string, time: string, zone: string): string {
  return `${day}T${time}${zoneOffset(zone, new Date(`${day}T12:00:00Z`))}`;
}

export function toListQuery(filter: OrdersFilter, zone: string): ListOrdersQuery {
  const query: ListOrdersQuery = {
    page: filter.page,
    per_page: filter.perPage,
    status: filter.status,
    sort_by: filter.sortBy,
    sort_direction: filter.sortDirection,
  };
  if (filter.from) query.created_from = dayBound(filter.from, '00:00:00', zone);
  if (filter.to) query.created_to = dayBound(filter.to, '23:59:59', zone);
  return query;
}
