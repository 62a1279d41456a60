// A batch's journal records. Each step is written BEFORE it is attempted when repeating it could do harm
// (`sending`, `printing`, `shipping`) and again once its outcome is known, so a restart knows exactly
// what may have reached the API or the printer: an order with `sending` and no answer is never sent
// again, only confirmed; a job with `printing` and no answer is never printed again by itself.
import { z } from 'zod';
import { PICKUP_OPTIONS } from '../../shared/orders/options';

const code = z.string().min(1).max(100);
const words = z.string().max(2000);
const requestId = z.string().max(200).nullable();

export const batchRecordSchema = z.discriminatedUnion('t', [
  z.object({
    t: z.literal('created'),
    id: z.string(),
    at: z.string(),
    pickup: z.enum(PICKUP_OPTIONS),
    confirmTimeoutMs: z.number().int().positive(),
    orders: z.array(z.object({ code, orderId: z.number().int().nullable() })),
  }),
  z.object({ t: z.literal('refused'), code, reason: words, requestId }),
  z.object({ t: z.literal('screened') }),
  z.object({ t: z.literal('sending'), code }),
  /** 200 from set-process-packed, or no answer at all (`reason` says so): confirm, never resend. */
  z.object({ t: z.literal('sent'), code, requestId, reason: words.nullable() }),
  z.object({ t: z.literal('failed'), code, reason: words, requestId }),
  z.object({ t: z.literal('confirming'), at: z.number() }),
  z.object({ t: z.literal('packed'), code, trackingNumber: z.string().nullable() }),
  z.object({ t: z.literal('unknown'), code, reason: words }),
  z.object({ t: z.literal('label'), code, file: z.string(), pages: z.number().int().positive() }),
  z.object({ t: z.literal('label_failed'), code, reason: words }),
  z.object({ t: z.literal('printing'), file: z.string(), codes: z.array(code), pages: z.number().int() }),
  z.object({
    t: z.literal('printed'),
    jobId: z.string(),
    printer: z.string(),
    at: z.string(),
  }),
  z.object({ t: z.literal('print_failed'), reason: words }),
  z.object({ t: z.literal('marked'), code }),
  z.object({ t: z.literal('shipping'), code }),
  z.object({ t: z.literal('shipped'), code, requestId }),
  z.object({ t: z.literal('ship_failed'), code, reason: words }),
  z.object({ t: z.literal('reprinted'), jobId: z.string(), orderCode: code.nullable(), at: z.string() }),
  z.object({ t: z.literal('done') }),
]);

export type BatchRecord = z.infer<typeof batchRecordSchema>;

export function parseBatchRecord(value: unknown): BatchRecord | null {
  const parsed = batchRecordSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
