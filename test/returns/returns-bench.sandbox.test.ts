// The returns bench against the sandbox, in process: a parcel found by its AWB is returned once with the
// chosen reason; a wrong status and an unknown AWB stop in words; a return saved offline is settled, not
// sent twice, when the order was returned elsewhere meanwhile.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrdersClient } from '../../src/main/api/client';
import type { RunningSandbox } from '../../src/main/sandbox';
import { auditOf } from '../support/audit';
import { control, setFaults, startSandboxFor } from '../support/sandbox';
import { openBench, ordersOf, quickClient, rawOrder, RETURNS_TENANT as T } from './helpers';

let sb: RunningSandbox;
let api: OrdersClient;

beforeAll(async () => {
  sb = await startSandboxFor(T, { orders: 80, seed: 11 });
  api = quickClient(sb, T);
});
afterAll(async () => {
  await api.close();
  await sb.close();
});

describe('returns bench (sandbox)', () => {
  it('finds a shipped parcel by its AWB, records the return once with its reason, prints a slip', async () => {
    const rig = await openBench(api);
    const [parcel] = await ordersOf(sb, T, 'shipped', 1);
    const found = await rig.bench.lookup(parcel.awb);
    expect(found).toMatchObject({
      found: true,
      order: { orderCode: parcel.code, status: 'shipped', source: 'api' },
    });
    if (!found.found) throw new Error('not found');
    expect(found.order.items.length).toBeGreaterThan(0);
    expect(found.order.recipient.name).toBeTruthy();
    expect(found.order.shippedAt).toMatch(/^\d{4}-/);

    const view = await rig.bench.record({ orderCode: parcel.code, reason: 'damaged', note: 'Box crushed' });
    expect(view).toMatchObject({ orderCode: parcel.code, awb: parcel.awb, reason: 'damaged', packer: null });
    expect(view.slip.jobId).toBe('REC-1');
    expect((await readFile(rig.slips[0].file)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await rig.outbox.drained(10_000);

    expect(await auditOf(sb, T, parcel.code)).toEqual(['shipped>returned']);
    expect(await rawOrder(sb, T, parcel.code)).toMatchObject({
      returnBy: 'damaged',
      returnReason: 'Box crushed',
    });
    expect(rig.bench.today()).toMatchObject([{ orderCode: parcel.code, state: 'done', note: 'Box crushed' }]);
    // Scanned again: already recorded here, in words; recording again is refused.
    expect(await rig.bench.lookup(parcel.awb)).toMatchObject({ found: false, refusal: 'already_recorded' });
    await expect(rig.bench.record({ orderCode: parcel.code, reason: 'other', note: '' })).rejects.toThrow(
      /already recorded/,
    );
    expect(await auditOf(sb, T, parcel.code)).toEqual(['shipped>returned']);
    await rig.close();
  });

  it('a wrong status and an unknown AWB stop in words', async () => {
    const rig = await openBench(api);
    const [packed] = await ordersOf(sb, T, 'packed', 1);
    expect(await rig.bench.lookup(packed.awb)).toMatchObject({
      found: false,
      refusal: 'wrong_status',
      orderCode: packed.code,
      status: 'packed',
      message: `Order ${packed.code} is Packed: only a Shipped or Completed order can be returned.`,
    });
    expect(await rig.bench.lookup('NO-SUCH-AWB-42')).toMatchObject({
      found: false,
      refusal: 'unknown',
      offline: false,
      message:
        'No order has the AWB or order code "NO-SUCH-AWB-42". Check the label, or type the order code.',
    });
    const [returned] = await ordersOf(sb, T, 'returned', 1);
    expect(await rig.bench.lookup(returned.code)).toMatchObject({
      found: false,
      refusal: 'already_returned',
    });
    await expect(rig.bench.record({ orderCode: packed.code, reason: 'damaged', note: '' })).rejects.toThrow(
      /is Packed/,
    );
    expect(await auditOf(sb, T, packed.code)).toEqual([]);
    await rig.close();
  });

  it('offline: the return waits; returned elsewhere meanwhile, it is settled without a second return', async () => {
    const rig = await openBench(api);
    const [parcel] = await ordersOf(sb, T, 'completed', 1);
    await rig.bench.sync();
    await setFaults(sb, T, { drop_rate: 1 });
    try {
      const found = await rig.bench.lookup(parcel.awb);
      expect(found).toMatchObject({ found: true, order: { orderCode: parcel.code, source: 'cache' } });
      // Not in the station's copy and the API out of reach: said so, not "no such order".
      expect(await rig.bench.lookup('NO-SUCH-AWB-43')).toMatchObject({
        found: false,
        refusal: 'unknown',
        offline: true,
        message: expect.stringContaining('the Orders API cannot be reached') as unknown,
      });
      const view = await rig.bench.record({ orderCode: parcel.code, reason: 'wrong_item', note: '' });
      expect(view.state).toBe('queued');
      expect(rig.connectivity.current().online).toBe(false);
    } finally {
      await setFaults(sb, T, { drop_rate: 0 });
    }
    // A supervisor returned it on the Orders screen while the bench was offline.
    await control(sb, T, '/move', { order_code: parcel.code, to: 'returned' });
    await rig.connectivity.probe();
    await rig.outbox.drained(10_000);
    expect(await auditOf(sb, T, parcel.code)).toEqual(['completed>returned']);
    expect(rig.bench.today()).toMatchObject([
      { orderCode: parcel.code, state: 'done', stateNote: 'already returned (seen in tracking)' },
    ]);
    await rig.close();
  });
});
