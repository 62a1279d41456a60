// The shift report: per packer and for the whole bench, in the station's time zone and shift boundaries.
import type { PackerRef } from '../people';

/** One row: a packer, or the bench (packer null) summing every order of the shift. */
export interface ReportRow {
  packer: PackerRef | null;
  ordersPacked: number;
  ordersPerHour: number;
  /** Scan to label accepted, seconds; null when no order of the row was timed. */
  medianSeconds: number | null;
  p90Seconds: number | null;
  /** Stops by reason (cancelled, packed_elsewhere, ...). */
  stops: Record<string, number>;
  /** Failed scans by error kind (network, printer, ...). */
  errors: Record<string, number>;
  reprints: number;
  /** Labels printed per courier (logistic provider). */
  labelsByCourier: Record<string, number>;
  returns: number;
}

export interface SlowStep {
  orderCode: string;
  step: string;
  ms: number;
  packer: PackerRef | null;
}

export interface ShiftWindow {
  /** ISO instants: [start, end). */
  start: string;
  end: string;
  timeZone: string;
}

export interface ShiftReport {
  shift: ShiftWindow;
  /** The bench first, then each packer by name (orders packed without a packer: packer id "-"). */
  rows: ReportRow[];
  slowestSteps: SlowStep[];
  /** The current shift is still running: per hour counts the time so far. */
  running: boolean;
}

export interface ShiftSummary extends ShiftWindow {
  ordersPacked: number;
}

/** Columns of the CSV, in order (report-csv.ts writes and reads them). */
export const REPORT_CSV_COLUMNS = [
  'shift_start',
  'shift_end',
  'time_zone',
  'packer_id',
  'packer_name',
  'orders_packed',
  'orders_per_hour',
  'median_seconds',
  'p90_seconds',
  'stops',
  'errors',
  'reprints',
  'labels_by_courier',
  'returns',
] as const;
