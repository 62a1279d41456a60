// The returns bench's own copy of the orders a parcel can come back for: shipped and completed orders
// (with items, recipient, AWB and ship date), plus packed and returned ones by code and AWB only, so a
// scan of a wrong parcel stops in words even offline. Synced from the list endpoint while online, kept
// on disk (files/durable-file) so the bench works offline after a restart.
import { join } from 'node:path';
import { z } from 'zod';
import type { ReturnOrderView } from '../../shared/ipc/returns-channels';
import type { OrderDetail, OrderSummary, Tracking } from '../../shared/orders';
import { ORDER_STATUSES, parseStatus, type OrderStatus } from '../../shared/orders/status';
import type { OrdersApi } from '../api/types';
import { readJsonFile, SerialWriter } from '../files/durable-file';

const cachedSchema = z.object({
  orderCode: z.string(),
  orderId: z.number(),
  awb: z.string().nullable(),
  status: z.enum(ORDER_STATUSES),
  updatedAt: z.string(),
  shippedAt: z.string().nullable(),
  courier: z.string().nullable(),
  recipient: z.object({
    name: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    city: z.string().nullable(),
  }),
  items: z.array(z.object({ sku: z.string(), name: z.string().nullable(), quantity: z.number() })),
  /** Items and recipient were read from the detail endpoint. */
  detailed: z.boolean(),
});
export type CachedReturnOrder = z.infer<typeof cachedSchema>;
const fileSchema = z.object({ version: z.literal(1), orders: z.array(cachedSchema) });

/** Statuses the index keeps: those a parcel can come back for, and those a wrong parcel may have. */
const INDEXED: readonly OrderStatus[] = ['shipped', 'completed', 'returned', 'packed'];
const RETURNABLE = new Set<OrderStatus>(['shipped', 'completed']);
const PER_PAGE = 100;

export interface ReturnsIndexOptions {
  dir: string;
  api: Pick<OrdersApi, 'listOrders' | 'getOrderDetail' | 'track'>;
  /** Pages per status read at each sync (newest first). */
  maxPages?: number;
  /** Details fetched at once. */
  concurrency?: number;
}

export interface ReturnsIndex {
  /** By order code or AWB, case-insensitive. */
  find(code: string): CachedReturnOrder | null;
  /** Reads the newest orders of each indexed status and the details of new returnable ones. */
  sync(): Promise<void>;
  /** A fresher look at one order (tracking): status and ship date. */
  refresh(orderCode: string): Promise<CachedReturnOrder | null>;
  noteStatus(orderCode: string, status: OrderStatus): Promise<void>;
  lastSyncAt(): number | null;
  flush(): Promise<void>;
}

export function returnable(status: OrderStatus): boolean {
  return RETURNABLE.has(status);
}

export function orderView(o: CachedReturnOrder, source: 'api' | 'cache'): ReturnOrderView {
  return {
    orderCode: o.orderCode,
    awb: o.awb,
    status: o.status,
    shippedAt: o.shippedAt,
    courier: o.courier,
    recipient: o.recipient,
    items: o.items,
    source,
  };
}

/** When tracking's history says the order was shipped (newest first). */
export function shippedAtOf(tracking: Pick<Tracking, 'order_history'>): string | null {
  const hit = [...tracking.order_history].reverse().find((h) => parseStatus(h.status) === 'shipped');
  return hit?.created_at ?? null;
}

