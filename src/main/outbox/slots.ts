// API slots: how many requests the outbox has in flight at once (the "concurrency" the API sees). Turns
// may outnumber slots: a turn journals and fsyncs its attempt first, and with more turns than slots
// those fsyncs run (grouped into one) while earlier requests are still out, instead of each request
// waiting for its own fsync. A request someone waits on (a live scan) gets the next free slot first.

export interface Slots {
  /** Runs `fn` once a slot is free; `urgent` goes before the replay backlog. */
  run<T>(urgent: boolean, fn: () => Promise<T>): Promise<T>;
  inUse(): number;
}

export function createSlots(size: number): Slots {
  let used = 0;
  const urgentQueue: (() => void)[] = [];
  const queue: (() => void)[] = [];

  function release(): void {
    const next = urgentQueue.shift() ?? queue.shift();
    // The slot passes straight to the next waiter: `used` stays the same.
    if (next) next();
    else used -= 1;
  }

  async function acquire(urgent: boolean): Promise<void> {
    if (used < size) {
      used += 1;
      return;
    }
    await new Promise<void>((resolve) => (urgent ? urgentQueue : queue).push(resolve));
  }

  return {
    async run(urgent, fn) {
      await acquire(urgent);
      try {
        return await fn();
      } finally {
        release();
      }
    },
    inUse: () => used,
  };
}
