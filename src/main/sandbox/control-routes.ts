// The test control surface at the origin's root, /__sandbox/… (never under /api/partner/v1), behind the
// same tenant headers. Replies are plain JSON documents; errors use the API envelope.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CANCEL_REASONS, ORDER_STATUSES, orderCodeSchema } from '../../shared/orders';
import { storeOf, type SandboxContext } from './context';
import { apiTimeOrNull, conflict, notFound, parseBody } from './envelope';
import { faultSettingsSchema } from './faults';
import { malformedSettingsSchema } from './malformed';
import { trackingNumberFor } from './order-facts';
import { closeCancelRequest, openCancelRequest } from './routes/fulfillment';
import { CANCELLABLE, checkAction } from './transitions';
import { toDetail } from './views';

const cancelRequestSchema = z.object({
  order_code: orderCodeSchema,
  cancel_by: z.enum(CANCEL_REASONS).optional(),
  cancel_reason: z.string().trim().min(1).optional(),
});
const asyncFailuresSchema = z.object({
  order_codes: z.array(orderCodeSchema).max(1000),
  reason: z.string().trim().min(1).max(200).optional(),
});
const flagsSchema = z.object({
  order_code: orderCodeSchema,
  is_fake: z.boolean().optional(),
  fulfill_by_mp: z.boolean().optional(),
});
const moveSchema = z.object({ order_code: orderCodeSchema, to: z.enum(ORDER_STATUSES) });

export function registerControlRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  app.get('/__sandbox/faults', async () => ctx.faults.settings);
  app.post('/__sandbox/faults', async (request) =>
    ctx.faults.update(parseBody(faultSettingsSchema.partial(), request.body)),
  );

  // Malformed replies of chosen endpoints (and of the label origin) until cleared with null.
  app.get('/__sandbox/malformed', async () => ctx.malformed.view());
  app.post('/__sandbox/malformed', async (request) =>
    ctx.malformed.update(parseBody(malformedSettingsSchema, request.body)),
  );

  // A buyer's cancellation request, as the marketplace would open it.
  app.post('/__sandbox/cancel-request', async (request) => {
    const input = parseBody(cancelRequestSchema, request.body);
    const order = storeOf(ctx, request).byOrderCode(input.order_code);
    if (!order) throw notFound(`Order ${input.order_code}`);
    const check = checkAction('request_cancel', order);
    if (!check.ok) throw conflict(check.message);
    openCancelRequest(order, ctx.now(), input.cancel_by ?? 'customer_request', input.cancel_reason);
    return {
      order_code: order.code,
      cancel_by: order.cancelBy,
      cancel_reason: order.cancelReason,
      cancel_sla_at: apiTimeOrNull(order.cancelSlaAt),
    };
  });

  // The asynchronous half of set-process-packed fails for these orders (they stay In Process).
  app.post('/__sandbox/async-failures', async (request) => {
    const input = parseBody(asyncFailuresSchema, request.body);
    for (const code of input.order_codes)
      ctx.asyncFailures.set(code, input.reason ?? 'Courier booking failed');
    return { order_codes: [...ctx.asyncFailures.keys()] };
  });

  // An order's marketplace flags as the channel would set them (fake orders, marketplace fulfilment).
  app.post('/__sandbox/flags', async (request) => {
    const input = parseBody(flagsSchema, request.body);
    const order = storeOf(ctx, request).byOrderCode(input.order_code);
    if (!order) throw notFound(`Order ${input.order_code}`);
    if (input.is_fake !== undefined) order.isFake = input.is_fake;
    if (input.fulfill_by_mp !== undefined) order.fulfillByMp = input.fulfill_by_mp;
    return { order_code: order.code, is_fake: order.isFake, fulfill_by_mp: order.fulfillByMp };
  });

  // Force a status as "another station" would; audited like any request's change.
  app.post('/__sandbox/move', async (request) => {
    const input = parseBody(moveSchema, request.body);
    const store = storeOf(ctx, request);
    const order = store.byOrderCode(input.order_code);
    if (!order) throw notFound(`Order ${input.order_code}`);
    const from = order.status;
    if (from !== input.to) {
      if (['packed', 'shipped', 'completed'].includes(input.to)) {
        order.trackingNumber ??= trackingNumberFor(order.provider, ctx.rng);
      }
      if (order.cancelRequestOpen && !CANCELLABLE.includes(input.to)) closeCancelRequest(order, ctx.now());
      if (input.to === 'cancelled') order.cancelRequestOpen = false;
      store.setStatus(order, input.to, { requestId: request.id, at: ctx.now(), actor: 'Another station' });
    }
    return { order_code: order.code, from, to: order.status, request_id: request.id };
  });

  app.get<{ Querystring: { order_code?: string } }>('/__sandbox/audit', async (request) => {
    const code = request.query.order_code;
    const audit = storeOf(ctx, request).audit;
    return { transitions: code ? audit.filter((t) => t.order_code === code) : [...audit] };
  });

  app.get('/__sandbox/label-requests', async () => [...ctx.labelRequests]);

  app.get<{ Params: { code: string } }>('/__sandbox/orders/:code', async (request) => {
    const order = storeOf(ctx, request).byOrderCode(request.params.code);
    if (!order) throw notFound(`Order ${request.params.code}`);
    // Raw state (camelCase: status, cancelRequestOpen, printedAt…) plus the detail view's snake_case fields.
    return { ...toDetail(order), ...order };
  });
}
