// A bulk-pack batch as the screen sees it: each order's way from "chosen" to "shipped", the counts for the
// progress bar, and the batch's one label job. Main owns the truth (its journal); these are views of it.
import type { PickupOption } from '../orders/options';

/** Where one order of a batch stands; every end state other than `packed` carries words (reason). */
export type BatchOrderState =
  /** Chosen, not sent yet. */
  | 'waiting'
  /** Main refused it before sending (fake, marketplace-fulfilled, cancellation requested, moved on). */
  | 'refused'
  /** set-process-packed answered 200; the asynchronous outcome is being confirmed. */
  | 'sent'
  /** Confirmed Packed by tracking. */
  | 'packed'
  /** The API refused it (409) or the asynchronous packing ended elsewhere (cancelled, moved on). */
  | 'failed'
  /** Not confirmed within the time limit, or the send's answer was lost: someone must check it. */
  | 'unknown';

export interface BatchOrderView {
  orderCode: string;
  state: BatchOrderState;
  /** Why it is not packed (or what to check), in words. */
  reason: string | null;
  /** The request_id of its set-process-packed (or of the refusal). */
  requestId: string | null;
  trackingNumber: string | null;
  /** Its label: fetched into the batch job, failed to fetch (left out), or not yet. */
  label: 'none' | 'ok' | 'failed';
  labelReason: string | null;
  /** Marked printed and shipped after the job was accepted. */
  shipped: boolean;
  shipError: string | null;
}

export type BatchPhase =
  | 'screening'
  | 'sending'
  | 'confirming'
  | 'labels'
  | 'printing'
  | 'shipping'
  | 'done'
  /** The print job's fate is unknown (a restart cut it): nothing is printed again unless asked. */
  | 'print_unknown'
  /** The label job was refused by the printer: fix it and print again on purpose. */
  | 'print_failed';

export interface BatchCounts {
  total: number;
  /** Orders whose send-and-confirm is over (any end state). */
  settled: number;
  refused: number;
  sent: number;
  packed: number;
  failed: number;
  unknown: number;
  labels: number;
  labelsFailed: number;
  shipped: number;
}

export interface BatchJobView {
  jobId: string;
  printer: string;
  pages: number;
  /** Order codes whose labels are in the job, in page order. */
  orderCodes: string[];
  at: string;
}

export interface BatchView {
  id: string;
  createdAt: string;
  pickupOption: PickupOption;
  phase: BatchPhase;
  /** How long an order's asynchronous outcome is awaited after the last send (ms). */
  confirmTimeoutMs: number;
  counts: BatchCounts;
  orders: BatchOrderView[];
  job: BatchJobView | null;
  /** Why the label job did not print, in words. */
  printProblem: string | null;
  /** Why the run stopped before its end (the API unreachable…): resume it once that is fixed. */
  stopReason: string | null;
  revision: number;
}

/** The supervisor's filter for choosing To Process orders. */
export interface BatchFilter {
  courier?: string;
  channel?: string;
  /** The delivery lane (REGULER, EXPRESS…), which decides the pickup run. */
  delivery?: string;
  /** ISO times (the station's day bounds). */
  createdFrom?: string;
  createdTo?: string;
}

export interface BatchCandidate {
  orderCode: string;
  orderId: number;
  courier: string | null;
  channel: string | null;
  delivery: string | null;
  createdAt: string;
  isFake: boolean;
  fulfillByMp: boolean;
}

export interface BatchPreview {
  /** Every To Process order matching the filter, oldest first (the order the labels print in). */
  orders: BatchCandidate[];
  /** The choices the filters offer, from all To Process orders. */
  couriers: string[];
  channels: string[];
  deliveries: string[];
  /** More To Process orders exist than one preview reads. */
  truncated: boolean;
}

export interface BatchSummary {
  id: string;
  createdAt: string;
  phase: BatchPhase;
  total: number;
  packed: number;
  jobId: string | null;
}

export const BATCH_MAX_ORDERS = 500;
