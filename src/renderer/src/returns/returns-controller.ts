// What a scan or a key does on the returns bench: a parcel's AWB or order code is looked up; a reason
// card (or number key 1–5) picks the reason; Enter (or the reason card) records the return; the RETURNS
// card (or F4) goes back to packing; ACK (or Esc) clears a refusal.
import { parseCommand, RETURN_REASON_COMMANDS } from '../../../shared/commands';
import { RETURN_REASONS, type ReturnReason } from '../../../shared/orders/options';
import { appActions } from '../app/app-store';
import { station } from '../app/station';
import { feedback } from '../pack/feedback';
import { returnsActions, returnsSnapshot } from './returns-store';

export async function handleReturnScan(code: string): Promise<void> {
  const command = parseCommand(code);
  if (command === 'RETURNS') return leaveReturns();
  if (command === 'ACK') return acknowledgeReturn();
  const reasonAt = RETURN_REASON_COMMANDS.findIndex((c) => c === command);
  if (reasonAt >= 0) {
    // A gloved hand scans the card: the reason is chosen and the return recorded at once.
    if (!chooseReason(RETURN_REASONS[reasonAt])) return;
    return recordReturn();
  }
  if (command) {
    feedback.error();
    return;
  }
  const s = returnsSnapshot();
  if (s.phase === 'looking' || s.phase === 'saving') {
    feedback.error();
    return;
  }
  await lookupParcel(code);
}

export async function lookupParcel(code: string): Promise<void> {
  returnsActions.looking(code);
  const res = await station.returns.lookup({ code });
  if (!res.ok) {
    feedback.error();
    return returnsActions.failed(res.error);
  }
  if (!res.value.found) {
    feedback.error();
    return returnsActions.refused(res.value);
  }
  feedback.itemOk();
  returnsActions.found(res.value.order);
}

/** Number key n (1–5) or a reason card; false when no parcel is waiting for its reason. */
export function chooseReason(reason: ReturnReason): boolean {
  if (returnsSnapshot().phase !== 'asking') {
    feedback.error();
    return false;
  }
  returnsActions.chooseReason(reason);
  return true;
}

export function reasonOfKey(key: string): ReturnReason | null {
  const n = Number(key);
  return Number.isInteger(n) && n >= 1 && n <= RETURN_REASONS.length ? RETURN_REASONS[n - 1] : null;
}

export async function recordReturn(): Promise<void> {
  const s = returnsSnapshot();
  if (s.phase !== 'asking' || !s.order) return feedback.error();
  if (!s.reason) return feedback.error();
  returnsActions.saving();
  const res = await station.returns.record({ orderCode: s.order.orderCode, reason: s.reason, note: s.note });
  if (!res.ok) {
    feedback.error();
    return returnsActions.failed(res.error);
  }
  feedback.ok();
  returnsActions.saved(res.value);
}

export function acknowledgeReturn(): void {
  if (returnsActions.acknowledge()) feedback.itemOk();
}

export function leaveReturns(): void {
  returnsActions.clear();
  appActions.show('pack');
}

/** Today's returns, when the screen opens (events keep them current after). */
export async function loadTodayReturns(): Promise<void> {
  const res = await station.returns.list();
  if (res.ok) returnsActions.setToday(res.value);
}

export async function reprintSlip(id: string): Promise<void> {
  const res = await station.returns.reprintSlip({ id });
  if (!res.ok) {
    feedback.error();
    return returnsActions.failed(res.error);
  }
  feedback.ok();
}
