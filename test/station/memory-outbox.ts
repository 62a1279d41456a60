// A small in-memory Outbox (the interface of src/main/outbox/types.ts) for the flow's tests until the
// durable one is wired in: per-order order, network/5xx kept queued and retried, a refusal explained by
// tracking (this step already done → done; the order moved on → stopped; anything else → failed).
import { randomUUID } from 'node:crypto';
import { isApiError } from '../../src/main/api/errors';
import type { OrdersApi } from '../../src/main/api/types';
import type { Outbox, OutboxActionInput, OutboxEvent, SubmitResult } from '../../src/main/outbox/types';
import { toErrorInfo } from '../../src/main/station/error-info';
import type { ErrorInfo, FlowStep } from '../../src/shared/errors';
import { parseStatus, statusRank, type OrderStatus } from '../../src/shared/orders';
import type { OutboxActionKind, OutboxEntryView, OutboxSummary } from '../../src/shared/outbox/types';

type Api = Pick<
  OrdersApi,
  'setProcess' | 'setPacked' | 'setProcessPacked' | 'getShippingLabel' | 'ship' | 'track'
>;

const TARGET: Record<OutboxActionKind, OrderStatus | null> = {
  set_process: 'process',
  set_packed: 'packed',
  set_process_packed: 'packed',
  mark_printed: null,
  ship: 'shipped',
};

const PENDING = new Set(['queued', 'sending', 'failed']);

export class MemoryOutbox implements Outbox {
  readonly entries: OutboxEntryView[] = [];
  /** Every API attempt, `code:kind`, so a test can count them. */
  readonly attempts: string[] = [];
  private readonly listeners = new Set<(e: OutboxEvent) => void>();
  private readonly running = new Map<string, Promise<void>>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;

  constructor(
    private readonly api: Api,
    private readonly retryMs = 50,
  ) {}

  async submit(action: OutboxActionInput): Promise<SubmitResult> {
    const entry = this.add(action);
    if (this.earlierPending(entry)) return { state: 'queued', id: entry.id, reason: null };
    await this.attempt(entry);
    return this.resultOf(entry);
  }

  async enqueue(action: OutboxActionInput): Promise<{ id: string }> {
    const entry = this.add(action);
    this.kick();
    return { id: entry.id };
  }

  list(): OutboxEntryView[] {
    return this.entries.map((e) => ({ ...e }));
  }

  summary(): OutboxSummary {
    const queued = this.entries.filter((e) => e.state === 'queued' || e.state === 'sending');
    return {
      queued: queued.length,
      failed: this.entries.filter((e) => e.state === 'failed').length,
      stopped: this.entries.filter((e) => e.state === 'stopped').length,
      oldestQueuedAt: queued[0]?.createdAt ?? null,
    };
  }

  pendingFor(orderCode: string): OutboxEntryView[] {
    return this.entries
      .filter((e) => e.orderCode === orderCode && PENDING.has(e.state))
      .map((e) => ({ ...e }));
  }

  async retry(id: string): Promise<SubmitResult> {
    const entry = this.byId(id);
    this.set(entry, { state: 'queued' });
    await this.attempt(entry);
    return this.resultOf(entry);
  }

  async discard(id: string, reason: string): Promise<void> {
    this.set(this.byId(id), { state: 'discarded', note: reason });
    this.kick();
  }

