// The pack flow's vocabulary: settings it reads, events it emits, outcomes a scan ends with, and the
// narrow printing boundary it needs (the print service and label cache implement it in production).
import type { ErrorInfo, FlowStep } from '../../shared/errors';
import type { OrderStatus, PickupOption } from '../../shared/orders';
import type { PrintJob } from '../printing/types';

/** off: no item check; on: items are scanned but the packer may finish early; required: every line. */
export type VerificationMode = 'off' | 'on' | 'required';

export interface StationFlowSettings {
  verification: VerificationMode;
  /** Ship only after the printed label's tracking barcode is scanned on the box. */
  confirmLabel: boolean;
  pickupOption: PickupOption;
}

export type StepState = 'running' | 'done' | 'failed' | 'skipped';

export interface StepEvent {
  orderCode: string;
  scanId: string;
  step: FlowStep;
  state: StepState;
  startedAt: string;
  durationMs?: number;
  error?: ErrorInfo;
  detail?: Record<string, unknown>;
}

export type StopReason =
  'cancel_requested' | 'fulfill_by_mp' | 'fake' | 'cancelled' | 'returned' | 'not_ready';

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

interface OutcomeBase {
  orderCode: string;
  scanId: string;
}

export type ScanOutcome =
  | (OutcomeBase & { kind: 'printed'; job: PrintJob; fromTray: boolean; pickupOption: PickupOption | null })
  | (OutcomeBase & {
      kind: 'stop';
      reason: StopReason;
      status: OrderStatus | null;
      cancellation?: CancellationInfo;
    })
  | (OutcomeBase & { kind: 'packed_elsewhere'; status: OrderStatus; reprint: ReprintOffer })
  | (OutcomeBase & { kind: 'already_printed'; printedAt: string; reprint: ReprintOffer })
  /** A newer scan came first: the label waits in the labels-pending tray. */
  | (OutcomeBase & { kind: 'to_tray' })
  /** Left before anything was packed (a newer scan, or "cancel current order"). */
  | (OutcomeBase & { kind: 'parked' })
  | (OutcomeBase & { kind: 'failed'; error: ErrorInfo });

/** What the flow needs from printing: submit a PDF, resolve once the OS accepted the job. */
export interface LabelPrinter {
  print(req: { orderCode: string; file: string; kind: 'label' | 'separator' }): Promise<PrintJob>;
}

/** The local label cache: keeps one PDF per order for reprints. */
export interface LabelCache {
  put(orderCode: string, file: string): Promise<string> | string;
  get(orderCode: string): Promise<string | null> | string | null;
}
