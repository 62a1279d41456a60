// What the outbox journal holds, one record per line. Every record but `enqueue` carries the entry's new
// revision (`rev`): the reducer applies a record only when it is newer than what it has, so a duplicated
// or replayed line changes nothing. `entry` is a whole-entry snapshot written by compaction.
import { z } from 'zod';
import { OUTBOX_ACTION_KINDS } from '../../shared/outbox/types';
import { PICKUP_OPTIONS, RETURN_REASONS } from '../../shared/orders/options';
import { ERROR_KINDS, type ErrorInfo } from '../../shared/errors';

const errorInfoSchema: z.ZodType<ErrorInfo> = z
  .object({
    kind: z.enum(ERROR_KINDS),
    message: z.string(),
    retryable: z.boolean(),
    requestId: z.string().nullable(),
    httpStatus: z.number().nullable(),
  })
  .passthrough() as unknown as z.ZodType<ErrorInfo>;

/** Who was packing when the action was made. */
const packerSchema = z.object({ id: z.string(), name: z.string() });

const base = { id: z.string().min(1), rev: z.number().int().min(0), at: z.string() };

export const ENTRY_STATES = ['queued', 'sending', 'done', 'failed', 'stopped', 'discarded'] as const;

/** One action as the outbox keeps it (the view plus what replay needs). */
export const entrySchema = z.object({
  id: z.string().min(1),
  /** Global position: steps of one order go in this order. */
  seq: z.number().int().min(0),
  rev: z.number().int().min(0),
  orderCode: z.string().min(1),
  kind: z.enum(OUTBOX_ACTION_KINDS),
  pickupOption: z.enum(PICKUP_OPTIONS).optional(),
  /** A return's `return_by` and `return_reason` (kind 'return' only). */
  returnBy: z.enum(RETURN_REASONS).optional(),
  returnReason: z.string().optional(),
  scanId: z.string().optional(),
  packer: packerSchema.optional(),
  state: z.enum(ENTRY_STATES),
  createdAt: z.string(),
  attempts: z.number().int().min(0),
  lastAttemptAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  lastError: errorInfoSchema.nullable(),
  note: z.string().nullable(),
  requestId: z.string().nullable(),
  /** The last attempt may have reached the API: ask tracking before sending again. */
  unknown: z.boolean(),
  settledAt: z.string().nullable(),
});
export type OutboxEntry = z.infer<typeof entrySchema>;

export const recordSchema = z.discriminatedUnion('t', [
  z.object({
    t: z.literal('enqueue'),
    id: z.string().min(1),
    seq: z.number().int().min(0),
    at: z.string(),
    orderCode: z.string().min(1),
    kind: z.enum(OUTBOX_ACTION_KINDS),
    pickupOption: z.enum(PICKUP_OPTIONS).optional(),
    returnBy: z.enum(RETURN_REASONS).optional(),
    returnReason: z.string().optional(),
    scanId: z.string().optional(),
    packer: packerSchema.optional(),
  }),
  /** Written and fsync'd BEFORE the request leaves: a crash after it means "outcome unknown". */
  z.object({ t: z.literal('attempt'), ...base, n: z.number().int().min(1) }),
  z.object({
    t: z.literal('done'),
    ...base,
    via: z.enum(['sent', 'already_done']),
    requestId: z.string().nullable(),
    note: z.string().nullable(),
  }),
  /** `unknown`: refused while settling an unknown outcome (tracking said 401/403): still unknown. */
  z.object({ t: z.literal('failed'), ...base, error: errorInfoSchema, unknown: z.boolean().optional() }),
  z.object({ t: z.literal('stopped'), ...base, error: errorInfoSchema, note: z.string() }),
  /**
   * Back to queued: `by: 'backoff'` after a transient failure (with its error and the next attempt
   * time), `by: 'operator'` when a failed or stopped action is sent again on purpose.
   */
  z.object({
    t: z.literal('retry'),
    ...base,
    by: z.enum(['backoff', 'operator']),
    error: errorInfoSchema.nullable(),
    unknown: z.boolean(),
    nextAttemptAt: z.string().nullable(),
  }),
  z.object({ t: z.literal('discard'), ...base, reason: z.string() }),
  z.object({ t: z.literal('entry'), entry: entrySchema }),
]);
export type OutboxRecord = z.infer<typeof recordSchema>;

export function parseRecord(value: unknown): OutboxRecord | null {
  const parsed = recordSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
