// The outbox facade: opens the journal and replays it into state, journals every change durably before
// saying so, hands turns to the scheduler, and tells listeners about each change. See types.ts.
import { randomUUID } from 'node:crypto';
import type { ErrorInfo } from '../../shared/errors';
import { DEFAULT_OUTBOX_BACKOFF, type BackoffPolicy } from './backoff';
import { isoClock } from './clock';
import type { OutboxEntry, OutboxRecord } from './records';
import { enqueueRecord } from './enqueue-record';
import { changedElsewhere, offlineInfo } from './offline-info';
import { openOutboxStore } from './store';
import { createOperatorActions } from './operator';
import { createScheduler } from './scheduler';
import { createSender, type OutboxApi } from './sender';
import { createSlots } from './slots';
import * as S from './state';
import type { Connectivity, Outbox, OutboxActionInput, OutboxEvent, SubmitResult } from './types';

export interface OutboxLog {
  info(message: string): void;
  warn(message: string): void;
}

export interface OutboxOptions {
  /** Folder of the journal (`outbox.journal`). */
  dir: string;
  api: OutboxApi;
  connectivity: Connectivity;
  /** Requests in flight at once (default 4); see LANES_PER_SLOT for the turns around them. */
  concurrency?: number;
  now?: () => number;
  random?: () => number;
  backoff?: BackoffPolicy;
  log?: OutboxLog;
  /** Settled entries kept for the screens (default 200). */
  keepSettled?: number;
  /** set-process-packed: how often to look again, and how long one turn waits (defaults 250 / 10,000 ms). */
  asyncPollMs?: number;
  asyncSettleMs?: number;
  /** Compact once the journal holds this many more records than live entries (default 2,000). */
  compactAfter?: number;
  /** fsync (default true; false only for tests that measure nothing about durability). */
  fsync?: boolean;
}

/**
 * Turns at once per API slot. A turn fsyncs its attempt before its request; with several turns per slot
 * the next attempts' fsync (one, grouped) runs while the requests before them are out, so strict
 * durability costs the replay little time (bench:outbox). 8 keeps the slots busy with fsyncs up to a
 * few ms (a busy disk); 4 left them idle at times. Still one turn per order at a time; after a crash
 * each turn that was running costs one tracking call.
 */
const LANES_PER_SLOT = 8;

interface Enqueued {
  entry: OutboxEntry;
  durable: Promise<void>;
  release: () => void;
}

