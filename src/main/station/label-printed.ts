// What follows an accepted label job, wherever it was printed from (a scan, the tray): remember it printed
// here, take it out of the tray, and hand mark-printed + ship to the after-print queue.
import type { PrintJob } from '../printing/types';
import type { FlowDeps } from './flow-deps';

export function labelAccepted(
  deps: FlowDeps,
  printed: { orderCode: string; scanId: string; job: PrintJob; durationMs: number | null },
): void {
  const { orderCode, scanId, job, durationMs } = printed;
  void deps.packLog
    .markPrinted(orderCode, { scanId, at: deps.now(), durationMs, jobId: job.jobId })
    .catch(() => undefined);
  if (deps.tray.get(orderCode)) void deps.tray.remove(orderCode).catch(() => undefined);
  // Confirm-label mode ships only once the label's tracking barcode is scanned on the box.
  const confirm = deps.settings().confirmLabel;
  if (confirm) deps.awaitingConfirm.set(orderCode, scanId);
  deps.afterPrint.enqueue({
    orderCode,
    scanId,
    tasks: confirm ? ['mark_printed'] : ['mark_printed', 'ship'],
  });
}
