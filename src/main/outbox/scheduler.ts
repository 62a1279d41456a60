// Who goes next: one action per order at a time, strictly in the order's sequence; different orders in
// parallel up to `lanes` turns (their requests are bounded further by the sender's API slots); only
// while the API is reachable; an action waiting for its backoff is woken by a timer. Actions a caller
// is waiting on (a live scan) go before the replay backlog.
import type { OutboxEntry } from './records';
import type { SubmitResult } from './types';

export interface SchedulerDeps {
  /** Turns at once (orders in progress). */
  lanes: number;
  now: () => number;
  isOnline: () => boolean;
  /** The first unsettled entry of each order, but of the orders skipped (those with a turn running). */
  heads: (skip: (orderCode: string) => boolean) => Iterable<OutboxEntry>;
  /** Not yet durable (enqueue still being fsync'd): never sent before it is. */
  isHeld: (id: string) => boolean;
  turn: (id: string) => Promise<{ result: SubmitResult; durable: Promise<void> }>;
  /** A turn threw (journal/disk trouble): logged by the caller; the entry stays as it is. */
  onTurnError: (id: string, err: unknown) => void;
  onIdle: () => void;
}

export function createScheduler(deps: SchedulerDeps) {
  const activeOrders = new Set<string>();
  const waiters = new Map<string, ((r: SubmitResult | null) => void)[]>();
  let timer: NodeJS.Timeout | null = null;
  let timerAt = Infinity;
  let closed = false;
  /** Turns whose lane is free but whose records are still being fsync'd. */
  let settling = 0;
  const running = new Set<Promise<void>>();

  const isActive = (orderCode: string): boolean => activeOrders.has(orderCode);

  function due(entry: OutboxEntry, now: number): boolean {
    return entry.nextAttemptAt === null || Date.parse(entry.nextAttemptAt) <= now;
  }

  function pump(): void {
    if (closed) return;
    if (!deps.isOnline()) {
      settleIdle();
      return;
    }
    const free = deps.lanes - activeOrders.size;
    if (free <= 0) return; // the next turn to end pumps again
    const now = deps.now();
    const ready: OutboxEntry[] = [];
    let nextWake = Infinity;
    // Without callers waiting, the first heads that fill the free lanes will do; while the lanes are
    // full the backoff timer does not matter (the last pump before they empty scans everything).
    const enough = waiters.size === 0 ? free : Infinity;
    for (const head of deps.heads(isActive)) {
      if (head.state !== 'queued' || deps.isHeld(head.id)) continue;
      if (due(head, now)) ready.push(head);
      else nextWake = Math.min(nextWake, Date.parse(head.nextAttemptAt ?? ''));
      if (ready.length >= enough) break;
    }
    ready.sort((a, b) => Number(waiters.has(b.id)) - Number(waiters.has(a.id)) || a.seq - b.seq);
    for (const entry of ready) {
      if (activeOrders.size >= deps.lanes) break;
      start(entry);
    }
    wakeAt(nextWake);
    settleIdle();
  }

  function start(entry: OutboxEntry): void {
    activeOrders.add(entry.orderCode);
    const run = (async () => {
      let outcome: { result: SubmitResult; durable: Promise<void> } | null = null;
      try {
        outcome = await deps.turn(entry.id);
      } catch (err) {
        deps.onTurnError(entry.id, err);
      }
      // The order's next step may start now; the answer waits until the turn's records are on disk.
      activeOrders.delete(entry.orderCode);
      settling += 1;
      pump();
      let result: SubmitResult | null = null;
      try {
        await outcome?.durable;
        result = outcome?.result ?? null;
      } catch (err) {
        deps.onTurnError(entry.id, err);
      }
      settling -= 1;
      const list = waiters.get(entry.id);
      waiters.delete(entry.id);
      for (const resolve of list ?? []) resolve(result);
      settleIdle();
    })();
    running.add(run);
    void run.then(() => running.delete(run));
  }

  function wakeAt(at: number): void {
    if (at === Infinity || at >= timerAt) return;
    if (timer) clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(
      () => {
        timer = null;
        timerAt = Infinity;
        pump();
      },
      Math.max(0, at - deps.now()),
    );
  }

  function settleIdle(): void {
    if (activeOrders.size === 0 && settling === 0) deps.onIdle();
  }

  return {
    pump,
    /** Resolves with the outcome of the entry's next turn (null when the turn broke). */
    nextTurnOf(id: string): Promise<SubmitResult | null> {
      return new Promise((resolve) => {
        const list = waiters.get(id) ?? [];
        list.push(resolve);
        waiters.set(id, list);
      });
    },
    /** A caller waits on this action's next turn. */
    isAwaited(id: string): boolean {
      return waiters.has(id);
    },
    isActive(orderCode: string): boolean {
      return activeOrders.has(orderCode);
    },
    /** Forget the backoff timer (e.g. everything became due on reconnect). */
    resetTimer(): void {
      if (timer) clearTimeout(timer);
      timer = null;
      timerAt = Infinity;
    },
    inFlight(): number {
      return activeOrders.size + settling;
    },
    /** Stops starting turns and waits for those in flight (each is bounded by the client's deadline). */
    async close(): Promise<void> {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await Promise.allSettled([...running]);
      for (const list of waiters.values()) for (const resolve of list) resolve(null);
      waiters.clear();
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
