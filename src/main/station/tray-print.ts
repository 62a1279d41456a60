// Printing from the labels-pending tray on purpose: oldest first, each label after a separator slip that
// names its order. An order that must not ship (a cancellation request opened meanwhile) is held back, and
// so is one whose label was not fetched yet (packed offline): nothing prints without its label.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { ErrorInfo, Result } from '../../shared/errors';
import type { PrintJob } from '../printing/types';
import { classifyScan } from './classify';
import { problem, toErrorInfo } from '../errors/error-info';
import type { FlowDeps } from './flow-deps';
import { labelAccepted } from './label-printed';

/** Printing from the tray: the tray, the printer, the facts that may hold an order back, after-print. */
export type TrayPrintDeps = Parameters<typeof labelAccepted>[0] &
  FactsDeps &
  Pick<FlowDeps, 'labelWaiter' | 'dataDir' | 'printer'>;
import { scanFacts, type FactsDeps } from './order-facts';
import { writeSeparatorSlip } from './separator-slip';
import { StepFailed } from './step-runner';
import type { StopReason } from './types';

export interface TrayPrintResult {
  printed: string[];
  /** Left in the tray: the order must not ship now, or its label is still waiting to be fetched. */
  held: Array<{ orderCode: string; reason: StopReason | 'waiting_label' }>;
  /** Printing stopped here; the rest stays in the tray. */
  error?: ErrorInfo;
}

export async function printWholeTray(deps: TrayPrintDeps): Promise<TrayPrintResult> {
  const result: TrayPrintResult = { printed: [], held: [] };
  for (const waiting of deps.tray.list().filter((i) => i.state === 'waiting_label')) {
    // The API may be back with the label fetchable now; otherwise it stays held.
    if (!(await deps.labelWaiter.fetch(waiting.orderCode)))
      result.held.push({ orderCode: waiting.orderCode, reason: 'waiting_label' });
  }
  const items = deps.tray.list().filter((i) => i.state === 'ready');
  for (const [i, item] of items.entries()) {
    const code = item.orderCode;
    if (!deps.tray.get(code)) continue; // printed meanwhile by a re-scan
    const scanId = randomUUID();
    try {
      const facts = await scanFacts(deps, code);
      const decision = classifyScan({ ...facts, printedHere: false, inTray: true, packedHere: true });
      if (decision.kind === 'stop') {
        result.held.push({ orderCode: code, reason: decision.reason });
        continue;
      }
      const slip = await writeSeparatorSlip(join(deps.dataDir, 'station', 'slips'), code, {
        index: i + 1,
        total: items.length,
      });
      await deps.runner.run(
        { orderCode: code, scanId },
        'print',
        () => deps.printer.print({ orderCode: code, file: slip, kind: 'separator' }),
        (job) => ({ jobId: job.jobId, printer: job.printer, separator: true }),
      );
    } catch (err) {
      return { ...result, error: err instanceof StepFailed ? err.error : toErrorInfo(err, 'print') };
    }
    const printed = await printTrayItem(deps, code, scanId);
    if (!printed.ok) return { ...result, error: printed.error };
    result.printed.push(code);
  }
  return result;
}

/** Prints one waiting label: its one print, so mark-printed and ship follow. */
export async function printTrayItem(
  deps: TrayPrintDeps,
  orderCode: string,
  scanId: string,
): Promise<Result<PrintJob>> {
  const item = deps.tray.get(orderCode);
  if (!item)
    return {
      ok: false,
      error: problem('internal', 'print', `Order ${orderCode} is not in the tray.`, undefined, {
        key: 'stationErrors.notInTray',
        values: { code: orderCode },
      }),
    };
  if (item.state === 'waiting_label') {
    const error = problem(
      'offline',
      'print',
      `The label of order ${orderCode} is not here yet: it will be fetched when the Orders API is back.`,
      undefined,
      { key: 'stationErrors.labelNotHereYet', values: { code: orderCode } },
    );
    return { ok: false, error: { ...error, retryable: true } };
  }
  try {
    const job = await deps.runner.run(
      { orderCode, scanId },
      'print',
      () => deps.printer.print({ orderCode, file: item.labelPath, kind: 'label' }),
      (j) => ({ jobId: j.jobId, printer: j.printer }),
    );
    labelAccepted(deps, { orderCode, scanId, job, durationMs: null });
    return { ok: true, value: job };
  } catch (err) {
    return { ok: false, error: err instanceof StepFailed ? err.error : toErrorInfo(err, 'print') };
  }
}
