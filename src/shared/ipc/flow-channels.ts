// The pack flow's channels: the scan and the packer's commands around it, the labels-pending tray and the
// shift counters.
import { z } from 'zod';
import { PICKUP_OPTIONS, type PickupOption } from '../orders/options';
import type { PrintJobRef, ScanOutcome, ShiftView, TrayEntry, VerificationCheckView } from '../station';
import { channel, scanCodeSchema as code, supervisorChannel } from './channel';

/** What printing the tray did: printed in order, and what stayed (label not fetched yet, order stopped). */
export interface TrayPrintView {
  printed: number;
  orderCodes: string[];
  held: { orderCode: string; reason: string }[];
}

export const flowChannels = {
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
  /** A supervisor drops a waiting label from the tray (the order stays packed at the API): the new tray. */
  'tray:discard': supervisorChannel<TrayEntry[]>()({ orderCode: code }),
  'shift:get': channel<ShiftView>()(z.undefined()),
};
