// Every refused transition is a typed conflict (409) and its current status comes from tracking — the
// client never parses the English message. One order per status; refused calls leave it unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../src/main/sandbox';
import type { OrdersClient } from '../../../src/main/api/client';
import { isApiError } from '../../../src/main/api/errors';
import type { ApiError } from '../../../src/main/api/errors';
import { withCurrentStatus } from '../../../src/main/api/conflict-status';
import { ORDER_STATUSES } from '../../../src/shared/orders';
import type { OrderStatus } from '../../../src/shared/orders';
import { clientFor, control, orderIn, startStrictSandbox } from './helpers';

let sb: RunningSandbox;
let api: OrdersClient;
const codeIn = (status: OrderStatus): string => `IT-409-${status}`;

interface Step {
  name: string;
  allowedFrom: OrderStatus[];
  run: (code: string) => Promise<unknown>;
}

const STEPS: Step[] = [
  { name: 'set-process', allowedFrom: ['to_process'], run: (c) => api.setProcess(c) },
  { name: 'set-packed', allowedFrom: ['process'], run: (c) => api.setPacked(c, 'LATE_PICKUP') },
  {
    name: 'set-process-packed',
    allowedFrom: ['to_process', 'process'],
    run: (c) => api.setProcessPacked(c, 'LATE_PICKUP'),
  },
  { name: 'ship', allowedFrom: ['packed'], run: (c) => api.ship(c) },
  { name: 'completed', allowedFrom: ['shipped'], run: (c) => api.complete(c) },
  {
    name: 'return',
    allowedFrom: ['shipped', 'completed'],
    run: (c) => api.returnOrder({ order_code: c, return_by: 'other', return_reason: 'test' }),
  },
  {
    name: 'cancel',
    allowedFrom: ['pending', 'to_process', 'process', 'packed'],
    run: (c) => api.cancel({ order_code: c, cancel_by: 'other', cancel_reason: 'test', direct_cancel: true }),
  },
  // No order here has an open request: approve and reject are refused everywhere.
  { name: 'approve-cancel', allowedFrom: [], run: (c) => api.approveCancel(c) },
  { name: 'reject-cancel', allowedFrom: [], run: (c) => api.rejectCancel(c) },
  {
    name: 'shipping-label',
    allowedFrom: ['packed', 'shipped', 'completed'],
    run: (c) => api.getShippingLabel(c, false),
  },
];

async function conflictOf(call: Promise<unknown>): Promise<ApiError> {
  const e = await call.then(
    () => null,
    (err: unknown) => err,
  );
  if (!isApiError(e)) throw new Error('expected a refused transition');
  return e;
}

beforeAll(async () => {
  sb = await startStrictSandbox(50);
  api = clientFor(sb);
  for (const status of ORDER_STATUSES) await orderIn(api, codeIn(status), status);
});
afterAll(async () => {
  await api.close();
  await sb.close();
});

describe('refused transitions', () => {
  for (const step of STEPS) {
    it(`${step.name} is refused from every other status, with the status from tracking`, async () => {
      const refusedFrom = ORDER_STATUSES.filter((s) => !step.allowedFrom.includes(s));
      for (const status of refusedFrom) {
        const err = await conflictOf(step.run(codeIn(status)));
        expect(err.kind, `${step.name} from ${status}`).toBe('conflict');
        expect(err.httpStatus).toBe(409);
        expect(err.requestId).toBeTruthy();
        const enriched = await withCurrentStatus(api, err, codeIn(status));
        expect(enriched.currentStatus, `${step.name} from ${status}`).toBe(status);
        expect(enriched.toInfo('set_packed').currentStatus).toBe(status);
      }
    });
  }

  it('an open cancellation request blocks packing and shipping, and a second request', async () => {
    await orderIn(api, 'IT-409-REQ', 'process');
    await control(sb, '/cancel-request', { order_code: 'IT-409-REQ' });
    const blocked = [
      () => api.setPacked('IT-409-REQ', 'MID_PICKUP'),
      () => api.setProcessPacked('IT-409-REQ', 'MID_PICKUP'),
    ];
    for (const call of blocked) {
      const err = await withCurrentStatus(api, await conflictOf(call()), 'IT-409-REQ');
      expect([err.kind, err.currentStatus]).toEqual(['conflict', 'process']);
    }
    const second = api.cancel({
      order_code: 'IT-409-REQ',
      cancel_by: 'other',
      cancel_reason: 'again',
      direct_cancel: false,
    });
    expect((await conflictOf(second)).kind).toBe('conflict');
  });

  it('marketplace-fulfilled orders refuse fulfillment steps', async () => {
    const pages = await Promise.all([1, 2].map((page) => api.listOrders({ page, per_page: 25 })));
    const mp = pages.flatMap((p) => p.data).find((o) => o.fulfill_by_mp);
    expect(mp, 'the seed contains a fulfill_by_mp order').toBeDefined();
    const err = await conflictOf(api.setProcess(mp!.order_code));
    expect(err.kind).toBe('conflict');
  });
});
