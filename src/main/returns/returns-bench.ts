// The returns bench: a scanned parcel's order is found (returns-lookup.ts), its return recorded — first in
// the bench's log, then journaled in the station's outbox like a packing step (sent at once when online,
// replayed after a crash, confirmed against the order's status before any resend: exactly once) — and
// a return slip printed for the bin. Today's returns are listed with how their sending stands.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { ErrorInfo } from '../../shared/errors';
import type { ReturnLookup, ReturnRecordView } from '../../shared/ipc/returns-channels';
import type { ReturnReason } from '../../shared/orders/options';
import type { OutboxEntryView } from '../../shared/outbox/types';
import type { OrdersApi } from '../api/types';
import { StationError } from '../errors/station-error';
import type { Connectivity, Outbox } from '../outbox/types';
import { PrinterError } from '../printing/errors';
import type { PrintJob } from '../printing/types';
import { lookupReturn, refusalKey } from './returns-lookup';
import { openReturnsIndex, type ReturnsIndex } from './returns-index';
import { openReturnsLog, type ReturnRecord, type ReturnsLog } from './returns-log';
import { REASON_WORDS, writeReturnSlip } from './return-slip';

export interface ReturnsBenchDeps {
  /** `<dataDir>/returns`: the order copy, the log and the slips. */
  dir: string;
  api: Pick<OrdersApi, 'listOrders' | 'getOrderDetail' | 'track'>;
  outbox: Outbox;
  connectivity: Connectivity;
  /** Sends a slip PDF to the bench's printer. */
  printSlip(file: string, orderCode: string): Promise<PrintJob>;
  timeZone(): string;
  /** Who is at the bench (the packers feature wires it); null when unknown. */
  packer?: () => string | null;
  now?: () => number;
  onChange?: (today: ReturnRecordView[]) => void;
  log?: {
    info(message: string, meta?: Record<string, unknown>): void;
    warn(message: string, meta?: Record<string, unknown>): void;
  };
}

export interface ReturnsBench {
  lookup(code: string): Promise<ReturnLookup>;
  record(input: { orderCode: string; reason: ReturnReason; note: string }): Promise<ReturnRecordView>;
  today(): ReturnRecordView[];
  /** Every return this bench recorded (the shift report counts them per shift and packer). */
  all(): ReturnRecordView[];
  reprintSlip(id: string): Promise<{ jobId: string }>;
  /** Refreshes the order copy from the API (start-up, reconnect). */
  sync(): Promise<void>;
  close(): Promise<void>;
}

const GONE = new Set(['stopped', 'discarded']);

