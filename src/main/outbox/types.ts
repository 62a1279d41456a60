// The durable outbox for the packing flow's writes (issue: offline). An action is journaled and fsync'd
// before anyone may call it "queued"; it is then sent at once when online, replayed in order per order,
// and an attempt whose outcome is unknown is settled by asking tracking before sending again.
import type { ErrorInfo } from '../../shared/errors';
import type { PickupOption, ReturnReason } from '../../shared/orders/options';
import type { PackerRef } from '../../shared/people';
import type { RetryAllFilter } from '../../shared/outbox/retry-all';
import type {
  ConnectivityView,
  OutboxActionKind,
  OutboxEntryView,
  OutboxSummary,
} from '../../shared/outbox/types';

export interface OutboxActionInput {
  orderCode: string;
  kind: OutboxActionKind;
  /** Required for set_packed and set_process_packed. */
  pickupOption?: PickupOption;
  /** Required for return: the API's `return_by` and a non-empty `return_reason`. */
  returnBy?: ReturnReason;
  returnReason?: string;
  /** The scan that made it (for step events and logs). */
  scanId?: string;
  /** Who was packing when it was made. */
  packer?: PackerRef;
}

export type SubmitResult =
  /** The API accepted it now, or tracking showed this station's step already done. */
  | { state: 'done'; id: string; requestId: string | null; via: 'sent' | 'already_done' }
  /** Durable on disk; will be replayed when the API is reachable. `reason` says why it waits. */
  | { state: 'queued'; id: string; reason: ErrorInfo | null }
  /** A 4xx problem (kept in the failed list for retry/discard), or the order moved elsewhere. */
  | { state: 'failed' | 'stopped'; id: string; error: ErrorInfo };

export interface OutboxEvent {
  entry: OutboxEntryView;
}

export interface Outbox {
  /**
   * Journals the action (durable before this resolves in any state), then, if nothing earlier of the
   * same order is pending and the API is reachable, sends it and waits for that attempt. Never throws
   * for API failures: they are results.
   */
  submit(action: OutboxActionInput): Promise<SubmitResult>;
  /** Journals the action and returns once durable; sending happens in the background. */
  enqueue(action: OutboxActionInput): Promise<{ id: string }>;
  list(): OutboxEntryView[];
  summary(): OutboxSummary;
  /** The pending (queued/sending/failed) actions of one order, oldest first. */
  pendingFor(orderCode: string): OutboxEntryView[];
  /** A failed action sent again, by the operator. */
  retry(id: string): Promise<SubmitResult>;
  /**
   * Every failed action (or those of one error kind) sent again, in their original order; actions of an
   * order that changed elsewhere (stopped) are not. Resolves once durable; sending goes on by itself.
   */
  retryAll(filter?: RetryAllFilter): Promise<{ retried: number }>;
  /** A failed or stopped action dropped by the operator, with a reason (journaled). */
  discard(id: string, reason: string): Promise<void>;
  /** Every state change of an entry (UI counts, the flow waiting for set_packed to fetch a label). */
  onChange(listener: (event: OutboxEvent) => void): () => void;
  /** Resolves when nothing is queued or sending (tests, shutdown), or rejects after timeoutMs. */
  drained(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface Connectivity {
  current(): ConnectivityView;
  /** Called by senders: a network/timeout/5xx failure marks offline; a success marks online. */
  reportFailure(error: ErrorInfo): void;
  reportSuccess(): void;
  /** Probes now (with backoff while offline); resolves to the new state. */
  probe(): Promise<ConnectivityView>;
  onChange(listener: (view: ConnectivityView) => void): () => void;
  close(): void;
}
