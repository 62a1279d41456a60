// The handovers this station closed, and the pickup option of each order it packed, in the data dir
// (durable, 0600): a closed handover survives a crash or restart the moment close() resolved.
import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { HandoverRecord } from '../../shared/handover/types';
import { PICKUP_OPTIONS, type PickupOption } from '../../shared/orders/options';
import { SerialWriter } from '../files/durable-file';

const orderSchema = z.object({
  orderCode: z.string(),
  trackingNumber: z.string().nullable(),
  shippedAt: z.string(),
});
const recordSchema = z.object({
  id: z.string(),
  courier: z.string(),
  pickupOption: z.enum(PICKUP_OPTIONS).nullable(),
  closedAt: z.string(),
  closedBy: z.string(),
  orders: z.array(orderSchema),
  check: z
    .object({ matched: z.array(z.string()), missing: z.array(z.string()), unexpected: z.array(z.string()) })
    .nullable(),
});
const fileSchema = z.object({
  handovers: z.array(recordSchema).default([]),
  pickups: z.record(z.string(), z.enum(PICKUP_OPTIONS)).default({}),
});

/** Pickup options kept: a few busy weeks of boxes. */
const KEEP_PICKUPS = 20_000;

export class HandoverStore {
  private handovers: HandoverRecord[] = [];
  private pickups = new Map<string, PickupOption>();
  private readonly writer: SerialWriter;
  private readonly path: string;

  constructor(dataDir: string) {
    this.path = join(dataDir, 'handover', 'handovers.json');
    this.writer = new SerialWriter(this.path);
  }

  /**
   * Loads what is on disk. A damaged file is never overwritten by an empty history: it is moved aside
   * (kept for whoever repairs the station) and its new name returned, for the log; null when all is well.
   */
  async load(): Promise<string | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    let parsed: z.output<typeof fileSchema> | null = null;
    try {
      parsed = fileSchema.parse(JSON.parse(text));
    } catch {
      const aside = `${this.path}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await rename(this.path, aside);
      return aside;
    }
    this.handovers = parsed.handovers;
    this.pickups = new Map(Object.entries(parsed.pickups));
    return null;
  }

  list(): HandoverRecord[] {
    return [...this.handovers].sort((a, b) => b.closedAt.localeCompare(a.closedAt));
  }

  get(id: string): HandoverRecord | null {
    return this.handovers.find((h) => h.id === id) ?? null;
  }

  /** The courier's newest handover, or null. */
  lastFor(courier: string): HandoverRecord | null {
    return this.list().find((h) => h.courier === courier) ?? null;
  }

  handedOver(orderCode: string): boolean {
    return this.handovers.some((h) => h.orders.some((o) => o.orderCode === orderCode));
  }

  pickupOf(orderCode: string): PickupOption | null {
    return this.pickups.get(orderCode) ?? null;
  }

  async add(record: HandoverRecord): Promise<void> {
    this.handovers.push(record);
    await this.save();
  }

  async notePickup(orderCode: string, option: PickupOption): Promise<void> {
    if (this.pickups.get(orderCode) === option) return;
    this.pickups.delete(orderCode);
    this.pickups.set(orderCode, option);
    while (this.pickups.size > KEEP_PICKUPS) {
      const oldest = this.pickups.keys().next().value;
      if (oldest === undefined) break;
      this.pickups.delete(oldest);
    }
    await this.save();
  }

  private save(): Promise<void> {
    return this.writer.write({ handovers: this.handovers, pickups: Object.fromEntries(this.pickups) });
  }
}