export async function openReturnsBench(deps: ReturnsBenchDeps): Promise<ReturnsBench> {
  const now = deps.now ?? Date.now;
  const index: ReturnsIndex = await openReturnsIndex({ dir: deps.dir, api: deps.api });
  const log: ReturnsLog = await openReturnsLog(deps.dir, now);
  const publish = (): void => deps.onChange?.(today());

  function entryOf(record: ReturnRecord): OutboxEntryView | undefined {
    if (!record.outboxId) return undefined;
    return deps.outbox.list().find((e) => e.id === record.outboxId);
  }

  function view(record: ReturnRecord): ReturnRecordView {
    const entry = entryOf(record);
    // An entry trimmed from the outbox's settled list was settled long ago: done.
    const state = record.outboxId === null ? 'queued' : (entry?.state ?? 'done');
    return {
      id: record.id,
      orderCode: record.orderCode,
      awb: record.awb,
      reason: record.reason,
      note: record.note,
      at: record.at,
      packer: record.packer,
      state,
      stateNote: entry?.note ?? null,
      error: state === 'done' ? null : (entry?.lastError ?? null),
      slip: { jobId: record.slipJobId, error: record.slipError },
    };
  }

  function dayOf(ms: number): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: deps.timeZone() }).format(ms);
  }

  function today(): ReturnRecordView[] {
    const day = dayOf(now());
    return log
      .all()
      .filter((r) => dayOf(Date.parse(r.at)) === day)
      .map(view);
  }

  /** Journals the record's return in the outbox (once: the record then names it). */
  async function journal(record: ReturnRecord): Promise<ReturnRecord> {
    const adopted = deps.outbox.list().find((e) => e.kind === 'return' && e.scanId === record.id);
    const outboxId =
      adopted?.id ??
      (
        await deps.outbox.enqueue({
          orderCode: record.orderCode,
          kind: 'return',
          returnBy: record.reason,
          returnReason: record.note || `Returned parcel: ${REASON_WORDS[record.reason]}`,
          scanId: record.id,
        })
      ).id;
    const next = { ...record, outboxId };
    await log.save(next);
    return next;
  }

  async function printSlip(record: ReturnRecord): Promise<ReturnRecord> {
    let slipJobId: string | null = null;
    let slipError: ErrorInfo | null = null;
    try {
      const when = new Intl.DateTimeFormat('en-GB', {
        timeZone: deps.timeZone(),
        dateStyle: 'medium',
        timeStyle: 'short',
      }).format(Date.parse(record.at));
      const file = await writeReturnSlip(join(deps.dir, 'slips'), record.id, {
        orderCode: record.orderCode,
        awb: record.awb,
        reason: record.reason,
        note: record.note,
        when,
        who: record.packer,
      });
      slipJobId = (await deps.printSlip(file, record.orderCode)).jobId;
    } catch (err) {
      const info: ErrorInfo =
        err instanceof PrinterError
          ? err.toInfo()
          : new StationError({
              kind: 'printer',
              step: 'print',
              message: `The return slip did not print: ${err instanceof Error ? err.message : String(err)}`,
              key: {
                key: 'benchErrors.slipNotPrinted',
                values: { why: err instanceof Error ? err.message : String(err) },
              },
            }).toInfo();
      slipError = info;
      deps.log?.warn('Return slip did not print', { orderCode: record.orderCode, error: info.message });
    }
    const next = { ...record, slipJobId, slipError };
    await log.save(next);
    return next;
  }

  // A record written just before a crash, not yet journaled: journal it now (or adopt what was).
  for (const record of log.all()) if (record.outboxId === null) await journal(record);

  const unfollow = deps.outbox.onChange(({ entry }) => {
    if (entry.kind !== 'return') return;
    if (entry.state === 'done') void index.noteStatus(entry.orderCode, 'returned').catch(() => undefined);
    publish();
  });

  const bench: ReturnsBench = {
    lookup: (code) =>
      lookupReturn(
        {
          index,
          log,
          api: deps.api,
          connectivity: deps.connectivity,
          now,
          stillRecorded: (id) => {
            const r = log.get(id);
            return r !== undefined && !GONE.has(view(r).state);
          },
        },
        code,
      ),
    async record({ orderCode, reason, note }) {
      const found = await bench.lookup(orderCode);
      if (!found.found) {
        throw new StationError({
          kind: 'conflict',
          step: 'return',
          message: found.message,
          key: refusalKey(found),
        });
      }
      const order = found.order;
      const first: ReturnRecord = {
        id: randomUUID(),
        orderCode: order.orderCode,
        awb: order.awb,
        reason,
        note: note.trim(),
        at: new Date(now()).toISOString(),
        packer: deps.packer?.() ?? null,
        outboxId: null,
        slipJobId: null,
        slipError: null,
      };
      await log.save(first);
      const journaled = await journal(first);
      deps.log?.info('Return recorded', { orderCode: order.orderCode, reason, outboxId: journaled.outboxId });
      const printed = await printSlip(journaled);
      publish();
      return view(printed);
    },
    today,
    all: () => log.all().map(view),
    async reprintSlip(id) {
      const record = log.get(id);
      if (!record)
        throw new StationError({
          kind: 'not_found',
          step: 'print',
          message: 'No such return at this bench.',
          key: { key: 'benchErrors.noSuchReturn' },
        });
      const printed = await printSlip(record);
      if (printed.slipError) throw new StationError(printed.slipError);
      return { jobId: printed.slipJobId ?? '' };
    },
    sync: () => index.sync(),
    async close() {
      unfollow();
      await log.flush();
      await index.flush();
    },
  };
  return bench;
}
