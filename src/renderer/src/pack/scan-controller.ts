// What one scan does on the Pack screen. Order of precedence: an alert holds the bench (only ACK passes);
// during verification a scan is an item first, then a command, then another order (asked, never silent);
// a command barcode; the tracking barcode awaited in confirm-label mode; otherwise an order code.
import { parseCommand, type Command } from '../../../shared/commands';
import type { ErrorInfo } from '../../../shared/errors';
import { scanCodeProblem, type ScanCodeProblem } from '../../../shared/ipc/scan-code';
import { badgeOf } from '../../../shared/people';
import type { ScanOutcome } from '../../../shared/station';
import { appActions, appSnapshot } from '../app/app-store';
import { station } from '../app/station';
import { decideVerificationScan } from '../verify/scan-precedence';
import { isComplete, type VerificationState } from '../verify/verification';
import { barcodeMap } from './barcode-table';
import { feedback } from './feedback';
import { flowActions, flowSnapshot } from './flow-store';
import { endSession, scanBadge } from './packer-actions';
import i18next from 'i18next';
import { cameraRefusal } from '../video/video-controller';

export async function handleScan(code: string): Promise<void> {
  flowActions.read(code);
  const state = flowSnapshot();
  const command = parseCommand(code);
  const prefix = appSnapshot().settings?.badgePrefix ?? '';
  const badge = badgeOf(code, prefix) !== null;
  if (state.alert) {
    if (command === 'ACK') acknowledge();
    // "Scan your badge" is answered by the badge itself.
    else if (
      badge &&
      state.alert.kind === 'error' &&
      state.alert.error.messageKey === 'people.errors.required'
    ) {
      acknowledge();
      return scanBadge(code);
    } else {
      flowActions.refused();
      feedback.error();
    }
    return;
  }
  // A badge starts or switches the packer (never an item or an order, whatever else is going on).
  if (badge) return scanBadge(code);
  // Exact codes only (main refuses the same): an invisible character is said, never dropped or looked up.
  const problem = scanCodeProblem(code);
  if (problem) return showError(scanProblemError(problem), null);
  if (state.pendingSwitch) {
    // The confirmation of a switch is the same code again (or Enter on the dialog).
    if (code === state.pendingSwitch) return confirmSwitch();
    flowActions.proposeSwitch(null);
  }
  const current = state.current;
  if (current?.verification && current.order) {
    const decision = decideVerificationScan(code, {
      state: current.verification,
      barcodes: barcodeMap(),
      currentOrderCode: current.orderCode,
      isOrderCode: (c) => appSnapshot().orderCodes.has(c),
    });
    switch (decision.kind) {
      case 'item':
        return countItem(
          decision.result.ok,
          decision.result.state,
          decision.result.ok ? null : decision.result.error,
          code,
        );
      case 'command':
        return runCommand(decision.command);
      case 'current_order':
        return;
      case 'switch_order':
        feedback.error();
        flowActions.proposeSwitch(decision.orderCode);
        return;
      case 'unknown':
        feedback.error();
        flowActions.error(localError('wrong_item', code), current.orderCode);
        return;
    }
  }
  if (command) return runCommand(command);
  if (awaitsConfirmation(code)) return confirmLabel(code);
  if (appSnapshot().settings?.confirmLabel && !appSnapshot().orderCodes.has(code)) {
    // Perhaps the tracking barcode of a label printed earlier (before a restart, or another box first).
    if (await confirmWaitingLabel(code)) return;
  }
  await scanOrder(code);
}

/** True when `code` was a waiting label's tracking barcode (shipped now) or its check failed (shown). */
async function confirmWaitingLabel(code: string): Promise<boolean> {
  const res = await station.flow.confirmLabel({ tracking: code });
  if (!res.ok) {
    showError(res.error, null);
    return true;
  }
  if (!res.value.confirmed || !res.value.orderCode) return false;
  flowActions.notify({ key: 'pack.notice.confirmed', values: { code: res.value.orderCode }, tone: 'info' });
  feedback.ok();
  return true;
}

/**
 * Confirm-label mode: after the print, the next scan that is not another order is the tracking barcode
 * read off the label on the box. Main checks it against the API's tracking number before shipping.
 */
function awaitsConfirmation(code: string): boolean {
  const { settings, orderCodes } = appSnapshot();
  const current = flowSnapshot().current;
  return Boolean(
    settings?.confirmLabel &&
    current?.outcome?.kind === 'printed' &&
    !current.confirmed &&
    !orderCodes.has(code),
  );
}

async function confirmLabel(tracking: string): Promise<void> {
  const current = flowSnapshot().current;
  if (!current) return;
  const res = await station.flow.confirmLabel({ orderCode: current.orderCode, tracking });
  if (!res.ok) return showError(res.error, current.orderCode);
  flowActions.confirmed();
  flowActions.notify({ key: 'pack.notice.confirmed', values: { code: current.orderCode }, tone: 'info' });
  feedback.ok();
}

export async function scanOrder(code: string): Promise<void> {
  // Recording required and no camera: refused in words here (main refuses it too).
  const refusal = cameraRefusal(i18next.t('video.requiredRefusal'));
  if (refusal) return showError(refusal, code);
  flowActions.scanStarted(code);
  const res = await station.flow.scan({ code });
  if (!res.ok) return showError(res.error, code);
  // Not an order code: perhaps the AWB off a label; its order is scanned instead (said on screen).
  const unknown = res.value.kind === 'failed' && res.value.error.kind === 'not_found';
  if (unknown && (await scanOrderOfAwb(code))) return;
  applyOutcome(res.value);
}