export async function openReturnsIndex(opts: ReturnsIndexOptions): Promise<ReturnsIndex> {
  const path = join(opts.dir, 'orders.json');
  const writer = new SerialWriter(path);
  const byCode = new Map<string, CachedReturnOrder>();
  const byAwb = new Map<string, string>();
  const parsed = fileSchema.safeParse(await readJsonFile(path));
  if (parsed.success) for (const o of parsed.data.orders) put(o);
  let syncedAt: number | null = null;
  /** One sync at a time: a lookup during the start-up sync waits for it instead of starting another. */
  let syncing: Promise<void> | null = null;

  function key(code: string): string {
    return code.trim().toUpperCase();
  }
  function put(o: CachedReturnOrder): void {
    byCode.set(key(o.orderCode), o);
    if (o.awb) byAwb.set(key(o.awb), key(o.orderCode));
  }
  function save(): Promise<void> {
    return writer.write({ version: 1, orders: [...byCode.values()] });
  }

  async function fromSummary(s: OrderSummary, status: OrderStatus): Promise<CachedReturnOrder> {
    const known = byCode.get(key(s.order_code));
    const base: CachedReturnOrder = {
      orderCode: s.order_code,
      orderId: Number(s.order_header_id),
      awb: s.tracking_number ?? known?.awb ?? null,
      status,
      updatedAt: s.updated_at,
      shippedAt: known?.shippedAt ?? null,
      courier: s.logistic_carrier ?? known?.courier ?? null,
      recipient: known?.recipient ?? { name: null, phone: null, address: null, city: null },
      items: known?.items ?? [],
      detailed: known?.detailed ?? false,
    };
    if (!returnable(status) || (base.detailed && base.shippedAt)) return base;
    const [detail, tracking] = await Promise.all([
      base.detailed ? null : opts.api.getOrderDetail(base.orderId),
      opts.api.track(s.order_code).catch(() => null),
    ]);
    return {
      ...base,
      ...(detail ? fromDetail(detail) : {}),
      shippedAt: tracking ? shippedAtOf(tracking) : null,
    };
  }

  async function syncStatus(status: OrderStatus): Promise<void> {
    const maxPages = opts.maxPages ?? 3;
    for (let page = 1; page <= maxPages; page++) {
      const list = await opts.api.listOrders({
        page,
        per_page: PER_PAGE,
        status,
        sort_by: 'created_at',
        sort_direction: 'desc',
      });
      const rows = list.data.filter((o) => !o.is_fake && !o.fulfill_by_mp);
      const limit = Math.max(1, opts.concurrency ?? 4);
      for (let i = 0; i < rows.length; i += limit) {
        const done = await Promise.all(rows.slice(i, i + limit).map((r) => fromSummary(r, status)));
        for (const o of done) put(o);
      }
      if (page >= list.total_page) break;
    }
  }

  return {
    find(code) {
      const k = key(code);
      return byCode.get(k) ?? byCode.get(byAwb.get(k) ?? '') ?? null;
    },
    sync() {
      syncing ??= (async () => {
        for (const status of INDEXED) await syncStatus(status);
        syncedAt = Date.now();
        await save();
      })().finally(() => (syncing = null));
      return syncing;
    },
    async refresh(orderCode) {
      const known = byCode.get(key(orderCode));
      const tracking = await opts.api.track(orderCode);
      const status = parseStatus(tracking.order_status);
      if (!known || !status) return known ?? null;
      const next: CachedReturnOrder = {
        ...known,
        status,
        awb: tracking.tracking_number ?? known.awb,
        shippedAt: shippedAtOf(tracking) ?? known.shippedAt,
      };
      put(next);
      await save();
      return next;
    },
    async noteStatus(orderCode, status) {
      const known = byCode.get(key(orderCode));
      if (!known || known.status === status) return;
      put({ ...known, status });
      await save();
    },
    lastSyncAt: () => syncedAt,
    flush: () => writer.flush(),
  };
}

function fromDetail(d: OrderDetail): Partial<CachedReturnOrder> {
  const r = d.recipient_info;
  return {
    awb: d.shipping_info.tracking_number ?? null,
    courier: d.shipping_info.logistic_carrier ?? null,
    recipient: { name: r.name, phone: r.phone, address: r.full_address, city: r.city },
    items: d.product_info
      .filter((p) => !p.is_cancel)
      .map((p) => ({ sku: p.sku, name: p.product_name, quantity: Number(p.quantity) })),
    detailed: true,
  };
}