export async function createOutbox(opts: OutboxOptions): Promise<Outbox> {
  const now = opts.now ?? Date.now;
  const concurrency = Math.max(1, opts.concurrency ?? 4);
  const listeners = new Set<(event: OutboxEvent) => void>();
  const held = new Set<string>();
  const locked = new Set<string>();
  let drainWaiters: (() => void)[] = [];
  let closed = false;
  const iso = isoClock(now);

  function emit(id: string): void {
    const entry = store.state.entries.get(id);
    if (!entry || listeners.size === 0) return;
    const event = { entry: S.toView(entry) };
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (err) {
        opts.log?.warn(`outbox listener failed: ${String(err)}`);
      }
    }
  }

  const store = await openOutboxStore({
    dir: opts.dir,
    keepSettled: opts.keepSettled ?? 200,
    compactAfter: opts.compactAfter ?? 2_000,
    fsync: opts.fsync,
    warn: (message) => opts.log?.warn(message),
    onDurable(id) {
      emit(id);
      checkDrained();
    },
  });
  const commit = (record: OutboxRecord): Promise<void> => store.commit(record);

  function orderEntries(orderCode: string): OutboxEntry[] {
    return S.byOrder(store.state, orderCode);
  }

  const sender = createSender(
    {
      api: opts.api,
      connectivity: opts.connectivity,
      backoff: opts.backoff ?? DEFAULT_OUTBOX_BACKOFF,
      now,
      random: opts.random ?? Math.random,
      asyncPollMs: opts.asyncPollMs ?? 250,
      asyncSettleMs: opts.asyncSettleMs ?? 10_000,
      slots: createSlots(concurrency),
      isUrgent: (id) => scheduler.isAwaited(id),
    },
    {
      get: (id) => store.state.entries.get(id),
      orderEntries,
      commit,
      commitLater: commit,
      async stopRest(stoppedEntry) {
        const error: ErrorInfo = { ...(stoppedEntry.lastError ?? changedElsewhere(stoppedEntry.orderCode)) };
        for (const later of orderEntries(stoppedEntry.orderCode)) {
          if (later.seq <= stoppedEntry.seq || later.state !== 'queued') continue;
          const note = `stopped: an earlier step of order ${later.orderCode} stopped`;
          await commit({ t: 'stopped', id: later.id, rev: later.rev + 1, at: iso(), error, note });
        }
      },
    },
  );

  const scheduler = createScheduler({
    lanes: concurrency * LANES_PER_SLOT,
    now,
    isOnline: () => opts.connectivity.current().online,
    heads: (skip) => S.heads(store.state, skip),
    isHeld: (id) => held.has(id) || locked.has(id),
    turn: (id) => sender.turn(id),
    onTurnError: (id, err) => opts.log?.warn(`outbox turn of ${id} broke: ${String(err)}`),
    onIdle: checkDrained,
  });

  const offConnectivity = opts.connectivity.onChange((view) => {
    if (!view.online) return;
    // Back online: the backoff was about the outage, so everything waiting is due now.
    for (const [id, entry] of store.state.entries) {
      if (entry.state === 'queued' && entry.nextAttemptAt !== null) {
        store.state.entries.set(id, { ...entry, nextAttemptAt: null });
      }
    }
    scheduler.resetTimer();
    scheduler.pump();
  });

  /** Nothing sending, and nothing queued that could go (an order behind a failed step cannot). */
  function isDrained(): boolean {
    if (scheduler.inFlight() > 0) return false;
    // Only a head can move; a head that failed or stopped holds its order until the operator acts.
    for (const head of S.heads(store.state)) {
      if (head.state !== 'failed' && head.state !== 'stopped') return false;
    }
    return true;
  }

  function checkDrained(): void {
    if (drainWaiters.length === 0 || !isDrained()) return;
    const list = drainWaiters;
    drainWaiters = [];
    for (const resolve of list) resolve();
  }

  /**
   * Journals the action (applied at once, held from the scheduler): `durable` says when it is on disk.
   * The caller releases the hold (`release`) once it may be sent.
   */
  function enqueueHeld(action: OutboxActionInput): Enqueued {
    if (closed) throw new Error('the outbox is closed');
    const id = randomUUID();
    const record = enqueueRecord(action, id, store.state.nextSeq, iso());
    held.add(id);
    const durable = commit(record);
    const entry = store.state.entries.get(id);
    if (!entry) throw new Error('outbox entry missing after enqueue');
    return { entry, durable, release: () => held.delete(id) };
  }

  /**
   * Online, and the first step of its order: its turn starts in this same event-loop turn, so its attempt
   * record is written together with the enqueue and ONE fsync covers both before the request leaves (the
   * journal is written in order; each fsync covers everything written before it). Nothing is said about
   * the action before that fsync either: the answer waits for the enqueue's own durability too. (A head
   * has nothing unsettled before it, so nothing stopped either.)
   */
  function sendsAtOnce(entry: OutboxEntry): boolean {
    return opts.connectivity.current().online && isHead(entry);
  }

  function isHead(entry: OutboxEntry): boolean {
    return orderEntries(entry.orderCode).every((e) => e.seq >= entry.seq || S.isSettled(e));
  }

  /** A step added behind a stopped one of the same order stops too (the order moved elsewhere). */
  async function stopBehindStopped(entry: OutboxEntry): Promise<SubmitResult | null> {
    const stopped = orderEntries(entry.orderCode).find((e) => e.state === 'stopped' && e.seq < entry.seq);
    if (!stopped?.lastError) return null;
    const note = `stopped: an earlier step of order ${entry.orderCode} stopped`;
    const error = stopped.lastError;
    await commit({ t: 'stopped', id: entry.id, rev: entry.rev + 1, at: iso(), error, note });
    return { state: 'stopped', id: entry.id, error };
  }

  /** Waits for the entry's turn when it can go now; otherwise says why it waits. */
  async function sendNowOrQueue(entry: OutboxEntry): Promise<SubmitResult> {
    const conn = opts.connectivity.current();
    if (!conn.online) {
      scheduler.pump();
      return { state: 'queued', id: entry.id, reason: conn.lastError ?? offlineInfo() };
    }
    if (!isHead(entry)) {
      scheduler.pump();
      return { state: 'queued', id: entry.id, reason: null };
    }
    const outcome = scheduler.nextTurnOf(entry.id);
    scheduler.pump();
    const result = await outcome;
    const now = store.state.entries.get(entry.id);
    if (result) return result;
    return { state: 'queued', id: entry.id, reason: now?.lastError ?? null };
  }

  const operator = createOperatorActions({ store, scheduler, locked, iso, sendNowOrQueue });

  const outbox: Outbox = {
    async submit(action) {
      const { entry, durable, release } = enqueueHeld(action);
      if (sendsAtOnce(entry)) {
        release();
        return (await Promise.all([sendNowOrQueue(entry), durable]))[0];
      }
      await durable.finally(release);
      return (await stopBehindStopped(entry)) ?? sendNowOrQueue(entry);
    },
    async enqueue(action) {
      const { entry, durable, release } = enqueueHeld(action);
      await durable.finally(release);
      await stopBehindStopped(entry);
      scheduler.pump();
      return { id: entry.id };
    },
    list() {
      return [...store.state.entries.values()].sort((a, b) => a.seq - b.seq).map(S.toView);
    },
    summary() {
      return S.summarise(store.state);
    },
    pendingFor(orderCode) {
      return orderEntries(orderCode)
        .filter((e) => e.state === 'queued' || e.state === 'sending' || e.state === 'failed')
        .map(S.toView);
    },
    retry: (id) => operator.retry(id),
    retryAll: (filter) => operator.retryAll(filter),
    discard: (id, reason) => operator.discard(id, reason),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    drained(timeoutMs = 60_000) {
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          drainWaiters = drainWaiters.filter((w) => w !== done);
          reject(new Error(`the outbox did not drain within ${timeoutMs} ms`));
        }, timeoutMs);
        const done = (): void => {
          clearTimeout(timer);
          resolve();
        };
        drainWaiters.push(done);
        checkDrained();
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      offConnectivity();
      await scheduler.close();
      await store.close();
    },
  };
  scheduler.pump();
  return outbox;
}
