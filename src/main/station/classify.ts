// Decides, from facts alone, what a scan may do with an order: stop, report it done elsewhere, offer a
// reprint, print a waiting label, or go ahead from its current status. Pure: no I/O, unit-tested.
import {
  nothingToPack,
  parseStatus,
  statusRank,
  type OrderDetail,
  type OrderStatus,
} from '../../shared/orders';
import type { CancellationInfo, StopReason } from './types';

export interface ScanFacts {
  status: OrderStatus | null;
  detail: OrderDetail | null;
  /** From the list row when there is no detail. */
  flags?: { isFake: boolean; fulfillByMp: boolean } | null;
  printedHere: boolean;
  inTray: boolean;
  packedHere: boolean;
}

export type ScanDecision =
  | { kind: 'stop'; reason: StopReason; cancellation?: CancellationInfo }
  | { kind: 'already_printed' }
  | { kind: 'from_tray' }
  | { kind: 'elsewhere'; status: OrderStatus }
  | { kind: 'proceed'; from: 'to_process' | 'process' | 'packed' | 'unknown' };

export function openCancellation(
  detail: OrderDetail | null,
  status: OrderStatus | null,
): CancellationInfo | null {
  if (!detail) return null;
  const current = status ?? parseStatus(detail.internal_status);
  if (current === 'cancelled') return null;
  if (!detail.cancel_by && !detail.cancel_reason && !detail.cancel_sla_at) return null;
  return {
    cancelBy: detail.cancel_by,
    cancelReason: detail.cancel_reason,
    cancelSlaAt: detail.cancel_sla_at,
  };
}

/** The stops come first: nothing may print for an order the buyer asked to cancel, even a waiting label. */
export function classifyScan(facts: ScanFacts): ScanDecision {
  const stop = stopFor(facts);
  if (stop) return stop;
  if (facts.printedHere) return { kind: 'already_printed' };
  if (facts.inTray) return { kind: 'from_tray' };
  const status = facts.status;
  if (status === null) return { kind: 'proceed', from: 'unknown' };
  if (status === 'to_process' || status === 'process') return { kind: 'proceed', from: status };
  if (status === 'packed' && facts.packedHere) return { kind: 'proceed', from: 'packed' };
  return { kind: 'elsewhere', status };
}

export type ConflictDecision =
  | { kind: 'stop'; reason: StopReason; cancellation?: CancellationInfo }
  | { kind: 'elsewhere'; status: OrderStatus }
  /** Someone else did exactly this step: carry on from the status it reached. */
  | { kind: 'continue' }
  | { kind: 'fail'; status: OrderStatus | null };

/**
 * A 409 on set-process or set-packed, explained by the order's current detail and tracking status.
 * `packedHere`: this station packed it (an earlier scan of the same box), so "packed" is not elsewhere.
 */
export function classifyConflict(
  step: 'set_process' | 'set_packed',
  status: OrderStatus | null,
  detail: OrderDetail | null,
  packedHere = false,
): ConflictDecision {
  const stop = stopFor({ status, detail, printedHere: false, inTray: false, packedHere });
  if (stop) return stop;
  if (status === 'packed' && packedHere) return { kind: 'continue' };
  if (status !== null && statusRank(status) >= statusRank('packed')) return { kind: 'elsewhere', status };
  if (step === 'set_process' && status === 'process') return { kind: 'continue' };
  return { kind: 'fail', status };
}

function stopFor(facts: ScanFacts): Extract<ScanDecision, { kind: 'stop' }> | null {
  const { status, detail } = facts;
  const cancellation = openCancellation(detail, status);
  if (cancellation) return { kind: 'stop', reason: 'cancel_requested', cancellation };
  if (status === 'cancelled') return { kind: 'stop', reason: 'cancelled' };
  if (status === 'returned') return { kind: 'stop', reason: 'returned' };
  const fulfillByMp = detail?.fulfill_by_mp ?? facts.flags?.fulfillByMp ?? false;
  if (fulfillByMp) return { kind: 'stop', reason: 'fulfill_by_mp' };
  const isFake = detail?.is_fake ?? facts.flags?.isFake ?? false;
  if (isFake) return { kind: 'stop', reason: 'fake' };
  if (status === 'pending') return { kind: 'stop', reason: 'not_ready' };
  if (detail && nothingToPack(detail.product_info)) return { kind: 'stop', reason: 'nothing_to_pack' };
  return null;
}
