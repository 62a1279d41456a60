// After the batch's job was accepted: each order in it is marked printed (a label call with
// mark_as_printed true) and shipped, in page order. `shipping` is journaled before ship is sent; after a
// restart such an order is looked up first, and shipped again only if tracking does not show it shipped.
import { parseStatus } from '../../shared/orders/status';
import { toErrorInfo } from '../errors/error-info';
import type { RunContext } from './run-context';
import type { BatchOrder } from './state';

export async function shipPrinted(ctx: RunContext): Promise<void> {
  const inJob = new Set(ctx.state.printing?.codes ?? []);
  for (const o of ctx.state.orders.filter((x) => inJob.has(x.orderCode) && !x.shipped && !x.shipError)) {
    await shipOne(ctx, o);
  }
}

async function shipOne(ctx: RunContext, o: BatchOrder): Promise<void> {
  const code = o.orderCode;
  try {
    if (!o.marked) {
      await ctx.api.getShippingLabel(code, true);
      await ctx.record({ t: 'marked', code });
    }
    if (o.shipStarted) {
      const now = parseStatus((await ctx.api.track(code)).order_status);
      if (now === 'shipped' || now === 'completed') {
        await ctx.record({ t: 'shipped', code, requestId: null });
        return;
      }
    }
    await ctx.record({ t: 'shipping', code });
    const ack = await ctx.api.ship(code);
    await ctx.record({ t: 'shipped', code, requestId: ack.requestId });
  } catch (err) {
    const info = toErrorInfo(err, 'ship');
    const id = info.requestId ? ` (request ${info.requestId})` : '';
    await ctx.record({ t: 'ship_failed', code, reason: `${info.message}${id}` });
  }
}
