// What the work queue keeps per open order and what it reports while syncing.
import type { ErrorInfo } from '../../shared/errors';
import type { OrderDetail, OrderStatus, OrderSummary } from '../../shared/orders';

export interface CachedOrder {
  orderCode: string;
  orderId: number;
  /** Canonical status, from the freshest of summary, detail or a step this station just did. */
  status: OrderStatus | null;
  summary: OrderSummary;
  detail: OrderDetail | null;
  /** The summary `updated_at` the detail was fetched for: a different value means it is stale. */
  detailFor: string | null;
}

export type SyncPhase = 'idle' | 'listing' | 'details';

export interface SyncProgress {
  phase: SyncPhase;
  done: number;
  total: number;
}

export interface SyncResult {
  /** Open orders listed by the server in this sync. */
  listed: number;
  detailsFetched: number;
  dropped: number;
  finishedAt: string;
}

export type WorkQueueEvent =
  | { type: 'progress'; progress: SyncProgress }
  | { type: 'synced'; lastSyncAt: string; result: SyncResult; count: number }
  | { type: 'sync_failed'; error: ErrorInfo }
  /** The sync is done but its orders could not be written for the next start (disk full, say). */
  | { type: 'save_failed'; error: ErrorInfo };

export interface WorkQueueStatus {
  count: number;
  lastSyncAt: string | null;
  progress: SyncProgress;
  syncing: boolean;
}