/** True when `awb` is one order's tracking number and that order was scanned. */
async function scanOrderOfAwb(awb: string): Promise<boolean> {
  const found = await station.search.byTracking({ tracking: awb });
  if (!found.ok || !found.value || found.value.orderCode === awb) return false;
  const orderCode = found.value.orderCode;
  await scanOrder(orderCode);
  flowActions.notify({ key: 'search.awbFound', values: { awb, code: orderCode }, tone: 'info' });
  return true;
}

function applyOutcome(outcome: ScanOutcome): void {
  flowActions.outcome(outcome);
  // The tray and the shift counters follow by their own events (tray:changed, shift:changed).
  if (outcome.kind === 'printed') feedback.ok();
  else if (outcome.kind === 'to_tray' ? outcome.error !== undefined : outcome.kind !== 'parked')
    feedback.error();
}

async function countItem(
  ok: boolean,
  next: VerificationState,
  error: string | null,
  code: string,
): Promise<void> {
  flowActions.setVerification(next);
  const current = flowSnapshot().current;
  if (!ok) {
    feedback.error();
    flowActions.error(localError(error ?? 'wrong_item', code), current?.orderCode ?? null);
    return;
  }
  feedback.itemOk();
  if (isComplete(next)) await finishVerification();
}

export async function finishVerification(): Promise<void> {
  const current = flowSnapshot().current;
  if (!current?.verification) return;
  const counts: Record<string, number> = {};
  // Main re-checks the counts per SKU against the order (the renderer is not trusted with that).
  for (const line of current.verification.lines) counts[line.sku] = (counts[line.sku] ?? 0) + line.counted;
  const res = await station.flow.finishVerification({ orderCode: current.orderCode, counts });
  if (!res.ok) return showError(res.error, current.orderCode);
  if (res.value.complete || res.value.accepted) flowActions.verificationDone();
}

async function confirmSwitch(): Promise<void> {
  const target = flowSnapshot().pendingSwitch;
  flowActions.proposeSwitch(null);
  if (target) await scanOrder(target);
}

export function acknowledge(): void {
  if (flowActions.acknowledge()) feedback.itemOk();
}

export async function runCommand(command: Command): Promise<void> {
  const current = flowSnapshot().current;
  switch (command) {
    case 'ACK':
      acknowledge();
      return;
    case 'FINISH_VERIFY':
      await finishVerification();
      return;
    case 'CANCEL_CURRENT': {
      const res = await station.flow.cancelCurrent();
      if (!res.ok) return showError(res.error, current?.orderCode ?? null);
      flowActions.clearCurrent();
      feedback.itemOk();
      return;
    }
    case 'NEXT_PICKUP': {
      const res = await station.flow.nextPickupOption({ orderCode: current?.orderCode });
      if (!res.ok) return showError(res.error, current?.orderCode ?? null);
      flowActions.notify({ key: 'pack.notice.pickup', values: { option: res.value }, tone: 'info' });
      feedback.itemOk();
      return;
    }
    case 'REPRINT_LAST': {
      const res = await station.flow.reprintLast();
      if (!res.ok) return showError(res.error, current?.orderCode ?? null);
      flowActions.notify({ key: 'pack.notice.reprinted', values: { job: res.value.jobId }, tone: 'info' });
      feedback.ok();
      return;
    }
    case 'PRINT_TRAY':
      await printTray();
      return;
    case 'END_SESSION':
      await endSession();
      return;
    case 'RETURNS':
      appActions.show('returns');
      feedback.itemOk();
      return;
    default:
      // A reason card of the returns bench, scanned on the Pack screen.
      feedback.error();
      flowActions.notify({ key: 'returns.notice.onlyInReturns', tone: 'warning' });
  }
}

export async function reprint(orderCode: string): Promise<void> {
  flowActions.acknowledge();
  const res = await station.flow.reprint({ orderCode });
  if (!res.ok) return showError(res.error, orderCode);
  flowActions.notify({ key: 'pack.notice.reprinted', values: { job: res.value.jobId }, tone: 'info' });
  feedback.ok();
}

export async function printTray(): Promise<void> {
  const res = await station.tray.print();
  if (!res.ok) return showError(res.error, null);
  const held = res.value.held.length;
  flowActions.notify(
    held > 0
      ? { key: 'pack.notice.trayHeld', values: { count: res.value.printed, held }, tone: 'warning' }
      : { key: 'pack.notice.trayPrinted', values: { count: res.value.printed }, tone: 'info' },
  );
  feedback.ok();
}

function showError(error: ErrorInfo, orderCode: string | null): void {
  feedback.error();
  flowActions.error(error, orderCode);
}

/** An error found in the renderer (wrong item, over-count): same shape as main's, no request_id. */
function localError(kind: string, code: string): ErrorInfo {
  return {
    kind: 'invalid_input',
    step: 'verify',
    message: kind === 'over_count' ? `over_count:${code}` : `wrong_item:${code}`,
    retryable: false,
    requestId: null,
    httpStatus: null,
  };
}

/** A scan refused in the renderer, worded by ErrorPanel from `scan_<kind>:<char>` in the packer's language. */
function scanProblemError(problem: ScanCodeProblem): ErrorInfo {
  const char = 'char' in problem ? problem.char : '';
  return {
    kind: 'invalid_input',
    message: `scan_${problem.kind}:${char}`,
    retryable: false,
    requestId: null,
    httpStatus: null,
  };
}
