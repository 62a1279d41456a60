// The station's bulk-pack batches: one journal per batch in <dataDir>/batches/<id>/, folded into state on
// start; a batch that had not finished resumes by itself (a print whose fate is unknown waits for the
// supervisor instead). One batch runs at a time. Views are published as `batch:changed`, throttled.
import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BatchSummary, BatchView } from '../../shared/batches/types';
import type { PickupOption } from '../../shared/orders/options';
import type { OrdersApi } from '../api/types';
import { StationError } from '../errors/station-error';
import { ensureDir } from '../files/durable-file';
import { followed } from '../ipc/followed';
import type { Logger } from '../log/logger';
import { openJournal, type Journal } from '../outbox/journal';
import { parseBatchRecord, type BatchRecord } from './records';
import type { BatchClock, BatchPrinter, RunContext } from './run-context';
import { reprint, runBatch } from './run-batch';
import { applyRecord, foldBatch, summaryOf, viewOf, type BatchState } from './state';

export interface BatchServiceOptions {
  dir: string;
  api: () => OrdersApi;
  printer: BatchPrinter;
  log: Logger;
  onChange(view: BatchView): void;
  clock?: BatchClock;
  /** How long outcomes are awaited after the confirmation began (default 60 s). */
  confirmTimeoutMs?: number;
  concurrency?: number;
}

interface Batch {
  state: BatchState;
  journal: Journal<BatchRecord> | null;
  running: Promise<void> | null;
}

const systemClock: BatchClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
};

export const DEFAULT_CONFIRM_TIMEOUT_MS = 60_000;

export interface BatchService {
  start(orderCodes: readonly string[], pickup: PickupOption): Promise<BatchView>;
  current(): BatchView | null;
  get(id: string): BatchView;
  list(): BatchSummary[];
  reprint(id: string, orderCode: string | null): Promise<BatchView>;
  /** Runs an unfinished batch on from where its journal stands (after its run stopped on an error). */
  resume(id: string): BatchView;
  /** Resolves once no batch is running (tests, shutdown). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export async function openBatchService(opts: BatchServiceOptions): Promise<BatchService> {
  const clock = opts.clock ?? systemClock;
  const batches = new Map<string, Batch>();
  let latest: string | null = null;
  let closed = false;
  const view = followed(() => {
    const b = latest ? batches.get(latest) : undefined;
    if (b) opts.onChange(viewOf(b.state, b.running !== null, view.revision()));
  }, 100);

  await ensureDir(opts.dir);
  const ids = (await readdir(opts.dir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  for (const id of ids.sort()) {
    const opened = await openJournal(join(opts.dir, id, 'journal.log'), parseBatchRecord);
    const state = foldBatch(opened.records);
    if (!state) {
      await opened.journal.close();
      continue;
    }
    const finished = state.done || state.printProblem !== null || (state.printing !== null && !state.job);
    if (finished) await opened.journal.close();
    batches.set(id, { state, journal: finished ? null : opened.journal, running: null });
    latest = id;
  }

  function need(id: string): Batch {
    const b = batches.get(id);
    if (!b)
      throw new StationError({
        kind: 'not_found',
        step: 'supervisor',
        message: `No batch ${id} on this station.`,
        key: { key: 'benchErrors.noBatch', values: { id } },
      });
    return b;
  }

  async function journalOf(b: Batch): Promise<Journal<BatchRecord>> {
    b.journal ??= (await openJournal(join(opts.dir, b.state.id, 'journal.log'), parseBatchRecord)).journal;
    return b.journal;
  }

  function context(b: Batch, journal: Journal<BatchRecord>): RunContext {
    return {
      state: b.state,
      async record(r) {
        if (closed) throw new Error('The station is closing; the batch resumes at the next start.');
        await journal.append(r);
        applyRecord(b.state, r);
        view.changed();
      },
      api: opts.api(),
      dir: join(opts.dir, b.state.id),
      clock,
      printer: opts.printer,
      log: opts.log,
      concurrency: opts.concurrency ?? 4,
    };
  }

  function run(b: Batch, work: (ctx: RunContext) => Promise<void>): Promise<void> {
    const task = (async () => {
      const journal = await journalOf(b);
      try {
        await work(context(b, journal));
      } finally {
        b.running = null;
        view.changed();
        if (b.state.done && !closed) {
          b.journal = null;
          await journal.close();
        }
      }
    })();
    b.state.stopReason = null;
    b.running = task.catch((err: unknown) => {
      b.state.stopReason = err instanceof Error ? err.message : String(err);
      opts.log.error('Batch stopped', {
        batch: b.state.id,
        error: err instanceof Error ? err.message : String(err),
      });
    });
    return task;
  }

  const busy = (): Batch | undefined => [...batches.values()].find((b) => b.running);

  // Unfinished batches resume by themselves; one whose print was cut waits for the supervisor.
  for (const b of batches.values()) if (b.journal && !closed) void run(b, runBatch).catch(() => undefined);

  return {
    async start(orderCodes, pickup) {
      if (busy()) {
        throw new StationError({
          kind: 'conflict',
          step: 'supervisor',
          message: 'A batch is still running: wait for it to finish before starting another.',
          key: { key: 'benchErrors.batchRunning' },
        });
      }
      const unique = [...new Set(orderCodes)];
      const at = new Date(clock.now());
      const id = `${at
        .toISOString()
        .replace(/[^0-9]/g, '')
        .slice(0, 14)}-${randomBytes(3).toString('hex')}`;
      const created: BatchRecord = {
        t: 'created',
        id,
        at: at.toISOString(),
        pickup,
        confirmTimeoutMs: opts.confirmTimeoutMs ?? DEFAULT_CONFIRM_TIMEOUT_MS,
        orders: unique.map((code) => ({ code, orderId: null })),
      };
      const { journal } = await openJournal(join(opts.dir, id, 'journal.log'), parseBatchRecord);
      await journal.append(created);
      const state = foldBatch([created]);
      if (!state) throw new Error('a new batch could not be folded');
      const b: Batch = { state, journal, running: null };
      batches.set(id, b);
      latest = id;
      void run(b, runBatch).catch(() => undefined);
      view.changed();
      return viewOf(state, true, view.revision());
    },
    current() {
      const b = latest ? batches.get(latest) : undefined;
      return b ? viewOf(b.state, b.running !== null, view.revision()) : null;
    },
    get(id) {
      const b = need(id);
      return viewOf(b.state, b.running !== null, view.revision());
    },
    list() {
      return [...batches.values()].map((b) => summaryOf(b.state, b.running !== null)).reverse();
    },
    async reprint(id, orderCode) {
      const b = need(id);
      if (b.running) {
        throw new StationError({
          kind: 'conflict',
          step: 'print',
          message: 'The batch is still running: print it again once it has finished.',
          key: { key: 'benchErrors.batchStillRunning' },
        });
      }
      latest = id;
      await run(b, (ctx) => reprint(ctx, orderCode));
      return viewOf(b.state, false, view.revision());
    },
    resume(id) {
      const b = need(id);
      if (!b.running && !b.state.done) void run(b, runBatch).catch(() => undefined);
      return viewOf(b.state, b.running !== null, view.revision());
    },
    async idle() {
      for (let b = busy(); b; b = busy()) await b.running;
    },
    async close() {
      closed = true;
      await Promise.all([...batches.values()].map((b) => b.running));
      view.close();
      for (const b of batches.values()) await b.journal?.close();
    },
  };
}
