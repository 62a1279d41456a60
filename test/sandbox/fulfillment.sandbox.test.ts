import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../src/main/sandbox';
import { allOrders, api, control, plainOrder, start, type Summary } from './helpers';

interface Audit {
  transitions: { order_code: string; from: string; to: string; at: string; request_id: string }[];
}
interface RawOrder {
  status: string;
  cancelRequestOpen: boolean;
  cancelBy: string | null;
  cancelSlaAt: number | null;
  trackingNumber: string | null;
}

let sb: RunningSandbox;
let toProcess: Summary[];
beforeAll(async () => {
  sb = await start({ orders: 80, asyncDelayMs: 40 });
  const orders = await allOrders(sb);
  const raw = await Promise.all(orders.map((o) => control<RawOrder>(sb, `/orders/${o.order_code}`)));
  toProcess = orders.filter(
    (o, i) => o.internal_status === 'To Process' && !o.fulfill_by_mp && !raw[i].body.cancelRequestOpen,
  );
});
afterAll(() => sb.close());

let used = 0;
const freshToProcess = () => {
  const order = toProcess[used++];
  if (!order) throw new Error('ran out of to_process orders');
  return order.order_code;
};
const step = (path: string, body: Record<string, unknown>) => api(sb, `/orders/fulfillment/${path}`, body);
const status = async (code: string) => (await control<RawOrder>(sb, `/orders/${code}`)).body.status;

describe('happy path', () => {
  it('to_process → process → packed → shipped → completed → returned, each audited', async () => {
    const code = freshToProcess();
    const replies = [
      await step('set-process', { order_code: code }),
      await step('set-packed', { order_code: code, pickup_option: 'LATE_PICKUP' }),
      await step('ship', { order_code: code }),
      await step('completed', { order_code: code }),
      await step('return', {
        order_code: code,
        return_by: 'customer_request',
        return_reason: 'Customer requested return due to wrong size',
      }),
    ];
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(replies.map((r) => r.body.message)).toEqual([
      `Success Process Order ${code}`,
      `Success Packed Order ${code}`,
      `Success Shipped Order ${code}`,
      `Success Completed Order ${code}`,
      `Success Return Order ${code}`,
    ]);
    expect(replies[0].body.data).toEqual([]);
    const audit = (await control<Audit>(sb, `/audit?order_code=${code}`)).body.transitions;
    expect(audit.map((t) => `${t.from}>${t.to}`)).toEqual([
      'to_process>process',
      'process>packed',
      'packed>shipped',
      'shipped>completed',
      'completed>returned',
    ]);
    expect(audit.map((t) => t.request_id)).toEqual(replies.map((r) => r.body.request_id));
  });

  it('set-packed assigns a tracking number', async () => {
    const code = freshToProcess();
    await step('set-process', { order_code: code });
    expect((await control<RawOrder>(sb, `/orders/${code}`)).body.trackingNumber).toBeNull();
    await step('set-packed', { order_code: code, pickup_option: 'EARLY_PICKUP' });
    expect((await control<RawOrder>(sb, `/orders/${code}`)).body.trackingNumber).toMatch(/^[A-Z0-9]{8,}$/);
  });
});

