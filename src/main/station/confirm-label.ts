// Confirm-label mode: an order ships only once the tracking barcode on its printed label is scanned on the
// box. The waiting list lives in the pack log, so a restart between print and confirmation loses nothing;
// a tracking barcode scanned with no order in hand is matched against every label still waiting.
import type { MessageRef, Result } from '../../shared/errors';
import { problem, toErrorInfo } from '../errors/error-info';
import type { FlowDeps } from './flow-deps';
import { journalAfterPrint, type AfterPrintDeps } from './label-printed';

type ConfirmDeps = AfterPrintDeps & Pick<FlowDeps, 'api' | 'packLog' | 'awaitingConfirm'>;

export type ConfirmResult = { confirmed: true; orderCode: string } | { confirmed: false; orderCode: null };

/** Fills the in-memory waiting list from the pack log (after a restart). */
export function restoreConfirmWaits(deps: Pick<FlowDeps, 'packLog' | 'awaitingConfirm'>): void {
  for (const { orderCode, scanId } of deps.packLog.awaitingConfirm())
    deps.awaitingConfirm.wait(orderCode, scanId);
}

/**
 * With an order: the barcode must be its tracking number. Without one: the label it belongs to among those
 * waiting, or `confirmed: false` when none (the caller then treats the scan as an order code).
 */
export async function confirmLabel(
  deps: ConfirmDeps,
  orderCode: string | null,
  scannedTracking: string,
): Promise<Result<ConfirmResult>> {
  const scanned = scannedTracking.trim();
  const code = orderCode?.trim() ?? null;
  if (code !== null && !deps.awaitingConfirm.has(code)) {
    return fail(`No label of order ${code} is waiting for confirmation.`, undefined, {
      key: 'stationErrors.notAwaitingConfirm',
      values: { code },
    });
  }
  const candidates = code !== null ? [code] : deps.awaitingConfirm.codes();
  for (const candidate of candidates) {
    let expected: string | null;
    try {
      expected = (await deps.api.track(candidate)).tracking_number;
    } catch (err) {
      return { ok: false, error: toErrorInfo(err, 'ship') };
    }
    if (expected && expected.trim() === scanned) return { ok: true, value: await ship(deps, candidate) };
  }
  if (code !== null) {
    return fail(
      `That barcode is not the tracking number of order ${code}.`,
      'Scan the tracking barcode on this box’s label.',
      { key: 'stationErrors.wrongTracking', values: { code } },
    );
  }
  return { ok: true, value: { confirmed: false, orderCode: null } };
}

async function ship(deps: ConfirmDeps, orderCode: string): Promise<ConfirmResult> {
  const scanId = deps.awaitingConfirm.take(orderCode);
  await journalAfterPrint(deps, orderCode, scanId ?? 'confirm', ['ship']);
  await deps.packLog.confirmed(orderCode).catch(() => undefined);
  return { confirmed: true, orderCode };
}

function fail(message: string, action: string | undefined, key: MessageRef): Result<ConfirmResult> {
  return { ok: false, error: problem('invalid_input', 'ship', message, action, key) };
}
