// What the documents take from a bulk-pack batch as it moves (`batch:changed`): each order confirmed
// packed keeps the batch's pickup option for the courier handover (the API never reports it), and once
// the batch's one label job is accepted, its packing slips print as one merged job on the document
// printer, in the labels' order — when Settings says slips go with every label. Once per batch and order
// in this run (a restart may print a batch's slips again: a spare slip, never a label).
import type { BatchView } from '../../shared/batches/types';
import type { PickupOption } from '../../shared/orders/options';
import type { Logger } from '../log/logger';
import type { Slips } from './slips';

export interface BatchFollowDeps {
  notePickup(orderCode: string, option: PickupOption): Promise<void>;
  slips: Pick<Slips, 'printSlips'>;
  slipsWithLabel(): boolean;
  notice(message: string): void;
  log: Logger;
}

export function followBatches(deps: BatchFollowDeps): (view: BatchView) => void {
  const noted = new Set<string>();
  const slipped = new Set<string>();
  return (view) => {
    for (const order of view.orders) {
      const key = `${view.id}:${order.orderCode}`;
      if (order.state !== 'packed' || noted.has(key)) continue;
      noted.add(key);
      void deps.notePickup(order.orderCode, view.pickupOption).catch((error: unknown) =>
        deps.log.error('Could not keep the pickup option for the handover', {
          orderCode: order.orderCode,
          error,
        }),
      );
    }
    if (!view.job || slipped.has(view.id) || !deps.slipsWithLabel()) return;
    slipped.add(view.id);
    void deps.slips.printSlips(view.job.orderCodes).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      deps.log.warn('Batch packing slips did not print', { batchId: view.id, error: message });
      deps.notice(`Batch ${view.id}: the packing slips did not print — ${message}`);
    });
  };
}
