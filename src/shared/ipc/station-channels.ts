// The packing bench's channels: the scan flow, the labels-pending tray, shift counters, the work queue,
// printers, the command sheet, and a supervisor's decision on a cancellation request.
import { z } from 'zod';
import { PICKUP_OPTIONS, type PickupOption } from '../orders/options';
import type {
  OrderView,
  PrinterView,
  PrintJobRef,
  QueueStatusView,
  ReadyOrderView,
  ScanOutcome,
  ShiftView,
  TrayEntry,
  VerificationCheckView,
} from '../station';
import type { ConnectivityView, OutboxEntryView, OutboxSummary } from '../outbox/types';
import { ERROR_KINDS } from '../errors';
import { channel, supervisorChannel } from './channel';

/** A scanned or typed code: printable, bounded (a garbled 10 KB burst never reaches main). */
const code = z
  .string()
  .trim()
  .min(1, 'The code is empty')
  .max(256, 'The code is too long to be a barcode')
  .regex(/^[\x20-\x7E]+$/, 'The code has characters a barcode cannot have');

/** The outbox counts with the API's reachability: what the top bar shows at all times. */
export interface OutboxStatusView extends OutboxSummary {
  connectivity: ConnectivityView;
  /** Goes up with every outbox or reachability change: the renderer keeps the higher (as QueueStatusView). */
  revision: number;
}

/** What printing the tray did: printed in order, and what stayed (label not fetched yet, order stopped). */
export interface TrayPrintView {
  printed: number;
  orderCodes: string[];
  held: { orderCode: string; reason: string }[];
}

export interface ApiAckView {
  message: string;
  requestId: string | null;
}

export const stationChannels = {
  'flow:scan': channel<ScanOutcome>()(z.strictObject({ code })),
  'flow:finishVerification': channel<VerificationCheckView>()(
    z.strictObject({ orderCode: code, counts: z.record(code, z.number().int().min(0).max(100_000)) }),
  ),
  'flow:cancelCurrent': channel<{ cancelled: boolean }>()(z.undefined()),
  'flow:setPickupOption': channel<PickupOption>()(
    z.strictObject({ orderCode: code, pickupOption: z.enum(PICKUP_OPTIONS) }),
  ),
  'flow:nextPickupOption': channel<PickupOption>()(z.strictObject({ orderCode: code.optional() })),
  'flow:reprint': channel<PrintJobRef>()(z.strictObject({ orderCode: code })),
  'flow:reprintLast': channel<PrintJobRef>()(z.undefined()),
  /** Without orderCode: whichever printed label waits for this tracking barcode (confirmed false: none). */
  'flow:confirmLabel': channel<{ confirmed: boolean; orderCode: string | null }>()(
    z.strictObject({ orderCode: code.optional(), tracking: code }),
  ),

  'tray:list': channel<TrayEntry[]>()(z.undefined()),
  'tray:print': channel<TrayPrintView>()(z.undefined()),
  'shift:get': channel<ShiftView>()(z.undefined()),

  'queue:status': channel<QueueStatusView>()(z.undefined()),
  'queue:refresh': channel<QueueStatusView>()(z.undefined()),
  'queue:codes': channel<string[]>()(z.undefined()),
  'queue:ready': channel<ReadyOrderView[]>()(z.strictObject({ limit: z.number().int().min(1).max(50) })),
  'queue:order': channel<OrderView | null>()(z.strictObject({ orderCode: code })),

  'printers:list': channel<PrinterView[]>()(z.undefined()),
  'printers:testLabel': channel<PrintJobRef>()(z.undefined()),
  'commands:printSheet': channel<{ path: string; jobId: string | null }>()(z.undefined()),

  'outbox:list': channel<OutboxEntryView[]>()(z.undefined()),
  'outbox:summary': channel<OutboxStatusView>()(z.undefined()),
  'outbox:retry': channel<OutboxEntryView>()(z.strictObject({ id: z.string().uuid() })),
  /** Every refused action (or those of one error kind, e.g. 'auth' once the key is fixed) sent again. */
  'outbox:retryAll': channel<{ retried: number }>()(z.strictObject({ kind: z.enum(ERROR_KINDS).optional() })),
  'outbox:discard': channel<{ discarded: true }>()(
    z.strictObject({ id: z.string().uuid(), reason: z.string().trim().min(3, 'Say why').max(300) }),
  ),
  'connectivity:probe': channel<ConnectivityView>()(z.undefined()),

  'cancel:approve': supervisorChannel<ApiAckView>()({ orderCode: code }),
  'cancel:reject': supervisorChannel<ApiAckView>()({ orderCode: code }),
};