describe('refusals', () => {
  it('409 naming the current status for every step from the wrong status', async () => {
    const code = freshToProcess();
    const cases: [string, Record<string, unknown>][] = [
      ['set-packed', { order_code: code, pickup_option: 'MID_PICKUP' }],
      ['ship', { order_code: code }],
      ['completed', { order_code: code }],
      ['return', { order_code: code, return_by: 'damaged', return_reason: 'Box crushed' }],
      ['approve-cancel', { order_code: code }],
      ['reject-cancel', { order_code: code }],
    ];
    for (const [path, body] of cases) {
      const r = await step(path, body);
      expect(r.status, path).toBe(409);
      expect(r.body.message, path).toContain(`Order ${code} is To Process`);
      expect(r.body.data).toBeNull();
    }
    await step('set-process', { order_code: code });
    const again = await step('set-process', { order_code: code });
    expect(again.body.message).toContain(`Order ${code} is In Process`);
  });

  it('422 with per-field errors for missing or invalid body fields', async () => {
    const code = freshToProcess();
    const packed = await step('set-packed', { order_code: code });
    expect(packed.status).toBe(422);
    expect(packed.body.errors).toEqual({ pickup_option: ['The pickup_option field is required.'] });
    const ret = await step('return', { order_code: code, return_by: 'bored', return_reason: '  ' });
    expect(Object.keys(ret.body.errors ?? {}).sort()).toEqual(['return_by', 'return_reason']);
    const cancel = await step('cancel', { order_code: code, cancel_by: 'customer_request' });
    expect(Object.keys(cancel.body.errors ?? {}).sort()).toEqual(['cancel_reason', 'direct_cancel']);
    expect((await step('set-process', {})).body.errors?.order_code).toBeDefined();
    expect(await status(code)).toBe('to_process');
  });

  it('404 for an unknown order code on every step', async () => {
    for (const path of ['set-process', 'ship', 'completed', 'approve-cancel', 'reject-cancel']) {
      expect((await step(path, { order_code: 'ORD000' })).status).toBe(404);
    }
  });

  it('marketplace-fulfilled orders refuse fulfillment with 409', async () => {
    const mp = (await allOrders(sb)).find((o) => o.fulfill_by_mp);
    expect(mp).toBeDefined();
    const code = mp?.order_code ?? '';
    await control(sb, '/move', { order_code: code, to: 'to_process' });
    const r = await step('set-process', { order_code: code });
    expect(r.status).toBe(409);
    expect(r.body.message).toContain(`Order ${code} is To Process`);
    expect(await status(code)).toBe('to_process');
  });
});

describe('cancellation', () => {
  it('direct cancel cancels now', async () => {
    const code = freshToProcess();
    const r = await step('cancel', {
      order_code: code,
      cancel_by: 'customer_request',
      cancel_reason: 'Customer requested cancellation due to wrong item selection',
      direct_cancel: true,
    });
    expect(r.body.message).toBe(`Success Cancel Order ${code}`);
    expect(await status(code)).toBe('cancelled');
    expect(
      (
        await step('cancel', {
          order_code: code,
          cancel_by: 'other',
          cancel_reason: 'x',
          direct_cancel: true,
        })
      ).status,
    ).toBe(409);
  });

  it('a request blocks packing until approved; approve cancels', async () => {
    const code = freshToProcess();
    const opened = await step('cancel', {
      order_code: code,
      cancel_by: 'out_of_stock',
      cancel_reason: 'Habis',
      direct_cancel: false,
    });
    expect(opened.status).toBe(200);
    const raw = (await control<RawOrder>(sb, `/orders/${code}`)).body;
    expect(raw).toMatchObject({ status: 'to_process', cancelRequestOpen: true, cancelBy: 'out_of_stock' });
    const id = (await allOrders(sb)).find((o) => o.order_code === code)?.order_header_id;
    const detail = await api<{
      cancel_by: string;
      cancel_reason: string;
      cancel_sla_at: string;
      updated_at: string;
    }>(sb, `/orders/${id}/detail`);
    expect(detail.body.data.cancel_reason).toBe('Habis');
    expect(Date.parse(detail.body.data.cancel_sla_at) - Date.parse(detail.body.data.updated_at)).toBe(
      86_400_000,
    );
    for (const [path, body] of [
      ['set-process', { order_code: code }],
      ['set-process-packed', { order_code: code, pickup_option: 'LATE_PICKUP' }],
    ] as const) {
      const r = await step(path, body);
      expect(r.status).toBe(409);
      expect(r.body.message).toContain('cancellation request');
    }
    expect(
      (
        await step('cancel', {
          order_code: code,
          cancel_by: 'other',
          cancel_reason: 'x',
          direct_cancel: false,
        })
      ).status,
    ).toBe(409);
    expect((await step('approve-cancel', { order_code: code })).status).toBe(200);
    expect(await status(code)).toBe('cancelled');
  });

  it('reject closes the request and clears its fields; the order can be packed again', async () => {
    const code = freshToProcess();
    expect((await control(sb, '/cancel-request', { order_code: code })).status).toBe(200);
    await step('set-process', { order_code: code }).then((r) => expect(r.status).toBe(409));
    const r = await step('reject-cancel', { order_code: code });
    expect(r.body.message).toBe(`Success Reject Cancel Order ${code}`);
    expect((await control<RawOrder>(sb, `/orders/${code}`)).body).toMatchObject({
      status: 'to_process',
      cancelRequestOpen: false,
      cancelBy: null,
      cancelSlaAt: null,
    });
    expect((await step('set-process', { order_code: code })).status).toBe(200);
    expect((await step('reject-cancel', { order_code: code })).status).toBe(409);
  });

  it('ship is refused while a request is open on a packed order', async () => {
    const code = freshToProcess();
    await step('set-process', { order_code: code });
    await step('set-packed', { order_code: code, pickup_option: 'LATE_PICKUP' });
    await control(sb, '/cancel-request', { order_code: code });
    const r = await step('ship', { order_code: code });
    expect(r.status).toBe(409);
    expect(r.body.message).toContain(`Order ${code} is Packed`);
  });
});

