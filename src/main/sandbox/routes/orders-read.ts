// List orders (POST /orders) and order detail (GET /orders/:id/detail).
import type { FastifyInstance } from 'fastify';
import type { OrderStatus } from '../../../shared/orders';
import { storeOf, type SandboxContext } from '../context';
import { notFound, sendOk } from '../envelope';
import { parseListQuery } from '../list-query';
import type { StoredOrder } from '../types';
import { toDetail, toSummary } from '../views';

/** Sort key for sort_by=status: along the happy path, cancelled and returned last. */
const STATUS_ORDER: Record<OrderStatus, number> = {
  pending: 0,
  to_process: 1,
  process: 2,
  packed: 3,
  shipped: 4,
  completed: 5,
  cancelled: 6,
  returned: 7,
};

export function registerReadRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  app.post('/orders', async (request, reply) => {
    const q = parseListQuery(request.body, ctx.strict);
    const all = storeOf(ctx, request).orders; // ascending by created_at, never copied whole
    const matches: StoredOrder[] = [];
    for (const o of all) {
      if (q.status && o.status !== q.status) continue;
      if (q.from !== null && o.createdAt < q.from) continue;
      if (q.to !== null && o.createdAt > q.to) continue;
      matches.push(o);
    }
    if (q.direction === 'desc') matches.reverse();
    if (q.sortBy === 'status') {
      // Stable sort keeps created_at order (in the requested direction) within a status.
      const sign = q.direction === 'asc' ? 1 : -1;
      matches.sort((a, b) => sign * (STATUS_ORDER[a.status] - STATUS_ORDER[b.status]));
    }
    const start = (q.page - 1) * q.perPage;
    return sendOk(request, reply, 'Ok', {
      data: matches.slice(start, start + q.perPage).map(toSummary),
      current_page: q.page,
      per_page: q.perPage,
      total_data: matches.length,
      total_page: Math.ceil(matches.length / q.perPage),
    });
  });

  app.get<{ Params: { id: string } }>('/orders/:id/detail', async (request, reply) => {
    const { id } = request.params;
    const order = /^\d{1,15}$/.test(id) ? storeOf(ctx, request).byOrderId(Number(id)) : undefined;
    if (!order) throw notFound(`Order ${id}`);
    return sendOk(request, reply, 'Ok', toDetail(order));
  });
}
