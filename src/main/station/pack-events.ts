// The pack log's events beside its per-order records: stops, failed scans and reprints, each with its
// packer, kept (the last few thousand) so a past shift's report still counts them.
import { z } from 'zod';
import type { PackerRef } from '../../shared/people';

export const packerSchema = z.object({ id: z.string(), name: z.string() });

export const packEventSchema = z.object({
  at: z.string(),
  kind: z.enum(['stop', 'error', 'reprint']),
  orderCode: z.string(),
  /** stop: the stop reason (cancelled, packed_elsewhere, ...); error: the error kind; reprint: 'reprint'. */
  reason: z.string(),
  step: z.string().optional(),
  packer: packerSchema.nullable(),
});
export type PackEvent = z.infer<typeof packEventSchema> & { packer: PackerRef | null };

const KEEP = 5_000;

export class PackEvents {
  private items: PackEvent[] = [];

  load(items: PackEvent[]): void {
    this.items = items.slice(-KEEP);
  }

  add(event: PackEvent): void {
    this.items.push(event);
    if (this.items.length > KEEP) this.items.splice(0, this.items.length - KEEP);
  }

  list(): PackEvent[] {
    return [...this.items];
  }
}