describe('set-process-packed (async)', () => {
  it('answers 200 at once, then walks to_process → process → packed, both audited', async () => {
    const code = freshToProcess();
    const r = await step('set-process-packed', { order_code: code, pickup_option: 'LATE_PICKUP' });
    expect(r.status).toBe(200);
    expect(r.body.message).toBe(`Success Process Packed Order ${code}`);
    expect(await status(code)).toBe('to_process');
    await expect.poll(() => status(code), { timeout: 5000, interval: 20 }).toBe('packed');
    const audit = (await control<Audit>(sb, `/audit?order_code=${code}`)).body.transitions;
    expect(audit.map((t) => `${t.from}>${t.to}`)).toEqual(['to_process>process', 'process>packed']);
    expect(audit.every((t) => t.request_id === r.body.request_id)).toBe(true);
    expect((await control<RawOrder>(sb, `/orders/${code}`)).body.trackingNumber).toEqual(expect.any(String));
  });
});

describe('control surface', () => {
  it('move forces a status as another station would, audited with its request_id', async () => {
    const code = freshToProcess();
    const moved = await control<{ from: string; to: string; request_id: string }>(sb, '/move', {
      order_code: code,
      to: 'packed',
    });
    expect(moved.body).toMatchObject({ from: 'to_process', to: 'packed' });
    const audit = (await control<Audit>(sb, `/audit?order_code=${code}`)).body.transitions;
    expect(audit).toEqual([
      expect.objectContaining({ from: 'to_process', to: 'packed', request_id: moved.body.request_id }),
    ]);
    expect((await step('set-process', { order_code: code })).body.message).toContain('is Packed');
  });

  it('audit without a code lists every change since start; seeding wrote none', async () => {
    const fresh = await start({ orders: 10 });
    try {
      expect((await control<Audit>(fresh, '/audit')).body.transitions).toEqual([]);
    } finally {
      await fresh.close();
    }
    const all = (await control<Audit>(sb, '/audit')).body.transitions;
    expect(all.length).toBeGreaterThan(5);
    expect(new Set(all.map((t) => t.order_code)).size).toBeGreaterThan(3);
  });
});

it('plainOrder helper finds seeded packed orders', async () => {
  expect((await plainOrder(sb, 'Packed')).internal_status).toBe('Packed');
});
