// Every endpoint of the client against the real sandbox, started strict (documented names only).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../src/main/sandbox';
import type { OrdersClient } from '../../../src/main/api/client';
import { isApiError } from '../../../src/main/api/errors';
import { parseStatus } from '../../../src/shared/orders';
import { newOrderInput } from '../../support/new-order';
import { auditOf, clientFor, control, idOf, orderIn, startStrictSandbox } from './helpers';

let sb: RunningSandbox;
let api: OrdersClient;
let dir: string;

const statusOf = async (code: string) => parseStatus((await api.track(code)).order_status);
const kindOf = (call: Promise<unknown>) =>
  call.then(
    () => 'ok',
    (e: unknown) => (isApiError(e) ? e.kind : `untyped: ${String(e)}`),
  );

beforeAll(async () => {
  sb = await startStrictSandbox();
  api = clientFor(sb);
  dir = await mkdtemp(join(tmpdir(), 'sandbox-labels-'));
});
afterAll(async () => {
  await api.close();
  await sb.close();
  await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
});

describe('client ↔ strict sandbox: the packing path', () => {
  it('creates, reads, updates and walks an order to returned, audited step by step', async () => {
    const created = await api.createOrder(newOrderInput('IT-FLOW-1'));
    expect(created.message).toBe('Created');
    expect(created.requestId).toBeTruthy();

    const id = await idOf(api, 'IT-FLOW-1');
    const detail = await api.getOrderDetail(id);
    expect(detail).toMatchObject({ order_id: id, order_code: 'IT-FLOW-1', internal_status: 'To Process' });
    expect(detail.product_info[0].sku).toBe('SKU-001');

    expect((await api.updateOrder({ order_code: 'IT-FLOW-1', notes: 'fragile' })).requestId).toBeTruthy();
    await api.setProcess('IT-FLOW-1');
    expect(await statusOf('IT-FLOW-1')).toBe('process');
    await api.setPacked('IT-FLOW-1', 'EARLY_PICKUP');
    expect((await api.getOrderDetail(id)).shipping_info.tracking_number).toBeTruthy();

    const label = await api.getShippingLabel('IT-FLOW-1', false);
    expect(label.data.order_code).toBe('IT-FLOW-1');
    expect(new URL(label.data.url).origin).toBe(sb.labelOrigin);
    const file = await api.downloadLabel(label.data.url, join(dir, 'IT-FLOW-1.pdf'));
    expect((await readFile(file.path)).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await api.getShippingLabel('IT-FLOW-1', true)).requestId).toBeTruthy();

    await api.ship('IT-FLOW-1');
    await api.complete('IT-FLOW-1');
    await api.returnOrder({ order_code: 'IT-FLOW-1', return_by: 'wrong_item', return_reason: 'Wrong size' });
    const tracking = await api.track('IT-FLOW-1');
    expect(parseStatus(tracking.order_status)).toBe('returned');
    expect(parseStatus(tracking.order_history[0].status)).toBe('returned');

    expect(await auditOf(sb, 'IT-FLOW-1')).toEqual([
      ['to_process', 'process'],
      ['process', 'packed'],
      ['packed', 'shipped'],
      ['shipped', 'completed'],
      ['completed', 'returned'],
    ]);
  });

  it('label downloads never carry Authorization (the label origin records every request)', async () => {
    await orderIn(api, 'IT-LABEL-1', 'packed');
    const label = await api.getShippingLabel('IT-LABEL-1', false);
    await api.downloadLabel(label.data.url, join(dir, 'IT-LABEL-1.pdf'));
    const seen = await control<Array<{ path: string; authorization_present: boolean }>>(
      sb,
      '/label-requests',
    );
    expect(seen.some((r) => r.path.endsWith('/IT-LABEL-1.pdf'))).toBe(true);
    expect(seen.every((r) => !r.authorization_present)).toBe(true);
  });

  it('set-process-packed applies asynchronously: to_process → process → packed', async () => {
    await orderIn(api, 'IT-ASYNC-1', 'to_process');
    expect((await api.setProcessPacked('IT-ASYNC-1', 'LATE_PICKUP')).requestId).toBeTruthy();
    let status = await statusOf('IT-ASYNC-1');
    for (let i = 0; i < 100 && status !== 'packed'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = await statusOf('IT-ASYNC-1');
    }
    expect(status).toBe('packed');
    expect(await auditOf(sb, 'IT-ASYNC-1')).toEqual([
      ['to_process', 'process'],
      ['process', 'packed'],
    ]);
  });

  it('cancels directly, and through a request approved or rejected', async () => {
    await orderIn(api, 'IT-CANCEL-1', 'process');
    await api.cancel({
      order_code: 'IT-CANCEL-1',
      cancel_by: 'out_of_stock',
      cancel_reason: 'none left',
      direct_cancel: true,
    });
    expect(await statusOf('IT-CANCEL-1')).toBe('cancelled');

    await orderIn(api, 'IT-CANCEL-2', 'to_process');
    await api.cancel({
      order_code: 'IT-CANCEL-2',
      cancel_by: 'customer_request',
      cancel_reason: 'changed mind',
      direct_cancel: false,
    });
    expect(await statusOf('IT-CANCEL-2')).toBe('to_process');
    await api.approveCancel('IT-CANCEL-2');
    expect(await statusOf('IT-CANCEL-2')).toBe('cancelled');

    await orderIn(api, 'IT-CANCEL-3', 'packed');
    await control(sb, '/cancel-request', { order_code: 'IT-CANCEL-3' });
    const id = await idOf(api, 'IT-CANCEL-3');
    expect((await api.getOrderDetail(id)).cancel_by).toBe('customer_request');
    await api.rejectCancel('IT-CANCEL-3');
    const after = await api.getOrderDetail(id);
    expect([after.cancel_by, after.cancel_reason, after.cancel_sla_at]).toEqual([null, null, null]);
    expect(await statusOf('IT-CANCEL-3')).toBe('packed');
  });

  it('a new unpaid order starts pending; filters use snake_case statuses', async () => {
    await orderIn(api, 'IT-PENDING-1', 'pending');
    expect(await statusOf('IT-PENDING-1')).toBe('pending');
    const page = await api.listOrders({ status: 'pending', per_page: 100, sort_direction: 'desc' });
    expect(page.data.some((o) => o.order_code === 'IT-PENDING-1')).toBe(true);
    expect(page.data.every((o) => parseStatus(o.internal_status) === 'pending')).toBe(true);
  });

  it('unknown codes and ids are not_found; bad bodies are validation with field errors', async () => {
    expect(await kindOf(api.setProcess('NO-SUCH-ORDER'))).toBe('not_found');
    expect(await kindOf(api.getOrderDetail(987_654_321))).toBe('not_found');
    await orderIn(api, 'IT-422-1', 'shipped');
    const err = await api
      .returnOrder({ order_code: 'IT-422-1', return_by: 'damaged', return_reason: '' })
      .catch((e: unknown) => e);
    expect(isApiError(err) && err.kind).toBe('validation');
    expect(isApiError(err) && err.httpStatus).toBe(422);
    expect(isApiError(err) && Object.keys(err.fieldErrors ?? {})).toContain('return_reason');
    expect(isApiError(err) && err.requestId).toBeTruthy();
  });
});
