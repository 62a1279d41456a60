// Find anything: what a search by order code, AWB (tracking number) or marketplace reference answers.
import type { OrderStatus } from '../orders/status';

export type SearchField = 'order_code' | 'tracking_number' | 'reference';

export interface SearchHit {
  orderCode: string;
  orderId: number | null;
  status: OrderStatus | null;
  /** The API's display label, shown as given. */
  statusLabel: string;
  trackingNumber: string | null;
  reference: string | null;
  courier: string | null;
  createdAt: string | null;
  /** Which of the order's fields equals the query. */
  matched: SearchField;
  /** The station's work queue (open orders, works offline) or the Orders API. */
  source: 'queue' | 'api';
}

export interface SearchResult {
  query: string;
  hits: SearchHit[];
  /** The API part could not run (offline, refused): the queue's hits are still shown. */
  apiError: string | null;
  /** How far back the API was looked through (orders, newest first). */
  apiScanned: number;
}
