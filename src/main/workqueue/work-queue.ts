// The station's local copy of the open orders: code → id index and order details, synced in the background
// from the list endpoint and kept in the data dir, so a scan resolves at once and works offline.
import { join } from 'node:path';
import type { OrdersApi } from '../api/types';
import { isApiError } from '../api/errors';
import type { ErrorInfo } from '../../shared/errors';
import { OPEN_STATUSES, parseStatus, type OrderStatus } from '../../shared/orders';
import { mapBounded } from './bounded-map';
import { WorkQueueCacheFile } from './cache-file';
import { listOpenOrders } from './list-open-orders';
import type { CachedOrder, SyncProgress, SyncResult, WorkQueueEvent, WorkQueueStatus } from './types';

export interface WorkQueueOptions {
  api: Pick<OrdersApi, 'listOrders' | 'getOrderDetail'>;
  dataDir: string;
  /** Background refresh period; 0 turns the timer off (tests, or a station told to stay quiet). */
  intervalMs?: number;
  /** Requests in flight at once during a sync. */
  concurrency?: number;
  onEvent?: (event: WorkQueueEvent) => void;
  now?: () => Date;
}

const IDLE: SyncProgress = { phase: 'idle', done: 0, total: 0 };

export class WorkQueue {
  private readonly orders = new Map<string, CachedOrder>();
  private readonly file: WorkQueueCacheFile;
  private readonly concurrency: number;
  private readonly now: () => Date;
  private lastSyncAt: string | null = null;
  /** Orders changed since the last save: an unchanged sync rewrites only the small meta file. */
  private dirty = false;
  private progress: SyncProgress = IDLE;
  private running: Promise<SyncResult> | null = null;
  /** The cache file being written after a sync (the orders are ready before it is). */
  private saving: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly opts: WorkQueueOptions) {
    this.file = new WorkQueueCacheFile(join(opts.dataDir, 'workqueue.json'));
    this.concurrency = opts.concurrency ?? 4;
    this.now = opts.now ?? (() => new Date());
  }

  /** Loads the saved cache, then syncs in the background and on the timer. */
  async start(): Promise<void> {
    await this.load();
    this.refreshInBackground();
    const every = this.opts.intervalMs ?? 60_000;
    if (every > 0) {
      this.timer = setInterval(() => this.refreshInBackground(), every);
      this.timer.unref();
    }
  }

  async load(): Promise<void> {
    const saved = await this.file.load();
    this.lastSyncAt = saved.lastSyncAt;
    for (const order of saved.orders) this.orders.set(order.orderCode, order);
  }

  /** Stops the timer and waits for a sync in flight, so nothing writes after shutdown. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
    await this.saved();
  }

  /** Once the orders of the last sync are on disk (a failed save was already reported as an event). */
  saved(): Promise<void> {
    return this.saving;
  }

  /** A full sync; concurrent callers share the one in flight. */
  refresh(): Promise<SyncResult> {
    if (!this.running) {
      this.running = this.sync().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  lookup(orderCode: string): CachedOrder | null {
    return this.orders.get(orderCode.trim()) ?? null;
  }

  /** The cached order; an unknown code triggers one refresh, then answers (null: still unknown). */
  async resolve(orderCode: string): Promise<CachedOrder | null> {
    const hit = this.lookup(orderCode);
    if (hit) return hit;
    await this.refresh().catch(() => undefined);
    return this.lookup(orderCode);
  }

  /** Fetches one order's detail now (a scan wants the truth); throws the API error when offline. */
  async refreshDetail(orderCode: string): Promise<CachedOrder | null> {
    const entry = this.lookup(orderCode);
    if (!entry) return null;
    const detail = await this.opts.api.getOrderDetail(entry.orderId);
    const current = this.orders.get(entry.orderCode) ?? entry;
    const updated: CachedOrder = {
      ...current,
      detail,
      detailFor: detail.updated_at,
      status: parseStatus(detail.internal_status) ?? current.status,
    };
    this.orders.set(entry.orderCode, updated);
    this.dirty = true;
    return updated;
  }

  /** The station just moved an order (set-process, packed, shipped): keep resolve answers current. */
  noteStatus(orderCode: string, status: OrderStatus): void {
    const entry = this.lookup(orderCode);
    if (entry) {
      this.orders.set(entry.orderCode, { ...entry, status });
      this.dirty = true;
    }
  }

  list(): CachedOrder[] {
    return [...this.orders.values()];
  }

  status(): WorkQueueStatus {
    return {
      count: this.orders.size,
      lastSyncAt: this.lastSyncAt,
      progress: this.progress,
      syncing: this.running !== null,
    };
  }

  private refreshInBackground(): void {
    // Failures are reported through the sync_failed event; the timer tries again.
    this.refresh().catch(() => undefined);
  }

  private async sync(): Promise<SyncResult> {
    let detailsFetched = 0;
    try {
      this.setProgress({ phase: 'listing', done: 0, total: OPEN_STATUSES.length });
      const listed = await listOpenOrders(this.opts.api, {
        concurrency: this.concurrency,
        onPage: (p) => this.setProgress({ phase: 'listing', ...p }),
      });

      for (const summary of listed.values()) {
        const seen = this.orders.get(summary.order_code);
        if (!seen || seen.summary.updated_at !== summary.updated_at) this.dirty = true;
        this.orders.set(summary.order_code, {
          orderCode: summary.order_code,
          orderId: summary.order_header_id,
          status: parseStatus(summary.internal_status),
          summary,
          detail: seen?.detail ?? null,
          detailFor: seen?.detailFor ?? null,
        });
      }

      // Details only for rows that are new or whose updated_at moved since their detail was fetched.
      const stale = [...listed.values()].filter(
        (s) => this.orders.get(s.order_code)?.detailFor !== s.updated_at,
      );
      this.setProgress({ phase: 'details', done: 0, total: stale.length });
      await mapBounded(stale, this.concurrency, async (summary) => {
        const detail = await this.fetchDetail(summary.order_header_id);
        const current = this.orders.get(summary.order_code);
        if (detail && current) {
          this.orders.set(summary.order_code, { ...current, detail, detailFor: summary.updated_at });
          this.dirty = true;
        }
        detailsFetched++;
        // Every 25th detail is often enough for a progress bar and spares the renderer 5,000 messages.
        if (detailsFetched % 25 === 0 || detailsFetched === stale.length) {
          this.setProgress({ phase: 'details', done: detailsFetched, total: stale.length });
        }
      });

      // Only a complete sync may say an order is no longer open.
      let dropped = 0;
      for (const code of [...this.orders.keys()]) {
        if (!listed.has(code)) {
          this.orders.delete(code);
          this.dirty = true;
          dropped++;
        }
      }
      const finishedAt = this.now().toISOString();
      this.lastSyncAt = finishedAt;
      // Every open order is in memory and scannable now: the file is for the next start, so the sync
      // does not wait for tens of megabytes to be written (a third of a cold 20,000-order sync).
      this.saveInBackground();
      const result: SyncResult = { listed: listed.size, detailsFetched, dropped, finishedAt };
      this.setProgress(IDLE);
      this.emit({ type: 'synced', lastSyncAt: finishedAt, result, count: this.orders.size });
      return result;
    } catch (err) {
      // Keep what arrived: the details fetched so far are saved and not fetched again next time.
      this.saveInBackground();
      this.setProgress(IDLE);
      this.emit({ type: 'sync_failed', error: syncErrorInfo(err) });
      throw err;
    }
  }

  private async fetchDetail(orderId: number) {
    try {
      return await this.opts.api.getOrderDetail(orderId);
    } catch (err) {
      // Gone between list and detail: the next sync drops it. Anything else fails the sync.
      if (isApiError(err) && err.kind === 'not_found') return null;
      throw err;
    }
  }

  /** One save after another; a failure is an event in words, and the next sync writes again. */
  private saveInBackground(): void {
    this.saving = this.saving.then(() =>
      this.save().catch((err: unknown) => this.emit({ type: 'save_failed', error: saveErrorInfo(err) })),
    );
  }

  private async save(): Promise<void> {
    if (this.dirty) {
      this.dirty = false;
      try {
        await this.file.save({ lastSyncAt: this.lastSyncAt, orders: [...this.orders.values()] });
      } catch (err) {
        this.dirty = true;
        throw err;
      }
    }
    await this.file.saveMeta(this.lastSyncAt);
  }

  private setProgress(progress: SyncProgress): void {
    this.progress = progress;
    this.emit({ type: 'progress', progress });
  }

  private emit(event: WorkQueueEvent): void {
    try {
      this.opts.onEvent?.(event);
    } catch {
      /* a listener's bug must not break the sync */
    }
  }
}

function syncErrorInfo(err: unknown): ErrorInfo {
  if (isApiError(err)) return err.toInfo('sync');
  const message = err instanceof Error ? err.message : String(err);
  return {
    kind: 'internal',
    message,
    messageKey: 'stationErrors.syncFailed',
    messageValues: { why: message },
    step: 'sync',
    retryable: true,
    requestId: null,
    httpStatus: null,
  };
}

function saveErrorInfo(err: unknown): ErrorInfo {
  const code = String((err as { code?: unknown }).code ?? err);
  return {
    kind: 'internal',
    message: `The list of open orders could not be saved on this computer (${code}).`,
    action:
      'The station keeps working from memory; the next sync saves it again. Check the disk is not full.',
    messageKey: 'stationErrors.queueNotSaved',
    messageValues: { code },
    step: 'sync',
    retryable: true,
    requestId: null,
    httpStatus: null,
  };
}
