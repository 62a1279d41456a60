// The work queue's channels: the station's synced list of open orders.
import { z } from 'zod';
import type { OrderView, QueueStatusView, ReadyOrderView } from '../station';
import { channel, scanCodeSchema as code } from './channel';

export const queueChannels = {
  'queue:status': channel<QueueStatusView>()(z.undefined()),
  'queue:refresh': channel<QueueStatusView>()(z.undefined()),
  'queue:codes': channel<string[]>()(z.undefined()),
  'queue:ready': channel<ReadyOrderView[]>()(z.strictObject({ limit: z.number().int().min(1).max(50) })),
  'queue:order': channel<OrderView | null>()(z.strictObject({ orderCode: code })),
};
