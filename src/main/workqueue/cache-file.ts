// The work queue's file in the data dir: every open order's summary and detail, plus the time of the
// last full sync. Loaded at start so a scan resolves at once, even offline.
import { z } from 'zod';
import { orderDetailSchema, orderSummarySchema, parseStatus } from '../../shared/orders';
import { readJsonFile, SerialWriter } from '../files/durable-file';
import type { CachedOrder } from './types';

const FILE_VERSION = 1;

const cachedOrderSchema = z.object({
  summary: orderSummarySchema,
  detail: orderDetailSchema.nullable(),
  detailFor: z.string().nullable(),
  status: z.string().nullable(),
});

const cacheFileSchema = z.object({
  version: z.literal(FILE_VERSION),
  lastSyncAt: z.string().nullable(),
  orders: z.array(z.unknown()),
});

export interface CacheContents {
  lastSyncAt: string | null;
  orders: CachedOrder[];
}

const metaSchema = z.object({ lastSyncAt: z.string().nullable() });

/**
 * Two files: the orders (megabytes at 5,000 orders, rewritten only when something changed) and a tiny
 * meta file with the time of the last sync, rewritten after every sync.
 */
export class WorkQueueCacheFile {
  private readonly writer: SerialWriter;
  private readonly metaWriter: SerialWriter;
  private readonly metaPath: string;

  constructor(private readonly path: string) {
    this.writer = new SerialWriter(path);
    this.metaPath = path.replace(/\.json$/, '') + '.meta.json';
    this.metaWriter = new SerialWriter(this.metaPath);
  }

  saveMeta(lastSyncAt: string | null): Promise<void> {
    return this.metaWriter.write({ lastSyncAt });
  }

  /** What was saved; a missing or unreadable file is an empty cache (the next sync fills it). */
  async load(): Promise<CacheContents> {
    const [raw, rawMeta] = await Promise.all([readJsonFile(this.path), readJsonFile(this.metaPath)]);
    const parsed = cacheFileSchema.safeParse(raw);
    if (!parsed.success) return { lastSyncAt: null, orders: [] };
    const meta = metaSchema.safeParse(rawMeta);
    const lastSyncAt = latest(parsed.data.lastSyncAt, meta.success ? meta.data.lastSyncAt : null);
    const orders: CachedOrder[] = [];
    // Entry by entry, so one odd record does not throw the whole cache away.
    for (const raw of parsed.data.orders) {
      const entry = cachedOrderSchema.safeParse(raw);
      if (!entry.success) continue;
      const { summary, detail, detailFor, status } = entry.data;
      orders.push({
        orderCode: summary.order_code,
        orderId: summary.order_header_id,
        status: parseStatus(status) ?? parseStatus(summary.internal_status),
        summary,
        detail,
        detailFor,
      });
    }
    return { lastSyncAt, orders };
  }

  /**
   * Written order by order (the same JSON as one stringify of the whole): at 20,000 orders the file is
   * tens of megabytes, and one string of it (plus a mapped copy of every order) was the sync's memory peak.
   */
  save(contents: CacheContents): Promise<void> {
    const { lastSyncAt, orders } = contents;
    return this.writer.writeChunks(function* () {
      yield `{"version":${FILE_VERSION},"lastSyncAt":${JSON.stringify(lastSyncAt)},"orders":[`;
      for (let i = 0; i < orders.length; i++) {
        const o = orders[i];
        const entry = { summary: o.summary, detail: o.detail, detailFor: o.detailFor, status: o.status };
        yield (i === 0 ? '' : ',') + JSON.stringify(entry);
      }
      yield ']}';
    });
  }
}

function latest(a: string | null, b: string | null): string | null {
  if (!a || !b) return a ?? b;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}
