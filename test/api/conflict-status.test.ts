// A conflict's current status comes from tracking's order_status, never from the English message.
import { describe, expect, it } from 'vitest';
import { conflictStatus, withCurrentStatus } from '../../src/main/api/conflict-status';
import { ApiError } from '../../src/main/api/errors';
import type { Tracking } from '../../src/shared/orders';

function trackingWith(orderStatus: string): Tracking {
  return {
    order_code: 'ORD1',
    order_reference_id: null,
    order_status: orderStatus,
    tracking_number: null,
    channel: null,
    courier: null,
    service: null,
    tenant_id: null,
    order_history: [],
    delivery_history: [],
  };
}

const conflict = new ApiError({
  kind: 'conflict',
  method: 'POST',
  path: '/api/partner/v1/orders/fulfillment/set-packed',
  httpStatus: 409,
  requestId: 'rq-1',
  // A misleading English message: the status must not be read from here.
  message: 'Order ORD1 is Shipped',
});

describe('conflict status', () => {
  it('reads the canonical status from tracking', async () => {
    const api = { track: async () => trackingWith('Packed') };
    expect(await conflictStatus(api, 'ORD1')).toBe('packed');
    const enriched = await withCurrentStatus(api, conflict, 'ORD1');
    expect(enriched.currentStatus).toBe('packed');
    expect(enriched.message).toMatch(/is Packed now/);
    expect(enriched.toInfo('set_packed')).toMatchObject({
      kind: 'conflict',
      currentStatus: 'packed',
      requestId: 'rq-1',
      httpStatus: 409,
      step: 'set_packed',
    });
  });

  it('is null when tracking fails or the status is unknown', async () => {
    const failing = {
      track: async (): Promise<Tracking> => {
        throw new Error('offline');
      },
    };
    expect(await conflictStatus(failing, 'ORD1')).toBeNull();
    expect(await conflictStatus({ track: async () => trackingWith('Teleported') }, 'ORD1')).toBeNull();
    expect((await withCurrentStatus(failing, conflict, 'ORD1')).currentStatus).toBeNull();
  });

  it('leaves other errors alone', async () => {
    const notFound = new ApiError({ kind: 'not_found', method: 'POST', path: '/x', message: 'gone' });
    const api = { track: async () => trackingWith('Packed') };
    expect(await withCurrentStatus(api, notFound, 'ORD1')).toBe(notFound);
  });
});
