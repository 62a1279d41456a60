// One turn of one action: settle an unknown outcome through tracking first, journal the attempt
// (fsync'd BEFORE the request leaves, so a crash mid-attempt is known as "unknown"), send once an API
// slot is free, and journal what the answer means: done, queued again with backoff, failed (4xx), or
// stopped (moved elsewhere).
import { setTimeout as sleep } from 'node:timers/promises';
import { messageFields, type ErrorInfo } from '../../shared/errors';
import { parseStatus, type OrderStatus } from '../../shared/orders/status';
import type { OrdersApi } from '../api/types';
import { isApiError, type ApiError } from '../api/errors';
import { fullJitterDelay, type BackoffPolicy } from './backoff';
import { isoClock } from './clock';
import type { OutboxEntry, OutboxRecord } from './records';
import { sendAction } from './send-action';
import { settle, STEP_OF, type SettleReason, type Settlement } from './settle';
import type { Slots } from './slots';
import type { Connectivity, SubmitResult } from './types';

export type OutboxApi = Pick<
  OrdersApi,
  'setProcess' | 'setPacked' | 'setProcessPacked' | 'ship' | 'getShippingLabel' | 'track' | 'returnOrder'
>;

export interface SenderDeps {
  api: OutboxApi;
  connectivity: Connectivity;
  backoff: BackoffPolicy;
  now: () => number;
  random: () => number;
  /** How often a set-process-packed still running on the server is looked at again. */
  asyncPollMs: number;
  /** How long one turn waits for set-process-packed to land before it requeues (and looks later). */
  asyncSettleMs: number;
  /** Bounds the requests in flight (sends and tracking); see slots.ts. */
  slots: Slots;
  /** Someone waits on this action's answer (a live scan): its requests go first. */
  isUrgent: (id: string) => boolean;
}

/** What a turn may read and write: the entry, its order's entries, and the journal (durable commit). */
export interface EntryAccess {
  get(id: string): OutboxEntry | undefined;
  orderEntries(orderCode: string): OutboxEntry[];
  commit(record: OutboxRecord): Promise<void>;
  /** Applies now; the promise says when it is on disk (the caller must await it before telling anyone). */
  commitLater(record: OutboxRecord): Promise<void>;
  /** Marks the order's later pending steps stopped behind a stopped one. */
  stopRest(entry: OutboxEntry): Promise<void>;
}

/** Failures the API may have applied before it failed (anything but "never connected"). */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);
const UNREACHABLE_KINDS = new Set(['network', 'timeout', 'server']);
const TRANSIENT_KINDS = new Set(['network', 'timeout', 'server', 'bad_response']);

