// The returns bench's channels: find a returned parcel's order by its AWB or order code, record the return
// with the API's `return_by` vocabulary (journaled like a packing step, sent once), and today's returns.
import { z } from 'zod';
import type { ErrorInfo } from '../errors';
import { RETURN_REASONS, type ReturnReason } from '../orders/options';
import type { OrderStatus } from '../orders/status';
import { channel, scanCodeSchema as code } from './channel';

/** A returned parcel's order as the bench shows it before the reason is asked. */
export interface ReturnOrderView {
  orderCode: string;
  awb: string | null;
  status: OrderStatus;
  /** When it was shipped (tracking's history), when known. */
  shippedAt: string | null;
  courier: string | null;
  recipient: { name: string | null; phone: string | null; address: string | null; city: string | null };
  items: { sku: string; name: string | null; quantity: number }[];
  /** 'api': confirmed with the Orders API just now; 'cache': the station's copy (offline). */
  source: 'api' | 'cache';
}

/**
 * Why a parcel cannot be returned here: no order has that AWB or code; its status is not shipped or
 * completed; it is already returned; or this bench already recorded its return.
 */
export const RETURN_REFUSALS = ['unknown', 'wrong_status', 'already_returned', 'already_recorded'] as const;
export type ReturnRefusal = (typeof RETURN_REFUSALS)[number];

export type ReturnLookup =
  | { found: true; order: ReturnOrderView }
  | {
      found: false;
      refusal: ReturnRefusal;
      /** What was scanned. */
      code: string;
      orderCode: string | null;
      status: OrderStatus | null;
      /** When this bench recorded it (already_recorded). */
      recordedAt: string | null;
      /** Answered from the station's copy: the Orders API could not be asked (offline). */
      offline: boolean;
      /** The same in English words (logs, a screen without the key). */
      message: string;
    };

/** queued: saved, waiting for the API; done: the order is returned; failed/stopped: needs a supervisor. */
export type ReturnRecordState = 'queued' | 'sending' | 'done' | 'failed' | 'stopped' | 'discarded';

/** One return recorded at this bench (`returns:list` lists today's; the shift report counts them). */
export interface ReturnRecordView {
  id: string;
  orderCode: string;
  awb: string | null;
  reason: ReturnReason;
  note: string;
  at: string;
  /** Who recorded it, when the bench knows its packer. */
  packer: string | null;
  state: ReturnRecordState;
  /** How it ended ('sent', 'already returned (seen in tracking)') or why it waits. */
  stateNote: string | null;
  error: ErrorInfo | null;
  /** The return slip for the bin: the printer's job, or why it did not print. */
  slip: { jobId: string | null; error: ErrorInfo | null };
}

export const returnsChannels = {
  'returns:lookup': channel<ReturnLookup>()(z.strictObject({ code })),
  'returns:record': channel<ReturnRecordView>()(
    z.strictObject({
      orderCode: code,
      reason: z.enum(RETURN_REASONS),
      note: z.string().trim().max(300, 'The note is too long').default(''),
    }),
  ),
  /** Today's returns at this bench (the station's time zone), newest first. */
  'returns:list': channel<ReturnRecordView[]>()(z.undefined()),
  'returns:reprintSlip': channel<{ jobId: string }>()(z.strictObject({ id: z.string().uuid() })),
};
