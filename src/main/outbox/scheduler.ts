// Who goes next: one action per order at a time, strictly in the order's sequence; different orders in
// parallel up to `concurrency`; only while the API is reachable; an action waiting for its backoff is
// woken by a timer. Actions a caller is waiting on (a live scan) go before the replay backlog.
import type { OutboxEntry } from './records';
import type { SubmitResult } from './types';

export interface SchedulerDeps {
  concurrency: number;
  now: () => number;
  isOnline: () => boolean;
  entries: () => Iterable<OutboxEntry>;
  /** Not yet durable (enqueue still being fsync'd): never sent before it is. */
  isHeld: (id: string) => boolean;
  turn: (id: string) => Promise<SubmitResult>;
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
  const running = new Set<Promise<void>>();

  /** The first pending entry of each order (the only one that may go). */
  function heads(): OutboxEntry[] {
    const first = new Map<string, OutboxEntry>();
    for (const entry of deps.entries()) {
      if (entry.state === 'done' || entry.state === 'discarded') continue;
      const seen = first.get(entry.orderCode);
      if (!seen || entry.seq < seen.seq) first.set(entry.orderCode, entry);
    }
    return [...first.values()];
  }

  function due(entry: OutboxEntry, now: number): boolean {
    return entry.nextAttemptAt === null || Date.parse(entry.nextAttemptAt) <= now;
  }

  function pump(): void {
    if (closed) return;
    if (!deps.isOnline()) {
      settleIdle();
      return;
    }
    const now = deps.now();
    const ready: OutboxEntry[] = [];
    let nextWake = Infinity;
    for (const head of heads()) {
      if (head.state !== 'queued' || activeOrders.has(head.orderCode) || deps.isHeld(head.id)) continue;
      if (due(head, now)) ready.push(head);
      else nextWake = Math.min(nextWake, Date.parse(head.nextAttemptAt ?? ''));
    }
    ready.sort((a, b) => Number(waiters.has(b.id)) - Number(waiters.has(a.id)) || a.seq - b.seq);
    for (const entry of ready) {
      if (activeOrders.size >= deps.concurrency) break;
      start(entry);
    }
    wakeAt(nextWake);
    settleIdle();
  }

  function start(entry: OutboxEntry): void {
    activeOrders.add(entry.orderCode);
    let result: SubmitResult | null = null;
    const run = deps
      .turn(entry.id)
      .then(
        (r) => {
          result = r;
        },
        (err: unknown) => deps.onTurnError(entry.id, err),
      )
      .finally(() => {
        activeOrders.delete(entry.orderCode);
        const list = waiters.get(entry.id);
        waiters.delete(entry.id);
        for (const resolve of list ?? []) resolve(result);
        running.delete(run);
        pump();
      });
    running.add(run);
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
    if (activeOrders.size === 0) deps.onIdle();
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
      return activeOrders.size;
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