export function createSender(deps: SenderDeps, access: EntryAccess) {
  /** Failures in a row per entry, for the backoff ceiling. */
  const streak = new Map<string, number>();
  /** A turn's closing `done` record still being fsync'd. */
  const closing = new Map<string, Promise<void>>();
  const iso = isoClock(deps.now);

  function info(entry: OutboxEntry, err: unknown): ErrorInfo {
    if (isApiError(err)) return err.toInfo(STEP_OF[entry.kind]);
    const why = err instanceof Error ? err.message : String(err);
    return {
      kind: 'internal',
      step: STEP_OF[entry.kind],
      message: `The station could not send this step: ${why}`,
      ...messageFields({ key: 'outboxErrors.notSent', values: { why } }),
      retryable: false,
      requestId: null,
      httpStatus: null,
    };
  }

  function current(id: string): OutboxEntry {
    const entry = access.get(id);
    if (!entry) throw new Error(`outbox entry ${id} vanished mid-turn`);
    return entry;
  }

  async function requeue(id: string, error: ErrorInfo | null, unknown: boolean, delayMs?: number) {
    const entry = current(id);
    const failures = (streak.get(id) ?? 0) + 1;
    streak.set(id, failures);
    const wait = delayMs ?? fullJitterDelay(deps.backoff, failures, deps.random);
    const nextAttemptAt = new Date(deps.now() + wait).toISOString();
    await access.commit({
      t: 'retry',
      id,
      rev: entry.rev + 1,
      at: iso(),
      by: 'backoff',
      error,
      unknown,
      nextAttemptAt,
    });
    return { state: 'queued', id, reason: error } satisfies SubmitResult;
  }

  async function finish(id: string, via: 'sent' | 'already_done', requestId: string | null, note?: string) {
    streak.delete(id);
    const entry = current(id);
    // Not awaited here: the order's next step may start at once while this fsync runs (the journal is
    // FIFO, so that step's attempt is never on disk without this done before it). Whoever reports
    // "done" waits for `durable` first (see turn()).
    const record = {
      t: 'done',
      id,
      rev: entry.rev + 1,
      at: iso(),
      via,
      requestId,
      note: note ?? null,
    } as const;
    closing.set(id, access.commitLater(record));
    return { state: 'done', id, requestId, via } satisfies SubmitResult;
  }

  /** `unknown`: the last attempt may still have applied (tracking could not tell): ask it again first. */
  async function fail(id: string, error: ErrorInfo, unknown = false): Promise<SubmitResult> {
    streak.delete(id);
    const rev = current(id).rev + 1;
    await access.commit({ t: 'failed', id, rev, at: iso(), error, ...(unknown ? { unknown } : {}) });
    return { state: 'failed', id, error };
  }

  async function stop(id: string, error: ErrorInfo, note: string): Promise<SubmitResult> {
    streak.delete(id);
    await access.commit({ t: 'stopped', id, rev: current(id).rev + 1, at: iso(), error, note });
    await access.stopRest(current(id));
    return { state: 'stopped', id, error };
  }

  /** The order's status from tracking, or the error that kept tracking from telling. */
  async function trackedStatus(entry: OutboxEntry): Promise<OrderStatus | ErrorInfo> {
    try {
      const tracking = await deps.slots.run(deps.isUrgent(entry.id), () => deps.api.track(entry.orderCode));
      deps.connectivity.reportSuccess();
      const status = parseStatus(tracking.order_status);
      if (status) return status;
      return {
        kind: 'bad_response',
        step: STEP_OF[entry.kind],
        message: `Tracking shows an unknown status "${tracking.order_status}" for order ${entry.orderCode}.`,
        ...messageFields({
          key: 'outboxErrors.unknownStatus',
          values: { status: tracking.order_status, code: entry.orderCode },
        }),
        retryable: true,
        requestId: null,
        httpStatus: null,
      };
    } catch (err) {
      noteFailure(err);
      return info(entry, err);
    }
  }

  function noteFailure(err: unknown): void {
    if (isApiError(err) && UNREACHABLE_KINDS.has(err.kind)) deps.connectivity.reportFailure(err.toInfo());
  }

  /** Asks tracking and settles; null means "send it". */
  async function settleByTracking(
    id: string,
    reason: SettleReason,
    conflict?: ErrorInfo,
  ): Promise<{ settlement: Settlement } | { result: SubmitResult }> {
    const entry = current(id);
    const status = await trackedStatus(entry);
    if (typeof status !== 'string') {
      // A refused key or tenant does not get better by waiting: the operator sees it, and sends these
      // again (all at once) once it is fixed. Anything else may pass: look again after a backoff.
      if (status.kind === 'auth') return { result: await fail(id, status, true) };
      return { result: await requeue(id, conflict ?? status, true) };
    }
    const orderEntries = access.orderEntries(entry.orderCode);
    const lastAttempt = entry.lastAttemptAt ? Date.parse(entry.lastAttemptAt) : -Infinity;
    const asyncGrace = deps.now() - lastAttempt < deps.asyncSettleMs;
    return { settlement: settle({ entry, orderEntries, status, reason, conflict, asyncGrace }) };
  }

  /** set-process-packed answers 200 at once and packs a moment later: wait here until tracking shows it. */
  async function awaitAsyncPack(id: string, requestId: string | null): Promise<SubmitResult> {
    const until = deps.now() + deps.asyncSettleMs;
    for (;;) {
      const outcome = await settleByTracking(id, 'accepted');
      if ('result' in outcome) return outcome.result;
      const s = outcome.settlement;
      if (s.kind === 'done') return finish(id, 'sent', requestId);
      if (s.kind === 'stopped') return stop(id, s.error, s.note);
      if (s.kind === 'failed') return fail(id, s.error);
      if (deps.now() >= until) return requeue(id, null, true, deps.asyncPollMs);
      await sleep(deps.asyncPollMs);
    }
  }

  async function applySettlement(id: string, s: Settlement): Promise<SubmitResult | null> {
    switch (s.kind) {
      case 'done':
        return finish(id, 'already_done', null, s.note);
      case 'stopped':
        return stop(id, s.error, s.note);
      case 'failed':
        return fail(id, s.error);
      case 'wait':
        return requeue(id, null, true, deps.asyncPollMs);
      case 'resend':
        return null;
    }
  }

  /**
   * One turn of the entry; the caller guarantees it is the head of its order and not in flight.
   * `durable` resolves once everything the turn journaled is on disk.
   */
  async function turn(id: string): Promise<{ result: SubmitResult; durable: Promise<void> }> {
    const result = await turnOnce(id);
    const durable = closing.get(id) ?? Promise.resolve();
    closing.delete(id);
    return { result, durable };
  }

  async function turnOnce(id: string): Promise<SubmitResult> {
    let entry = current(id);
    // A return is confirmed against the order's status before any resend, even after a clear refusal.
    const confirm = entry.unknown || (entry.kind === 'return' && entry.attempts > 0);
    if (confirm && entry.kind !== 'mark_printed') {
      const outcome = await settleByTracking(id, 'unknown');
      if ('result' in outcome) return outcome.result;
      const settled = await applySettlement(id, outcome.settlement);
      if (settled) return settled;
      entry = current(id);
    }
    // Durable (fsync'd) before the request can leave: after any crash this attempt is known as
    // "maybe sent" and settled through tracking. The request then waits for an API slot.
    await access.commit({ t: 'attempt', id, rev: entry.rev + 1, at: iso(), n: entry.attempts + 1 });
    const sending = entry;
    let ack: { requestId: string | null } | null;
    try {
      ack = await deps.slots.run(deps.isUrgent(id), async () =>
        // Went offline while this waited for a slot: do not add one more doomed request.
        deps.connectivity.current().online ? sendAction(deps.api, sending) : null,
      );
    } catch (err) {
      return onError(id, err);
    }
    if (ack === null) return requeue(id, deps.connectivity.current().lastError, false);
    deps.connectivity.reportSuccess();
    if (entry.kind === 'set_process_packed') return awaitAsyncPack(id, ack.requestId);
    return finish(id, 'sent', ack.requestId);
  }

  async function onError(id: string, err: unknown): Promise<SubmitResult> {
    const entry = current(id);
    if (!isApiError(err)) return fail(id, info(entry, err));
    noteFailure(err);
    if (err.kind === 'conflict') {
      const outcome = await settleByTracking(id, 'conflict', info(entry, err));
      if ('result' in outcome) return outcome.result;
      // A 409 means nothing was applied by this request: resend is not an option here.
      const s = outcome.settlement;
      return (await applySettlement(id, s)) ?? fail(id, info(entry, err));
    }
    if (TRANSIENT_KINDS.has(err.kind) && err.retryable) {
      return requeue(id, info(entry, err), !neverSent(err));
    }
    return fail(id, info(entry, err));
  }

  return { turn };
}

function neverSent(err: ApiError): boolean {
  return err.networkCode !== undefined && NOT_SENT_CODES.has(err.networkCode);
}

export type Sender = ReturnType<typeof createSender>;
