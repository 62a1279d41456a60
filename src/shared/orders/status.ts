// Order statuses (design.md §1 row 5). The API speaks snake_case canonical values in requests and
// display labels in `internal_status`; the station branches only on canonical values.

export const ORDER_STATUSES = [
  'pending',
  'to_process',
  'process',
  'packed',
  'shipped',
  'completed',
  'cancelled',
  'returned',
] as const;

export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Filter value for the list endpoint: a status, or every status. */
export type OrderStatusFilter = OrderStatus | 'All';

export const STATUS_LABELS: Record<OrderStatus, string> = {
  pending: 'Pending',
  to_process: 'To Process',
  process: 'In Process',
  packed: 'Packed',
  shipped: 'Shipped',
  completed: 'Completed',
  cancelled: 'Cancelled',
  returned: 'Returned',
};

/** Statuses the packing bench works on: the work queue keeps exactly these. */
export const OPEN_STATUSES: readonly OrderStatus[] = ['to_process', 'process', 'packed'];

const byNormalised = new Map<string, OrderStatus>();
for (const status of ORDER_STATUSES) {
  byNormalised.set(normalise(status), status);
  byNormalised.set(normalise(STATUS_LABELS[status]), status);
}
// Spellings seen in the wild for the same states.
byNormalised.set('inprocess', 'process');
byNormalised.set('processing', 'process');
byNormalised.set('canceled', 'cancelled');

function normalise(value: string): string {
  return value.toLowerCase().replace(/[\s_-]+/g, '');
}

/** Canonical status for a canonical value or a display label (case-insensitive), or null if unknown. */
export function parseStatus(value: string | null | undefined): OrderStatus | null {
  if (!value) return null;
  return byNormalised.get(normalise(value)) ?? null;
}

export function statusLabel(status: OrderStatus): string {
  return STATUS_LABELS[status];
}

/** Position along the happy path; cancelled/returned sit outside it (-1). */
export function statusRank(status: OrderStatus): number {
  const path: OrderStatus[] = ['pending', 'to_process', 'process', 'packed', 'shipped', 'completed'];
  return path.indexOf(status);
}
