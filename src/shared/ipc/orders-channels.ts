// The supervisor's side of the station: the order list, an order's detail and tracking, and the writes a
// supervisor makes (cancel, return, complete, manual orders, updates; bulk packing is batch-channels.ts). Reads are open to
// the bench; writes need the supervisor token and the API online (they are never queued).
import { z } from 'zod';
import type { ApiAck } from '../orders/ack';
import type { OrderDetail, OrderPage, Tracking } from '../orders/schemas';
import {
  cancelInputSchema,
  createOrderInputSchema,
  listOrdersQuerySchema,
  returnInputSchema,
  updateOrderInputSchema,
} from '../orders/requests';
import { orderCodeSchema } from '../orders/schemas';
import { channel, supervisorChannel } from './channel';

export const ordersChannels = {
  'orders:list': channel<OrderPage>()(listOrdersQuerySchema),
  'orders:detail': channel<OrderDetail>()(z.strictObject({ orderId: z.number().int().positive() })),
  'orders:track': channel<Tracking>()(z.strictObject({ orderCode: orderCodeSchema })),
  'orders:cancel': supervisorChannel<ApiAck>()({ input: cancelInputSchema }),
  'orders:return': supervisorChannel<ApiAck>()({ input: returnInputSchema }),
  'orders:complete': supervisorChannel<ApiAck>()({ orderCode: orderCodeSchema }),
  'orders:create': supervisorChannel<ApiAck>()({ input: createOrderInputSchema }),
  'orders:update': supervisorChannel<ApiAck>()({ input: updateOrderInputSchema }),
};
