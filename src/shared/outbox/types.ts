// The outbox as the screens see it: what is queued, what failed, and whether the API is reachable.
import type { ErrorInfo } from '../errors';
import type { PickupOption, ReturnReason } from '../orders/options';
import type { PackerRef } from '../people';

/** The bench's writes that may wait for the network (supervisor writes never do). */
export const OUTBOX_ACTION_KINDS = [
  'set_process',
  'set_packed',
  'set_process_packed',
  'mark_printed',
  'ship',
  /** A parcel that came back, recorded at the returns bench (shipped or completed → returned). */
  'return',
] as const;
export type OutboxActionKind = (typeof OUTBOX_ACTION_KINDS)[number];

/**
 * queued: on disk, waiting to be sent (or between attempts); sending: an attempt is in flight;
 * done: the API accepted it, or showed it already done by this station; failed: a 4xx the operator must
 * retry or discard; stopped: the order moved elsewhere (cancelled, packed at another station);
 * discarded: the operator dropped it, with a reason.
 */
export type OutboxEntryState = 'queued' | 'sending' | 'done' | 'failed' | 'stopped' | 'discarded';

export interface OutboxEntryView {
  id: string;
  orderCode: string;
  kind: OutboxActionKind;
  pickupOption?: PickupOption;
  /** Who was packing when the action was made. */
  packer?: PackerRef;
  /** A return's `return_by`. */
  returnBy?: ReturnReason;
  /** The scan (or returns-bench record) that made it. */
  scanId?: string;
  state: OutboxEntryState;
  createdAt: string;
  attempts: number;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  /** The last error, with the API's request_id when there was one. */
  lastError: ErrorInfo | null;
  /** How it ended: 'sent', 'already done (seen in tracking)', 'order is Cancelled', the discard reason. */
  note: string | null;
  requestId: string | null;
}

export interface OutboxSummary {
  queued: number;
  failed: number;
  stopped: number;
  /** Creation time of the oldest action still waiting, for "oldest: 4 min". */
  oldestQueuedAt: string | null;
}

export interface ConnectivityView {
  online: boolean;
  /** When the current state began. */
  since: string;
  lastCheckAt: string | null;
  /** Why the API counts as unreachable (network, timeout, 5xx), in words. */
  lastError: ErrorInfo | null;
}

/** The outbox counts with the API's reachability: what the top bar shows at all times. */
export interface OutboxStatusView extends OutboxSummary {
  connectivity: ConnectivityView;
  /** Goes up with every outbox or reachability change: the renderer keeps the higher (as QueueStatusView). */
  revision: number;
}
