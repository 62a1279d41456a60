// What this station packed and printed, persisted: it is how a second scan knows the label already
// printed here (nothing prints twice by itself) and what the shift counters count.
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, SerialWriter } from '../files/durable-file';

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
}

const recordSchema = z.object({
  orderCode: z.string(),
  scanId: z.string(),
  packedAt: z.string().nullable(),
  printedAt: z.string().nullable(),
  durationMs: z.number().nullable(),
  jobId: z.string().nullable(),
  awaitingConfirm: z.boolean().optional(),
});
const fileSchema = z.object({ records: z.array(recordSchema) });

/** A few busy days: the whole file is rewritten on each print, so it stays around a megabyte. */
const KEEP = 5_000;

export class PackLog {
  private readonly byCode = new Map<string, PackRecord>();
  private readonly writer: SerialWriter;
  private readonly path: string;
  private lastPrintedCode: string | null = null;

  /** `onPrinted`: a label was recorded printed here (the shift counters moved). */
  constructor(
    dataDir: string,
    private readonly onPrinted?: () => void,
  ) {
    this.path = join(dataDir, 'station', 'pack-log.json');
    this.writer = new SerialWriter(this.path);
  }

  async load(): Promise<void> {
    const parsed = fileSchema.safeParse(await readJsonFile(this.path));
    if (!parsed.success) return;
    for (const r of parsed.data.records) this.byCode.set(r.orderCode, r);
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
    return this.writer.write({ records: this.records() });
  }
}
