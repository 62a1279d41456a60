// A batch moving on: each packed order keeps the batch's pickup option for the handover (once), and the
// batch's label job brings one merged slip job in the labels' order when slips go with every label.
import { describe, expect, it } from 'vitest';
import type { BatchOrderView, BatchView } from '../../src/shared/batches/types';
import { followBatches } from '../../src/main/documents/follow-batches';
import { memoryLogger } from '../hosts/fakes';

function order(orderCode: string, state: BatchOrderView['state']): BatchOrderView {
  return {
    orderCode,
    state,
    reason: null,
    requestId: null,
    trackingNumber: null,
    label: 'none',
  } as BatchOrderView;
}

function view(orders: BatchOrderView[], job: string[] | null): BatchView {
  return {
    id: 'b1',
    pickupOption: 'EARLY_PICKUP',
    orders,
    job: job && { jobId: 'CAPTURE-1', printer: 'CAPTURE', pages: job.length, orderCodes: job, at: '' },
  } as unknown as BatchView;
}

function rig(slipsOn: boolean) {
  const noted: string[] = [];
  const slipJobs: string[][] = [];
  const follow = followBatches({
    notePickup: async (code, option) => void noted.push(`${code}:${option}`),
    slips: {
      printSlips: async (codes) => {
        slipJobs.push([...codes]);
        return { job: null, included: [...codes], missing: [] };
      },
    },
    slipsWithLabel: () => slipsOn,
    notice: () => undefined,
    log: memoryLogger().log,
  });
  return { follow, noted, slipJobs };
}

describe('documents follow a batch', () => {
  it('notes the pickup option of each packed order once, and prints one slip job after the label job', async () => {
    const r = rig(true);
    r.follow(view([order('A', 'packed'), order('B', 'sent'), order('C', 'refused')], null));
    r.follow(view([order('A', 'packed'), order('B', 'packed'), order('C', 'refused')], null));
    expect(r.slipJobs).toEqual([]);
    r.follow(view([order('A', 'packed'), order('B', 'packed')], ['B', 'A']));
    r.follow(view([order('A', 'packed'), order('B', 'packed')], ['B', 'A']));
    await Promise.resolve();
    expect(r.noted).toEqual(['A:EARLY_PICKUP', 'B:EARLY_PICKUP']);
    expect(r.slipJobs).toEqual([['B', 'A']]);
  });

  it('prints no slips when Settings says slips are off or on demand', async () => {
    const r = rig(false);
    r.follow(view([order('A', 'packed')], ['A']));
    await Promise.resolve();
    expect(r.noted).toEqual(['A:EARLY_PICKUP']);
    expect(r.slipJobs).toEqual([]);
  });
});
