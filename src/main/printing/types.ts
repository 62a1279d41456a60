// What the station needs from a printer, whatever the OS. Drivers (CUPS `lp`, Windows pdf-to-printer)
// implement PrinterDriver; the print service adds media checks, job following and the label cache.

/** Label media the bench can be set to. Sent as the job's media; scaling stays off unless asked. */
export const LABEL_MEDIA = ['4x6in', '100x150mm', 'A6', 'A4'] as const;
export type LabelMedia = (typeof LABEL_MEDIA)[number];

export interface PrinterInfo {
  name: string;
  isDefault: boolean;
  /** Human words from the OS: "idle", "disabled since …", "media-empty". */
  state: 'idle' | 'printing' | 'paused' | 'unknown';
  detail?: string;
}

export interface PrintRequest {
  /** Path of a PDF on disk. */
  file: string;
  printer: string;
  media: LabelMedia;
  /** Fit-to-page only when the operator chose it; true size otherwise. */
  fitToPage?: boolean;
  /** Job title, e.g. "label ORD123". */
  title: string;
  copies?: number;
}

/** The OS accepted the job (spooled). Windows cannot tell more than this. */
export interface PrintJob {
  jobId: string;
  printer: string;
}

export type JobState =
  | { state: 'pending' | 'processing' }
  | { state: 'completed' }
  | { state: 'failed' | 'held' | 'stopped'; reason: string }
  | { state: 'unknown'; reason: string };

export interface PrinterDriver {
  readonly platform: 'cups' | 'windows';
  listPrinters(): Promise<PrinterInfo[]>;
  defaultPrinter(): Promise<string | null>;
  /**
   * A job for this printer is coming soon: start the queue check submit would make, so submit reuses
   * it instead of waiting for it (CUPS). Never throws; a problem is reported by submit.
   */
  prepare?(printer: string): void;
  /** Submits the job; resolves once the OS accepted it (job id), rejects with a PrinterError. */
  submit(req: PrintRequest): Promise<PrintJob>;
  /** Current state of a submitted job. Windows answers 'unknown' (spooled is all it reports). */
  jobState(job: PrintJob): Promise<JobState>;
}