  onChange(listener: (event: OutboxEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async drained(timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (this.entries.some((e) => e.state === 'queued' || e.state === 'sending')) {
      if (Date.now() > until) throw new Error('outbox not drained');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await Promise.all([...this.running.values()]);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await Promise.all([...this.running.values()]);
  }

  private add(action: OutboxActionInput): OutboxEntryView {
    const entry: OutboxEntryView = {
      id: randomUUID(),
      orderCode: action.orderCode,
      kind: action.kind,
      ...(action.pickupOption ? { pickupOption: action.pickupOption } : {}),
      state: 'queued',
      createdAt: new Date().toISOString(),
      attempts: 0,
      lastAttemptAt: null,
      nextAttemptAt: null,
      lastError: null,
      note: null,
      requestId: null,
    };
    this.entries.push(entry);
    this.emit(entry);
    return entry;
  }

  private earlierPending(entry: OutboxEntryView): boolean {
    const mine = this.entries.filter((e) => e.orderCode === entry.orderCode);
    return mine.slice(0, mine.indexOf(entry)).some((e) => PENDING.has(e.state));
  }

  /** Sends the oldest queued action of every order whose earlier actions are settled. */
  private kick(): void {
    if (this.closed) return;
    for (const entry of this.entries) {
      if (entry.state !== 'queued' || this.running.has(entry.orderCode) || this.earlierPending(entry))
        continue;
      const run = this.attempt(entry).finally(() => {
        this.running.delete(entry.orderCode);
        this.kick();
      });
      this.running.set(entry.orderCode, run);
    }
  }

  private async attempt(entry: OutboxEntryView): Promise<void> {
    this.set(entry, {
      state: 'sending',
      attempts: entry.attempts + 1,
      lastAttemptAt: new Date().toISOString(),
    });
    this.attempts.push(`${entry.orderCode}:${entry.kind}`);
    try {
      const requestId = await this.send(entry);
      this.set(entry, { state: 'done', requestId, note: 'sent', lastError: null });
      this.kick();
    } catch (err) {
      const error = toErrorInfo(err, stepOf(entry.kind));
      if (error.retryable) {
        this.set(entry, { state: 'queued', lastError: error });
        this.later();
        return;
      }
      await this.explain(entry, error);
    }
  }

  private async send(entry: OutboxEntryView): Promise<string | null> {
    const { orderCode: code, pickupOption } = entry;
    switch (entry.kind) {
      case 'set_process':
        return (await this.api.setProcess(code)).requestId;
      case 'set_packed':
        return (await this.api.setPacked(code, pickupOption ?? 'MID_PICKUP')).requestId;
      case 'set_process_packed':
        return (await this.api.setProcessPacked(code, pickupOption ?? 'MID_PICKUP')).requestId;
      case 'mark_printed':
        return (await this.api.getShippingLabel(code, true)).requestId;
      case 'ship':
        return (await this.api.ship(code)).requestId;
    }
  }

  /** A refusal: tracking tells whether this step is already done, or the order moved elsewhere. */
  private async explain(entry: OutboxEntryView, error: ErrorInfo): Promise<void> {
    const target = TARGET[entry.kind];
    if (!isApiErrorInfo(error) || target === null) {
      this.set(entry, { state: 'failed', lastError: error });
      return;
    }
    let status: OrderStatus | null = null;
    try {
      status = parseStatus((await this.api.track(entry.orderCode)).order_status);
    } catch (err) {
      if (isApiError(err) && err.retryable) {
        this.set(entry, { state: 'queued', lastError: error });
        this.later();
        return;
      }
    }
    if (status === target) {
      this.set(entry, { state: 'done', note: 'already done (seen in tracking)', lastError: null });
      this.kick();
    } else if (
      status !== null &&
      (status === 'cancelled' || status === 'returned' || statusRank(status) > statusRank(target))
    ) {
      this.set(entry, {
        state: 'stopped',
        note: `order is ${status}`,
        lastError: { ...error, currentStatus: status },
      });
      this.kick();
    } else {
      this.set(entry, { state: 'failed', lastError: { ...error, currentStatus: status } });
    }
  }

  private later(): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.kick();
    }, this.retryMs);
  }

  private resultOf(entry: OutboxEntryView): SubmitResult {
    const { id } = entry;
    if (entry.state === 'done')
      return {
        state: 'done',
        id,
        requestId: entry.requestId,
        via: entry.note === 'sent' ? 'sent' : 'already_done',
      };
    if (entry.state === 'failed' || entry.state === 'stopped')
      return { state: entry.state, id, error: entry.lastError ?? unknownError(entry.kind) };
    return { state: 'queued', id, reason: entry.lastError };
  }

  private byId(id: string): OutboxEntryView {
    const entry = this.entries.find((e) => e.id === id);
    if (!entry) throw new Error(`no outbox entry ${id}`);
    return entry;
  }

  private set(entry: OutboxEntryView, patch: Partial<OutboxEntryView>): void {
    Object.assign(entry, patch);
    this.emit(entry);
  }

  private emit(entry: OutboxEntryView): void {
    for (const l of this.listeners) l({ entry: { ...entry } });
  }
}

function isApiErrorInfo(error: ErrorInfo): boolean {
  return error.kind === 'conflict' && error.httpStatus === 409;
}

function unknownError(kind: OutboxActionKind): ErrorInfo {
  return {
    kind: 'internal',
    message: 'No error recorded',
    step: stepOf(kind),
    retryable: false,
    requestId: null,
    httpStatus: null,
  };
}

function stepOf(kind: OutboxActionKind): FlowStep {
  return kind === 'set_process_packed' ? 'set_packed' : kind;
}
