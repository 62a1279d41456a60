// The pack flow's vocabulary shared by main (which runs the flow) and the renderer (which shows it):
// step events, the outcome a scan ends with, the tray, shift counters and work-queue status.
import type { ErrorInfo, FlowStep } from '../errors';
import type { OrderStatus, PickupOption } from '../orders';
import type { OrderView } from './order-view';

/** queued: the step is journaled in the durable outbox and will reach the API when it is reachable. */
export type StepState = 'running' | 'done' | 'queued' | 'failed' | 'skipped';

export interface StepEvent {
  orderCode: string;
  scanId: string;
  step: FlowStep;
  state: StepState;
  startedAt: string;
  durationMs?: number;
  error?: ErrorInfo;
  detail?: Record<string, unknown>;
  /**
   * The order as the Pack screen shows it, on the events that bring it on screen (resolve done, verify
   * running): the event carries it, so the screen never asks for it after being told.
   */
  order?: OrderView;
}

export type StopReason =
  | 'cancel_requested'
  | 'fulfill_by_mp'
  | 'fake'
  | 'cancelled'
  | 'returned'
  | 'not_ready'
  /** Every line of the order is cancelled (or has no quantity): there is nothing to put in the box. */
  | 'nothing_to_pack';

export interface CancellationInfo {
  cancelBy: string | null;
  cancelReason: string | null;
  cancelSlaAt: string | null;
}

/** Whether a label for a reprint is at hand: in the local cache, or fetchable from the API. */
export interface ReprintOffer {
  available: boolean;
  source: 'cache' | 'api' | null;
}

/** The OS accepted the job (spooled). */
export interface PrintJobRef {
  jobId: string;
  printer: string;
}

interface OutcomeBase {
  orderCode: string;
  scanId: string;
}

export type ScanOutcome =
  | (OutcomeBase & {
      kind: 'printed';
      job: PrintJobRef;
      fromTray: boolean;
      pickupOption: PickupOption | null;
      warning?: string;
    })
  | (OutcomeBase & {
      kind: 'stop';
      reason: StopReason;
      status: OrderStatus | null;
      cancellation?: CancellationInfo;
    })
  | (OutcomeBase & { kind: 'packed_elsewhere'; status: OrderStatus; reprint: ReprintOffer })
  | (OutcomeBase & { kind: 'already_printed'; printedAt: string; reprint: ReprintOffer })
  /**
   * The label waits in the labels-pending tray: a newer scan came first (superseded), the API could not
   * be reached (offline), or it answered set-packed with something unreadable (unreadable: `error` names
   * the step and the request id; the outcome is settled through tracking). The label is fetched later and
   * prints only on a re-scan or "print tray".
   */
  | (OutcomeBase & {
      kind: 'to_tray';
      reason?: 'offline' | 'superseded' | 'unreadable';
      error?: ErrorInfo;
    })
  /** Left before anything was packed (a newer scan, or "cancel current order"). */
  | (OutcomeBase & { kind: 'parked' })
  | (OutcomeBase & { kind: 'failed'; error: ErrorInfo });

/** The order in hand, as soon as it is resolved (before any step). */
export interface OrderEvent {
  scanId: string;
  order: OrderView;
  /** The order waits for its items to be scanned (verification on). */
  verify: boolean;
}

/** waiting_label: packed (or queued to be) offline, its label not fetched yet; ready: the label is cached. */
export type TrayEntryState = 'waiting_label' | 'ready';

export interface TrayEntry {
  orderCode: string;
  addedAt: string;
  /** Absent from hosts that predate offline scans: read as 'ready'. */
  state?: TrayEntryState;
}

export interface ShiftView {
  shiftStart: string;
  packed: number;
  perHour: number;
  avgSecondsPerOrder: number | null;
}

/** An order waiting to be packed, as the station's local list knows it (oldest first on the Pack screen). */
export interface ReadyOrderView {
  orderCode: string;
  createdAt: string;
  carrier: string | null;
  service: string | null;
}

export interface QueueStatusView {
  count: number;
  lastSyncAt: string | null;
  /**
   * Goes up with every change main reports. A snapshot read before an event can arrive after it (they
   * travel on different connections): the renderer keeps the higher revision.
   */
  revision: number;
  syncing: boolean;
  progress: { phase: string; done: number; total: number };
  lastError: ErrorInfo | null;
}

export type VerificationProblemView =
  | { kind: 'unknown_sku'; sku: string; counted: number }
  | { kind: 'over_count'; sku: string; expected: number; counted: number }
  | { kind: 'missing'; sku: string; expected: number; counted: number };

/** Main's re-check of the counts the renderer says it verified. */
export interface VerificationCheckView {
  accepted: boolean;
  complete: boolean;
  problems: VerificationProblemView[];
}
