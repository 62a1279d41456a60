// The bench's own record of the returns it took, on disk before the return is journaled in the outbox
// (files/durable-file: atomic, fsync'd). Each record names its outbox action once that is journaled; a
// record without one after a crash is journaled at the next start (see returns-bench.ts). Kept 14 days.
import { join } from 'node:path';
import { z } from 'zod';
import { ERROR_KINDS, type ErrorInfo } from '../../shared/errors';
import { RETURN_REASONS } from '../../shared/orders/options';
import { readJsonFile, SerialWriter } from '../files/durable-file';

const KEEP_MS = 14 * 24 * 60 * 60 * 1000;

const errorSchema = z
  .object({
    kind: z.enum(ERROR_KINDS),
    message: z.string(),
    retryable: z.boolean(),
    requestId: z.string().nullable(),
    httpStatus: z.number().nullable(),
  })
  .passthrough() as unknown as z.ZodType<ErrorInfo>;

const recordSchema = z.object({
  id: z.string().min(1),
  orderCode: z.string().min(1),
  awb: z.string().nullable(),
  reason: z.enum(RETURN_REASONS),
  note: z.string(),
  at: z.string(),
  packer: z.string().nullable(),
  /** The outbox action that sends it (null until journaled). */
  outboxId: z.string().nullable(),
  slipJobId: z.string().nullable(),
  slipError: errorSchema.nullable(),
});
export type ReturnRecord = z.infer<typeof recordSchema>;
const fileSchema = z.object({ version: z.literal(1), records: z.array(recordSchema) });

export interface ReturnsLog {
  all(): ReturnRecord[];
  get(id: string): ReturnRecord | undefined;
  /** The order's latest record, if any. */
  ofOrder(orderCode: string): ReturnRecord | undefined;
  /** Adds or replaces a record; resolves once it is on disk. */
  save(record: ReturnRecord): Promise<void>;
  flush(): Promise<void>;
}

export async function openReturnsLog(dir: string, now: () => number): Promise<ReturnsLog> {
  const path = join(dir, 'returns.json');
  const writer = new SerialWriter(path);
  const records = new Map<string, ReturnRecord>();
  const parsed = fileSchema.safeParse(await readJsonFile(path));
  if (parsed.success) for (const r of parsed.data.records) records.set(r.id, r);

  return {
    all: () => [...records.values()].sort((a, b) => b.at.localeCompare(a.at)),
    get: (id) => records.get(id),
    ofOrder(orderCode) {
      const code = orderCode.toUpperCase();
      return [...records.values()]
        .filter((r) => r.orderCode.toUpperCase() === code)
        .sort((a, b) => b.at.localeCompare(a.at))[0];
    },
    async save(record) {
      records.set(record.id, record);
      const oldest = now() - KEEP_MS;
      for (const [id, r] of records) if (Date.parse(r.at) < oldest) records.delete(id);
      await writer.write({ version: 1, records: [...records.values()] });
    },
    flush: () => writer.flush(),
  };
}
