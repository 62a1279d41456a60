// Bulk packing as the API means it: choose To Process orders, pack them with set-process-packed, confirm
// each asynchronous outcome, print their labels as one job, ship. Reads are open; starting and reprinting
// need the supervisor.
import { z } from 'zod';
import type { BatchPreview, BatchSummary, BatchView } from '../batches/types';
import { BATCH_MAX_ORDERS } from '../batches/types';
import { PICKUP_OPTIONS } from '../orders/options';
import { orderCodeSchema } from '../orders/schemas';
import { channel, supervisorChannel } from './channel';

const word = z.string().trim().min(1).max(100).optional();
const isoTime = z.string().trim().min(10).max(40).optional();
const batchId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'not a batch id');

export const batchFilterSchema = z.strictObject({
  courier: word,
  channel: word,
  delivery: word,
  createdFrom: isoTime,
  createdTo: isoTime,
});

export const batchChannels = {
  'batch:preview': channel<BatchPreview>()(z.strictObject({ filter: batchFilterSchema })),
  'batch:start': supervisorChannel<BatchView>()({
    orderCodes: z.array(orderCodeSchema).min(1).max(BATCH_MAX_ORDERS),
    pickupOption: z.enum(PICKUP_OPTIONS),
  }),
  'batch:current': channel<BatchView | null>()(z.undefined()),
  'batch:get': channel<BatchView>()(z.strictObject({ batchId })),
  'batch:list': channel<BatchSummary[]>()(z.undefined()),
  'batch:failuresCsv': channel<{ fileName: string; csv: string }>()(z.strictObject({ batchId })),
  'batch:resume': supervisorChannel<BatchView>()({ batchId }),
  'batch:reprint': supervisorChannel<BatchView>()({ batchId, orderCode: orderCodeSchema.optional() }),
};
