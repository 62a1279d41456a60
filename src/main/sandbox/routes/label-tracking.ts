// Shipping label (design.md §1 row 10) and tracking (row 14).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { orderCodeInputSchema, orderCodeSchema } from '../../../shared/orders';
import { tenantOf } from '../auth';
import { storeOf, type SandboxContext } from '../context';
import { conflict, envelope, notFound, parseBody, sendOk } from '../envelope';
import { checkAction } from '../transitions';
import { toTracking } from '../views';

/** `mark_as_printed` arrives as "true"/"false" or a boolean. */
const labelBodySchema = z.object({
  order_code: orderCodeSchema,
  mark_as_printed: z
    .union([z.boolean(), z.enum(['true', 'false'])], { error: 'must be true or false' })
    .optional()
    .transform((v) => v === true || v === 'true'),
});

export function registerLabelTrackingRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  app.post('/orders/fulfillment/shipping-label', async (request, reply) => {
    const input = parseBody(labelBodySchema, request.body);
    const order = storeOf(ctx, request).byOrderCode(input.order_code);
    if (!order) throw notFound(`Order ${input.order_code}`);
    const check = checkAction('label', order);
    if (!check.ok) throw conflict(check.message);
    if (input.mark_as_printed) order.printedAt = ctx.now();
    return sendOk(request, reply, 'Ok', {
      order_id: order.id,
      channel: order.platform,
      order_code: order.code,
      url: ctx.labelUrl(tenantOf(request), order.code),
    });
  });

  app.post('/orders/tracking', async (request, reply) => {
    const { order_code } = parseBody(orderCodeInputSchema, request.body);
    const order = storeOf(ctx, request).byOrderCode(order_code);
    if (!order) throw notFound(`Order ${order_code}`);
    // Tracking's status is the string "ok", as the documentation shows.
    return reply.send(envelope(request, 'ok', 'Ok', toTracking(order, tenantOf(request), ctx.now())));
  });
}
