import { describe, expect, it } from 'vitest';
import type { BatchPreview, BatchView } from '../../src/shared/batches/types';
import {
  batchActions,
  batchSnapshot,
  selectedInOrder,
  toBatchFilter,
  EMPTY_FILTER,
} from '../../src/renderer/src/batches/batch-store';

const candidate = (orderCode: string) => ({
  orderCode,
  orderId: 1,
  courier: 'JNE',
  channel: 'shopee',
  delivery: 'REGULER',
  createdAt: '2026-01-01T00:00:00Z',
  isFake: false,
  fulfillByMp: false,
});

const preview = (codes: string[]): BatchPreview => ({
  orders: codes.map(candidate),
  couriers: ['JNE'],
  channels: ['shopee'],
  deliveries: ['REGULER'],
  truncated: false,
});

const view = (revision: number, phase: BatchView['phase']): BatchView => ({
  id: 'b1',
  createdAt: '',
  pickupOption: 'LATE_PICKUP',
  phase,
  confirmTimeoutMs: 60_000,
  counts: {
    total: 0,
    settled: 0,
    refused: 0,
    sent: 0,
    packed: 0,
    failed: 0,
    unknown: 0,
    labels: 0,
    labelsFailed: 0,
    shipped: 0,
  },
  orders: [],
  job: null,
  printProblem: null,
  stopReason: null,
  revision,
});

describe('the batch panel store', () => {
  it('selects all matching orders, not one page, and keeps the list order whatever the tick order', () => {
    batchActions.setPreview(preview(['A', 'B', 'C', 'D']));
    batchActions.toggle('C');
    batchActions.toggle('A');
    expect(selectedInOrder(batchSnapshot().preview, batchSnapshot().selected)).toEqual(['A', 'C']);
    batchActions.selectAllMatching();
    expect(batchSnapshot().selected).toEqual(['A', 'B', 'C', 'D']);
    // A narrower preview keeps only the ticks still matching.
    batchActions.setPreview(preview(['B', 'D']));
    expect(batchSnapshot().selected).toEqual(['B', 'D']);
  });

  it('keeps the newer view when an older one arrives late', () => {
    batchActions.setView(view(5, 'confirming'));
    batchActions.setView(view(3, 'sending'));
    expect(batchSnapshot().view?.phase).toBe('confirming');
    batchActions.setView(view(6, 'done'));
    expect(batchSnapshot().view?.phase).toBe('done');
  });

  it('sends only the filters set, dates as whole days with the zone offset', () => {
    expect(toBatchFilter(EMPTY_FILTER, () => '+07:00')).toEqual({});
    expect(
      toBatchFilter(
        { ...EMPTY_FILTER, courier: 'JNE', from: '2026-01-02', to: '2026-01-03' },
        () => '+07:00',
      ),
    ).toEqual({
      courier: 'JNE',
      createdFrom: '2026-01-02T00:00:00+07:00',
      createdTo: '2026-01-03T23:59:59+07:00',
    });
  });
});
