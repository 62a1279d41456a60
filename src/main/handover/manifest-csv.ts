// The manifest as CSV for the courier's or the office's spreadsheet: one row per box.
import type { HandoverOrder } from '../../shared/handover/types';

const HEADER = ['courier', 'pickup_option', 'date', 'awb', 'order_code', 'shipped_at'];

/** RFC 4180 quoting; a cell starting with = + - @ is prefixed with ' so a spreadsheet never runs it. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function manifestCsv(info: {
  courier: string;
  pickupOption: string | null;
  dateText: string;
  orders: HandoverOrder[];
}): string {
  const rows = info.orders.map((o) => [
    info.courier,
    info.pickupOption ?? '',
    info.dateText,
    o.trackingNumber ?? '',
    o.orderCode,
    o.shippedAt,
  ]);
  return [HEADER, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
