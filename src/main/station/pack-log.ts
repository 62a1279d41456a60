// What this station packed and printed, persisted: it is how a second scan knows the label already
// printed here (nothing prints twice by itself), what the shift counters count and what the shift report
// is made of. Every record and event names the packer; each order keeps its step timings.
import { join } from 'node:path';
import { z } from 'zod';
import type { PackerRef } from '../../shared/people';
import { readJsonFile, SerialWriter } from '../files/durable-file';
import { PackEvents, packEventSchema, packerSchema, type PackEvent } from './pack-events';
import { ScanNotes } from './scan-notes';

export type { PackEvent } from './pack-events';

export interface PackRecord {
  orderCode: string;
  scanId: string;
  packedAt: string | null;
  printedAt: string | null;
  /** Scan to label accepted, when one scan did it all. */
  durationMs: number | null;
  jobId: string | null;
  /** Confirm-label mode: printed, shipping waits for the label's tracking barcode (survives a restart). */
  awaitingConfirm?: boolean;
  /** Who packed it (null: nobody had scanned a badge); absent in records older than badges. */
  packer?: PackerRef | null;
  /** The courier (logistic provider) of the label, when the order was known. */
  courier?: string | null;
  /** Milliseconds per step of the scan that printed it: resolve, set_process, verify, set_packed, label, print. */
  steps?: Record<string, number>;
}

const recordSchema = z.object({
  orderCode: z.string(),
  scanId: z.string(),
  packedAt: z.string().nullable(),
  printedAt: z.string().nullable(),
  durationMs: z.number().nullable(),
  jobId: z.string().nullable(),
  awaitingConfirm: z.boolean().optional(),
  packer: packerSchema.nullable().optional(),
  courier: z.string().nullable().optional(),
  steps: z.record(z.string(), z.number()).optional(),
});
const fileSchema = z.object({
  records: z.array(recordSchema),
  events: z.array(packEventSchema).optional(),
});

export interface PackLogOptions {
  /** Who is packing now: the packer of a record whose scan this log did not see begin (tray prints). */
  packer?: () => PackerRef | null;
  /** The courier of an order, from the work queue. */
  courier?: (orderCode: string) => string | null;
}

/** A few busy days: the whole file is rewritten on each print, so it stays around a megabyte. */
const KEEP = 5_000;

export class PackLog {
  private readonly byCode = new Map<string, PackRecord>();
  private readonly writer: SerialWriter;
  private readonly path: string;
  private lastPrintedCode: string | null = null;
  private readonly events = new PackEvents();
  /** Per scan still in memory: its packer and step timings. */
  readonly scans = new ScanNotes();

  /** `onPrinted`: a label was recorded printed here (the shift counters moved). */
  constructor(
    dataDir: string,
    private readonly onPrinted?: () => void,
    private readonly opts: PackLogOptions = {},
  ) {
    this.path = join(dataDir, 'station', 'pack-log.json');
    this.writer = new SerialWriter(this.path);
  }

  async load(): Promise<void> {
    const parsed = fileSchema.safeParse(await readJsonFile(this.path));
    if (!parsed.success) return;
    for (const r of parsed.data.records) this.byCode.set(r.orderCode, r);
    this.events.load(parsed.data.events ?? []);
  }

  /** The packer a scan began with, else whoever is packing now. */
  packerOf(scanId: string): PackerRef | null {
    const began = this.scans.packer(scanId);
    return began === undefined ? (this.opts.packer?.() ?? null) : began;
  }

  /** A stop, a failed scan or a reprint, with its packer (the shift report counts them). */
  note(event: Omit<PackEvent, 'packer'> & { packer?: PackerRef | null }, scanId?: string): Promise<void> {
    const packer = event.packer === undefined ? this.packerOf(scanId ?? '') : event.packer;
    this.events.add({ ...event, packer });
    return this.save();
  }

  eventList(): PackEvent[] {
    return this.events.list();
  }

  get(orderCode: string): PackRecord | null {
    return this.byCode.get(orderCode) ?? null;
  }

  records(): PackRecord[] {
    return [...this.byCode.values()];
  }

  lastPrinted(): string | null {
    return this.lastPrintedCode;
  }

  /** Updates memory at once (the next scan sees it) and saves in the background, writes in order. */
  markPacked(orderCode: string, scanId: string, at: Date): Promise<void> {
    const seen = this.byCode.get(orderCode);
    this.set({
      orderCode,
      scanId,
      packedAt: at.toISOString(),
      printedAt: seen?.printedAt ?? null,
      durationMs: seen?.durationMs ?? null,
      jobId: seen?.jobId ?? null,
      packer: this.packerOf(scanId),
      ...(seen?.steps ? { steps: seen.steps } : {}),
    });
    return this.save();
  }

  markPrinted(
    orderCode: string,
    info: { scanId: string; at: Date; durationMs: number | null; jobId: string; awaitingConfirm?: boolean },
  ): Promise<void> {
    const seen = this.byCode.get(orderCode);
    this.set({
      orderCode,
      scanId: info.scanId,
      packedAt: seen?.packedAt ?? info.at.toISOString(),
      printedAt: info.at.toISOString(),
      durationMs: info.durationMs,
      jobId: info.jobId,
      ...(info.awaitingConfirm ? { awaitingConfirm: true } : {}),
      packer: this.packerOf(info.scanId),
      courier: this.opts.courier?.(orderCode) ?? seen?.courier ?? null,
      steps: { ...seen?.steps, ...this.scans.steps(info.scanId) },
    });
    this.lastPrintedCode = orderCode;
    const saved = this.save();
    try {
      this.onPrinted?.();
    } catch {
      /* a listener's bug must not lose the record */
    }
    return saved;
  }

  /** Printed orders whose shipping waits for their label to be confirmed, with the scan that printed them. */
  awaitingConfirm(): Array<{ orderCode: string; scanId: string }> {
    return this.records()
      .filter((r) => r.awaitingConfirm)
      .map((r) => ({ orderCode: r.orderCode, scanId: r.scanId }));
  }

  /** The label was confirmed on its box: shipping is journaled, nothing waits any more. */
  confirmed(orderCode: string): Promise<void> {
    const seen = this.byCode.get(orderCode);
    if (!seen?.awaitingConfirm) return Promise.resolve();
    const { awaitingConfirm: _done, ...rest } = seen;
    this.byCode.set(orderCode, rest);
    return this.save();
  }

  private set(record: PackRecord): void {
    // Re-insert so the map stays in time order and trimming drops the oldest.
    this.byCode.delete(record.orderCode);
    this.byCode.set(record.orderCode, record);
    while (this.byCode.size > KEEP) {
      const oldest = this.byCode.keys().next().value;
      if (oldest === undefined) break;
      this.byCode.delete(oldest);
    }
  }

  /** Waits for saves still in flight. */
  flush(): Promise<void> {
    return this.writer.flush();
  }

  private save(): Promise<void> {
    return this.writer.write({ records: this.records(), events: this.events.list() });
  }
}
