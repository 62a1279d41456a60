// The pack flow's vocabulary: settings it reads, events it emits, outcomes a scan ends with, and the
// narrow printing boundary it needs (the print service and label cache implement it in production).
import type { PickupOption } from '../../shared/orders';
import type { PrintJob } from '../printing/types';

/** off: no item check; on: items are scanned but the packer may finish early; required: every line. */
export type VerificationMode = 'off' | 'on' | 'required';

export interface StationFlowSettings {
  verification: VerificationMode;
  /** Ship only after the printed label's tracking barcode is scanned on the box. */
  confirmLabel: boolean;
  pickupOption: PickupOption;
}

// One vocabulary with the renderer: the shared file is the source of truth, main only re-exports it.
export type {
  CancellationInfo,
  ReprintOffer,
  ScanOutcome,
  StepEvent,
  StepState,
  StopReason,
  TrayEntryState,
} from '../../shared/station/flow';

/** What the flow needs from printing: submit a PDF, resolve once the OS accepted the job. */
export interface LabelPrinter {
  /** A label is likely to print soon: start the printer check ahead, off the scan's path (never throws). */
  prepare?(): void;
  print(req: { orderCode: string; file: string; kind: 'label' | 'separator' }): Promise<PrintJob>;
}

/** The local label cache: keeps one PDF per order for reprints. */
export interface LabelCache {
  put(orderCode: string, file: string): Promise<string> | string;
  /** Moves a fresh download in (no copy); without it the flow puts a copy and deletes the download. */
  adopt?(orderCode: string, file: string): Promise<string>;
  get(orderCode: string): Promise<string | null> | string | null;
}
