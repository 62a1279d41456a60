// What follows an accepted label job, wherever it was printed from (a scan, the tray): remember it printed
// here, take it out of the tray, and journal mark-printed + ship in the outbox. Ship is journaled only
// now, after the printer accepted the label; in confirm-label mode only once the label is confirmed.
import type { PrintJob } from '../printing/types';
import type { FlowDeps } from './flow-deps';
import type { OutboxActionKind } from '../../shared/outbox/types';
import { messageFields } from '../../shared/errors';

/** What journaling the after-print steps needs. */
export type AfterPrintDeps = Pick<FlowDeps, 'outbox' | 'outboxScans' | 'runner' | 'journaling' | 'packLog'>;

export function labelAccepted(
  deps: AfterPrintDeps & Pick<FlowDeps, 'settings' | 'packLog' | 'now' | 'tray' | 'awaitingConfirm'>,
  printed: { orderCode: string; scanId: string; job: PrintJob; durationMs: number | null },
): void {
  const { orderCode, scanId, job, durationMs } = printed;
  // Confirm-label mode ships only once the label's tracking barcode is scanned on the box.
  const confirm = deps.settings().confirmLabel;
  void deps.packLog
    .markPrinted(orderCode, {
      scanId,
      at: deps.now(),
      durationMs,
      jobId: job.jobId,
      awaitingConfirm: confirm,
    })
    .catch(() => undefined);
  if (deps.tray.get(orderCode)) void deps.tray.remove(orderCode).catch(() => undefined);
  if (confirm) deps.awaitingConfirm.wait(orderCode, scanId);
  journalAfterPrint(deps, orderCode, scanId, confirm ? ['mark_printed'] : ['mark_printed', 'ship']);
}

/** Journals the after-print actions in order; the outbox sends them in the background. */
export function journalAfterPrint(
  deps: AfterPrintDeps,
  orderCode: string,
  scanId: string,
  kinds: Array<Extract<OutboxActionKind, 'mark_printed' | 'ship'>>,
): Promise<void> {
  const packer = deps.packLog.packerOf(scanId);
  const run = (async () => {
    for (const kind of kinds) {
      try {
        const { id } = await deps.outbox.enqueue({ orderCode, kind, scanId, ...(packer ? { packer } : {}) });
        deps.outboxScans.follow(id, scanId, 'running');
        deps.runner.event({ orderCode, scanId }, kind, 'running', { detail: { outboxId: id } });
      } catch (err) {
        // The journal could not be written: say so on this step; nothing after it may be journaled.
        const why = err instanceof Error ? err.message : String(err);
        deps.runner.event({ orderCode, scanId }, kind, 'failed', {
          error: {
            kind: 'internal',
            message: `Could not save the ${kind.replace('_', ' ')} step: ${why}`,
            ...messageFields({ key: 'stationErrors.stepNotSaved', values: { step: kind, why } }),
            step: kind,
            retryable: false,
            requestId: null,
            httpStatus: null,
          },
        });
        return;
      }
    }
  })();
  return deps.journaling.track(run);
}
