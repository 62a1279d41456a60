// The pack flow and what the host needs to wire it: the flow, the printing adapter, the pure parts the
// screen may reuse (stops, item checks, shift counters). Its writes go through the outbox it is given.
export { PackFlow, type PackFlowOptions } from './pack-flow';
export { printServicePrinter, type PrintServicePrinterOptions } from './print-service-printer';
export type { FlowApi, OrderSource } from './flow-deps';
export type {
  CancellationInfo,
  LabelCache,
  LabelPrinter,
  ReprintOffer,
  ScanOutcome,
  StationFlowSettings,
  StepEvent,
  StepState,
  StopReason,
  TrayEntryState,
  VerificationMode,
} from './types';
export type { TrayItem } from './tray';
export type { TrayPrintResult } from './tray-print';
export {
  checkVerification,
  expectedLines,
  type VerificationCheck,
  type VerificationProblem,
} from './verification';
export {
  DEFAULT_SHIFT_CONFIG,
  shiftCounters,
  shiftStart,
  type ShiftConfig,
  type ShiftCounters,
} from './shift';
export { classifyScan, classifyConflict, openCancellation } from './classify';
