// The status-changing fulfillment endpoints (design.md §1 rows 6–8). Every refusal is a 409 naming the
// order's current status; every applied change lands in the audit with the request's request_id.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  cancelInputSchema,
  orderCodeInputSchema,
  returnInputSchema,
  setPackedInputSchema,
} from '../../../shared/orders';
import { storeOf, type SandboxContext } from '../context';
import { conflict, notFound, parseBody, sendOk } from '../envelope';
import { trackingNumberFor } from '../order-facts';
import type { TenantStore } from '../store';
import { checkAction, processPackedSteps, type OrderAction } from '../transitions';
import type { StoredOrder } from '../types';

const DAY = 86_400_000;

export function registerFulfillmentRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  /** Look the order up and check the action, or throw 404 / 409. */
  const guard = (request: FastifyRequest, code: string, action: OrderAction) => {
    const store = storeOf(ctx, request);
    const order = store.byOrderCode(code);
    if (!order) throw notFound(`Order ${code}`);
    const check = checkAction(action, order);
    if (!check.ok) throw conflict(check.message);
    return { store, order, to: check.to };
  };
  const change = (
    store: TenantStore,
    order: StoredOrder,
    to: StoredOrder['status'],
    request: FastifyRequest,
  ) => store.setStatus(order, to, { requestId: request.id, at: ctx.now() });

  const simple = (path: string, action: OrderAction, word: string) =>
    app.post(`/orders/fulfillment/${path}`, async (request, reply) => {
      const { order_code } = parseBody(orderCodeInputSchema, request.body);
      const { store, order, to } = guard(request, order_code, action);
      change(store, order, to, request);
      return sendOk(request, reply, `Success ${word} Order ${order.code}`, []);
    });
  simple('set-process', 'set_process', 'Process');
  simple('ship', 'ship', 'Shipped');
  simple('completed', 'completed', 'Completed');

  app.post('/orders/fulfillment/set-packed', async (request, reply) => {
    const input = parseBody(setPackedInputSchema, request.body);
    const { store, order, to } = guard(request, input.order_code, 'set_packed');
    pack(order, input.pickup_option);
    change(store, order, to, request);
    return sendOk(request, reply, `Success Packed Order ${order.code}`, []);
  });

  // 200 at once; to_process → process → packed land later, each audited under this request_id.
  app.post('/orders/fulfillment/set-process-packed', async (request, reply) => {
    const input = parseBody(setPackedInputSchema, request.body);
    const { store, order } = guard(request, input.order_code, 'set_process_packed');
    const steps = processPackedSteps(order.status);
    steps.forEach((to, i) => {
      const timer = setTimeout(
        () => {
          ctx.timers.delete(timer);
          // Re-check: a cancellation or another station may have moved the order meanwhile.
          const action = to === 'process' ? 'set_process' : 'set_packed';
          if (!checkAction(action, order).ok) return;
          if (to === 'packed' && failAsync(order)) return;
          if (to === 'packed') pack(order, input.pickup_option);
          change(store, order, to, request);
        },
        Math.round((ctx.asyncDelayMs * (i + 1)) / steps.length),
      );
      ctx.timers.add(timer);
    });
    return sendOk(request, reply, `Success Process Packed Order ${order.code}`, []);
  });

  app.post('/orders/fulfillment/return', async (request, reply) => {
    const input = parseBody(returnInputSchema, request.body);
    const { store, order, to } = guard(request, input.order_code, 'return');
    order.returnBy = input.return_by;
    order.returnReason = input.return_reason;
    change(store, order, to, request);
    return sendOk(request, reply, `Success Return Order ${order.code}`, []);
  });

  app.post('/orders/fulfillment/cancel', async (request, reply) => {
    const input = parseBody(cancelInputSchema, request.body);
    const { store, order, to } = guard(
      request,
      input.order_code,
      input.direct_cancel ? 'cancel' : 'request_cancel',
    );
    order.cancelBy = input.cancel_by;
    order.cancelReason = input.cancel_reason;
    if (input.direct_cancel) {
      order.cancelRequestOpen = false;
      change(store, order, to, request);
    } else {
      openCancelRequest(order, ctx.now());
    }
    return sendOk(request, reply, `Success Cancel Order ${order.code}`, []);
  });

  app.post('/orders/fulfillment/approve-cancel', async (request, reply) => {
    const { order_code } = parseBody(orderCodeInputSchema, request.body);
    const { store, order, to } = guard(request, order_code, 'approve_cancel');
    order.cancelRequestOpen = false;
    change(store, order, to, request);
    return sendOk(request, reply, `Success Approve Cancel Order ${order.code}`, []);
  });

  app.post('/orders/fulfillment/reject-cancel', async (request, reply) => {
    const { order_code } = parseBody(orderCodeInputSchema, request.body);
    const { order } = guard(request, order_code, 'reject_cancel');
    closeCancelRequest(order, ctx.now());
    return sendOk(request, reply, `Success Reject Cancel Order ${order.code}`, []);
  });

  /** The test fault: the asynchronous packing fails, the order stays where it is and says why. */
  function failAsync(order: StoredOrder): boolean {
    const reason = ctx.asyncFailures.get(order.code);
    if (reason === undefined) return false;
    order.history.push({
      status: order.status,
      at: ctx.now(),
      activity: 'Pack Failed',
      actor: 'System',
      remarks: reason,
    });
    return true;
  }

  /** Packing fixes the pickup slot and gets the courier's tracking number (airway bill). */
  function pack(order: StoredOrder, pickupOption: string): void {
    order.pickupOption = pickupOption;
    order.trackingNumber ??= trackingNumberFor(order.provider, ctx.rng);
  }
}

/** A buyer's cancellation request: shows cancel_by/reason and an SLA 24 h out; status unchanged. */
export function openCancelRequest(order: StoredOrder, now: number, by?: string, reason?: string): void {
  order.cancelRequestOpen = true;
  order.cancelBy = by ?? order.cancelBy ?? 'customer_request';
  order.cancelReason = reason ?? order.cancelReason ?? 'Buyer asked to cancel';
  order.cancelSlaAt = now + DAY;
  order.updatedAt = now;
}

export function closeCancelRequest(order: StoredOrder, now: number): void {
  order.cancelRequestOpen = false;
  order.cancelBy = null;
  order.cancelReason = null;
  order.cancelSlaAt = null;
  order.updatedAt = now;
}
