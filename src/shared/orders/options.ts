// Enumerations the API takes in request bodies (design.md §1 rows 6 and 9).

/** Courier pickup slot: latest, middle or earliest (orders-api.md §15's table is the right one). */
export const PICKUP_OPTIONS = ['LATE_PICKUP', 'MID_PICKUP', 'EARLY_PICKUP'] as const;
export type PickupOption = (typeof PICKUP_OPTIONS)[number];

export const CANCEL_REASONS = [
  'customer_request',
  'out_of_stock',
  'payment_failed',
  'fraud_detected',
  'duplicate_order',
  'other',
] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];

export const RETURN_REASONS = [
  'customer_request',
  'damaged',
  'wrong_item',
  'courier_failed',
  'other',
] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

export const PAYMENT_METHOD_TYPES = ['COD', 'NON COD'] as const;
export type PaymentMethodType = (typeof PAYMENT_METHOD_TYPES)[number];

export const SORT_FIELDS = ['created_at', 'status'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** Next pickup option in the cycle; the "next pickup option" command barcode walks it. */
export function nextPickupOption(current: PickupOption): PickupOption {
  const i = PICKUP_OPTIONS.indexOf(current);
  return PICKUP_OPTIONS[(i + 1) % PICKUP_OPTIONS.length];
}
