// A return as an outbox action against a scripted API: journaled with its return_by and reason (they
// survive a reopen), sent once, an unknown outcome or a 409 settled by the order's status — returned
// means done (never a second return), a status that cannot be returned stops in words.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createConnectivity, createOutbox, type Connectivity, type Outbox } from '../../src/main/outbox';
import type { OrderStatus } from '../../src/shared/orders';
import { FakeOrdersApi } from '../outbox/fake-api';

const open: { outbox: Outbox; connectivity: Connectivity }[] = [];
afterEach(async () => {
  for (const { outbox, connectivity } of open.splice(0)) {
    await outbox.close();
    connectivity.close();
  }
});

/** While true, the reachability probe fails: the outbox keeps what it is given. */
let down = false;

async function setup(orders: Record<string, OrderStatus>, dir?: string, api = new FakeOrdersApi(orders)) {
  const connectivity = createConnectivity({
    probe: async () => {
      if (down) throw new Error('down');
    },
    backoff: { baseMs: 5, maxMs: 20 },
  });
  const outbox = await createOutbox({
    dir: dir ?? (await mkdtemp(join(tmpdir(), 'return-action-'))),
    api,
    connectivity,
    backoff: { baseMs: 5, maxMs: 20 },
  });
  open.push({ outbox, connectivity });
  return { api, outbox, connectivity };
}

const RETURN = { kind: 'return', returnBy: 'damaged', returnReason: 'Box crushed' } as const;

describe('outbox: a return', () => {
  it('is sent once with its return_by and reason', async () => {
    const { api, outbox } = await setup({ R1: 'shipped' });
    const result = await outbox.submit({ orderCode: 'R1', ...RETURN });
    expect(result).toMatchObject({ state: 'done', via: 'sent' });
    expect(api.calls).toEqual(['return:R1']);
    expect(api.status.get('R1')).toBe('returned');
    expect(outbox.list()).toMatchObject([{ kind: 'return', returnBy: 'damaged', state: 'done' }]);
  });

  it('needs a return_by and a reason', async () => {
    const { outbox } = await setup({ R1: 'shipped' });
    await expect(outbox.submit({ orderCode: 'R1', kind: 'return', returnBy: 'other' })).rejects.toThrow(
      /return reason/,
    );
  });

  it('applied but the answer lost: tracking shows it returned, so it is done and not sent again', async () => {
    const { api, outbox } = await setup({ R1: 'completed' });
    api.plan('return', { fail: 'timeout', applied: true });
    const first = await outbox.submit({ orderCode: 'R1', ...RETURN });
    expect(first.state).toBe('queued');
    await outbox.drained(5_000);
    expect(api.calls).toEqual(['return:R1']);
    expect(outbox.list()).toMatchObject([{ state: 'done', note: 'already returned (seen in tracking)' }]);
  });

  it('returned elsewhere meanwhile: the 409 is settled as done', async () => {
    const { api, outbox } = await setup({ R1: 'returned' });
    const result = await outbox.submit({ orderCode: 'R1', ...RETURN });
    expect(result).toMatchObject({ state: 'done', via: 'already_done' });
    expect(api.calls).toEqual(['return:R1']);
  });

  it('an order that cannot be returned stops in words', async () => {
    const { outbox } = await setup({ R1: 'packed' });
    const result = await outbox.submit({ orderCode: 'R1', ...RETURN });
    expect(result).toMatchObject({
      state: 'stopped',
      error: {
        step: 'return',
        currentStatus: 'packed',
        message: 'Order R1 is now Packed: only a shipped or completed order can be returned.',
      },
    });
  });

  it('keeps its return_by and reason in the journal across a reopen', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'return-action-'));
    const api = new FakeOrdersApi({ R1: 'shipped' });
    const first = await setup({}, dir, api);
    down = true;
    first.connectivity.reportFailure({
      kind: 'network',
      message: 'down',
      retryable: true,
      requestId: null,
      httpStatus: null,
    });
    expect((await first.outbox.submit({ orderCode: 'R1', ...RETURN })).state).toBe('queued');
    await first.outbox.close();
    down = false;
    const { outbox } = await setup({}, dir, api);
    await outbox.drained(5_000);
    expect(api.calls).toEqual(['return:R1']);
    expect(api.returns).toEqual([{ order_code: 'R1', return_by: 'damaged', return_reason: 'Box crushed' }]);
  });
});
