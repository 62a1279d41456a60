// Settling an action whose outcome is unknown (timeout, dropped connection, 5xx, a crash mid-attempt) or
// that the API refused with 409: what the order's status in tracking says about THIS station's step.
// Pure: the caller fetches the status and journals the decision.
import { messageFields, type ErrorInfo, type FlowStep } from '../../shared/errors';
import { statusLabel, statusRank, type OrderStatus } from '../../shared/orders/status';
import type { OutboxActionKind } from '../../shared/outbox/types';
import type { OutboxEntry } from './records';

/** The status each step leads to. mark_printed is not visible in tracking (null). */
export const STEP_TARGET: Record<OutboxActionKind, OrderStatus | null> = {
  set_process: 'process',
  set_packed: 'packed',
  set_process_packed: 'packed',
  mark_printed: null,
  ship: 'shipped',
  // Off the happy path (rank -1): settled by settleReturn, never by rank.
  return: 'returned',
};

export const STEP_OF: Record<OutboxActionKind, FlowStep> = {
  set_process: 'set_process',
  set_packed: 'set_packed',
  set_process_packed: 'set_packed',
  mark_printed: 'mark_printed',
  ship: 'ship',
  return: 'return',
};

export type Settlement =
  /** The API shows this step done. */
  | { kind: 'done'; note: string }
  /** The order moved in a way this station did not cause: stop it and say what happened. */
  | { kind: 'stopped'; error: ErrorInfo; note: string }
  /** The step is not applied: send it (again). */
  | { kind: 'resend' }
  /** set-process-packed is still running on the server: look again later, do not resend. */
  | { kind: 'wait'; note: string }
  /** The API refuses the step from a status it should allow (e.g. a cancellation request): a problem. */
  | { kind: 'failed'; error: ErrorInfo };

/** Why we are asking tracking. */
export type SettleReason = 'unknown' | 'conflict' | 'accepted';

/**
 * The furthest status this station's own journal explains for the order: the targets of its steps that
 * were attempted or done. Once shipped, completion is the normal next life step, not a surprise.
 */
export function explainedRank(orderEntries: readonly OutboxEntry[]): number {
  let rank = -1;
  for (const entry of orderEntries) {
    const target = STEP_TARGET[entry.kind];
    // A failed step was refused (4xx) or seen not applied: it explains nothing.
    if (target === null || entry.kind === 'return' || entry.state === 'discarded' || entry.state === 'failed')
      continue;
    if (entry.attempts > 0 || entry.state === 'done') rank = Math.max(rank, statusRank(target));
  }
  return rank >= statusRank('shipped') ? statusRank('completed') : rank;
}

export function settle(input: {
  entry: OutboxEntry;
  /** All of this order's entries this station knows, the entry itself included. */
  orderEntries: readonly OutboxEntry[];
  status: OrderStatus;
  reason: SettleReason;
  /** The 409's error, when that is why we ask (keeps its request_id). */
  conflict?: ErrorInfo;
  /**
   * set-process-packed only: the server may still be about to start it (it moves to process a moment
   * after its 200). Within this window after our last attempt, to_process means "wait", not "resend".
   */
  asyncGrace?: boolean;
}): Settlement {
  const { entry, status, reason } = input;
  if (entry.kind === 'return') return settleReturn(input);
  const code = entry.orderCode;
  const label = statusLabel(status);
  const step = STEP_OF[entry.kind];
  const stopped = (why: string, key = 'changedElsewhere'): Settlement => ({
    kind: 'stopped',
    note: `order is ${label}`,
    error: {
      kind: 'conflict',
      step,
      message: `Order ${code} is now ${label}: it changed elsewhere${why}.`,
      retryable: false,
      requestId: input.conflict?.requestId ?? null,
      httpStatus: input.conflict?.httpStatus ?? null,
      currentStatus: status,
      action: 'Put the box aside and ask a supervisor. Reprint the label if the order still needs it.',
      ...messageFields({ key: `outboxErrors.${key}`, values: { code, status } }),
    },
  });
  const rank = statusRank(status);
  if (rank < 0) return stopped('');

  const target = STEP_TARGET[entry.kind];
  if (target === null) {
    // mark_printed: the label exists from packed on; resending it is harmless.
    if (rank >= statusRank('packed') && reason !== 'conflict') return { kind: 'resend' };
    return refused(input, status, step);
  }
  const targetRank = statusRank(target);
  if (rank >= targetRank) {
    // This step itself was sent (that is why we ask): its own status is explained by it.
    if (rank <= Math.max(targetRank, explainedRank(input.orderEntries))) {
      return { kind: 'done', note: 'already done (seen in tracking)' };
    }
    return rank === statusRank('packed')
      ? stopped(' (packed at another station?)', 'changedElsewherePacked')
      : stopped('');
  }
  const stillStarting = reason === 'accepted' || (reason === 'unknown' && input.asyncGrace === true);
  if (entry.kind === 'set_process_packed' && (status === 'process' || stillStarting)) {
    return { kind: 'wait', note: `the API is still packing it (order is ${label})` };
  }
  if (reason === 'conflict') return refused(input, status, step);
  return { kind: 'resend' };
}

function refused(
  input: { entry: OutboxEntry; conflict?: ErrorInfo },
  status: OrderStatus,
  step: FlowStep,
): Settlement {
  const code = input.entry.orderCode;
  const label = statusLabel(status);
  const settlement: Settlement = {
    kind: 'failed',
    error: {
      kind: 'conflict',
      step,
      message: `The Orders API refused this step for order ${code}, which is ${label} (a cancellation request may be open).`,
      retryable: false,
      requestId: input.conflict?.requestId ?? null,
      httpStatus: input.conflict?.httpStatus ?? 409,
      currentStatus: status,
      action: 'Ask a supervisor to check the order, then retry or discard this action.',
      ...messageFields({ key: 'outboxErrors.refused', values: { code, status } }),
    },
  };
  return settlement;
}

/**
 * A return (shipped or completed → returned): `returned` means it is settled (by this attempt or at
 * another desk: either way the parcel is back and must not be sent twice); shipped or completed means
 * not applied yet; anything else means it can no longer be returned.
 */
function settleReturn(input: {
  entry: OutboxEntry;
  status: OrderStatus;
  reason: SettleReason;
  conflict?: ErrorInfo;
}): Settlement {
  const { entry, status, reason } = input;
  if (status === 'returned') return { kind: 'done', note: 'already returned (seen in tracking)' };
  const label = statusLabel(status);
  if ((status === 'shipped' || status === 'completed') && reason !== 'conflict') return { kind: 'resend' };
  if (status === 'shipped' || status === 'completed') return refused(input, status, 'return');
  return {
    kind: 'stopped',
    note: `order is ${label}`,
    error: {
      kind: 'conflict',
      step: 'return',
      message: `Order ${entry.orderCode} is now ${label}: only a shipped or completed order can be returned.`,
      retryable: false,
      requestId: input.conflict?.requestId ?? null,
      httpStatus: input.conflict?.httpStatus ?? null,
      currentStatus: status,
      action: 'Keep the parcel aside and ask a supervisor.',
      ...messageFields({ key: 'outboxErrors.notReturnable', values: { code: entry.orderCode, status } }),
    },
  };
}
